package cn.zhicheng.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The inbox query at province scale: a generated bare process opens, per instance, 1 000 parallel user tasks
 * for one candidate group; a county competent department gets at least 2 000 of them and the other
 * departments the rest, up to benchmark.inboxTasks open tasks. Then Tasklist's 本部门待办 filter (candidate
 * groups of the current user, unassigned, by creation time) is run as that department's staff: its first page
 * (15 tasks) and its count.
 */
final class Inbox {

	static final String KEY = "benchInboxLoad";

	static final String PAGE = "收件箱 本部门待办 首页15条（≥2000/≥100000）";

	static final String COUNT = "收件箱 本部门待办 计数";

	static final String SMALL = "收件箱 本部门待办 首页（小部门）";

	static final List<String> NAMES = List.of(PAGE, COUNT, SMALL);

	static final int PER_INSTANCE = 1000;

	private final ProvinceBenchmark benchmark;

	Inbox(ProvinceBenchmark benchmark) {
		this.benchmark = benchmark;
	}

	static BpmnModelInstance model() {
		return Bpmn.createExecutableProcess(KEY).name("基准：收件箱负载").camundaHistoryTimeToLive(1)
			.startEvent("StartEvent_Start").name("开始")
			.userTask("Task_BenchInbox").name("待办（基准负载）").camundaCandidateGroups("${group}")
			.multiInstance().parallel().cardinality("${count}").multiInstanceDone()
			.endEvent("EndEvent_Done").name("结束").done();
	}

	/** Up to {@code max} samples, for at most {@code seconds}; returns the last result. */
	private long sample(String name, int max, int seconds, java.util.function.Supplier<Number> query) {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		long last = 0;
		for (int i = 0; i < max && System.nanoTime() < end; i++) {
			last = this.benchmark.latencies.time(name, query).longValue();
		}
		return last;
	}

	void run() throws Exception {
		var engine = this.benchmark.engine;
		engine.getRepositoryService().createDeployment().name("benchmark-inbox").addModelInstance(KEY + ".bpmn", model())
			.deploy();
		Province.Unit busiestUnit = this.benchmark.province.units.get(0);
		String target = busiestUnit.organisation().parentCreditCode();
		String targetUser = this.benchmark.province.staff.get(target).get(0);
		List<String> others = this.benchmark.province.staff.keySet().stream().filter(g -> !g.equals(target)).sorted()
			.toList();
		int instances = Math.max(2, this.benchmark.inboxTasks / PER_INSTANCE);
		List<String> groups = new ArrayList<>();
		groups.add(target);
		groups.add(target);
		for (int i = 2; i < instances; i++) {
			groups.add(others.get(i % others.size()));
		}
		long start = System.nanoTime();
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			indexes.add(i);
		}
		TaskDriver driver = new TaskDriver(engine, this.benchmark.province.staff, this.benchmark.province.groupsOf,
				this.benchmark.pool, this.benchmark.threads,
				this.benchmark.latencies);
		driver.parallel(indexes, String::valueOf, i -> engine.getRuntimeService().createProcessInstanceByKey(KEY)
			.setVariable("group", groups.get(i)).setVariable("count", PER_INSTANCE).execute());
		long open = engine.getTaskService().createTaskQuery().count();
		this.benchmark.results.put("收件箱负载：生成待办用时", ProvinceBenchmark.seconds(start));
		this.benchmark.results.put("收件箱负载：全部待办", open);

		FilterService filters = engine.getFilterService();
		Filter inbox = this.benchmark.departmentInbox();
		if (inbox == null) {
			throw new IllegalStateException("未找到任务过滤器“本部门待办”");
		}
		List<String> userGroups = this.benchmark.province.groupsOf.get(targetUser);
		String smallGroup = others.get(others.size() / 2);
		String smallUser = this.benchmark.province.staff.get(smallGroup).get(0);
		long[] sizes = new long[2];
		driver.as(targetUser, () -> {
			for (int i = 0; i < 3; i++) {
				filters.listPage(inbox.getId(), 0, 15);
			}
			sizes[0] = sample(PAGE, 300, 90, () -> filters.listPage(inbox.getId(), 0, 15).size());
			sizes[1] = sample(COUNT, 50, 30, () -> filters.count(inbox.getId()));
		});
		driver.as(smallUser, () -> sample(SMALL, 100, 20, () -> filters.listPage(inbox.getId(), 0, 15).size()));
		this.benchmark.results.put("收件箱：部门", target + "（" + userGroups + "，用户 " + targetUser + "），本部门待办 "
				+ sizes[1] + " 条，首页 " + sizes[0] + " 条");
	}

}
