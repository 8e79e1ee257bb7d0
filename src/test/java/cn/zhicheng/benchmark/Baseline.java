package cn.zhicheng.benchmark;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The bare-engine baseline: a process generated with the model API that has as many user tasks, service
 * tasks and timers per instance as the application process had per application in this run, with no-op
 * delegates; N instances started and worked by the same driver, the same threads, the same database, in two
 * steps on the engine clock like the applications (start and first tasks, then the timers and the rest).
 */
final class Baseline {

	static final String KEY = "benchBaseline";

	final int userTasks;

	final int serviceTasks;

	final int timers;

	private final ProvinceBenchmark benchmark;

	Baseline(ProvinceBenchmark benchmark, ProvinceBenchmark.Shape shape) {
		this.benchmark = benchmark;
		this.userTasks = Math.max(1, (int) Math.round(shape.userTasks()));
		this.serviceTasks = (int) Math.round(shape.serviceTasks());
		this.timers = (int) Math.round(shape.timers());
	}

	BpmnModelInstance model() {
		AbstractFlowNodeBuilder<?, ?> builder = Bpmn.createExecutableProcess(KEY).name("基线：裸引擎")
			.camundaHistoryTimeToLive(1).startEvent("StartEvent_Start").name("开始");
		int services = this.serviceTasks;
		int timersLeft = this.timers;
		if (services > 0) {
			builder = builder.serviceTask("Task_Service0").name("空服务任务").camundaClass(NoopDelegate.class.getName());
			services--;
		}
		for (int u = 1; u <= this.userTasks; u++) {
			builder = builder.userTask("Task_User" + u).name("用户任务" + u).camundaCandidateGroups("${group}");
			int here = (services + (this.userTasks - u)) / (this.userTasks - u + 1);
			for (int s = 0; s < here; s++) {
				builder = builder.serviceTask("Task_Service" + u + "_" + s).name("空服务任务")
					.camundaClass(NoopDelegate.class.getName());
			}
			services -= here;
			if (timersLeft > 0) {
				builder = builder.intermediateCatchEvent("TimerEvent_Wait" + u).name("等待").timerWithDate("${due}");
				timersLeft--;
			}
		}
		return builder.endEvent("EndEvent_Done").name("结束").done();
	}

	/** Deploys and drives N instances; returns the wall time in seconds. */
	double run() throws Exception {
		var engine = this.benchmark.engine;
		engine.getRepositoryService().createDeployment().name("benchmark-baseline")
			.addModelInstance(KEY + ".bpmn", model()).deploy();
		TaskDriver driver = new TaskDriver(engine, this.benchmark.province.staff, this.benchmark.province.groupsOf,
				this.benchmark.pool, this.benchmark.threads, this.benchmark.latencies);
		for (int u = 1; u <= this.userTasks; u++) {
			driver.table.put("Task_User" + u, TaskDriver.form(0, Map.of("done", true, "opinion", "同意。")));
		}
		driver.completionName = "基线：任务完成";
		Random random = new Random(this.benchmark.seed + 7);
		List<Integer> instances = new ArrayList<>();
		for (int i = 0; i < this.benchmark.n; i++) {
			instances.add(i);
		}
		List<Province.Unit> units = this.benchmark.province.units;
		List<String> groups = instances.stream()
			.map(i -> units.get(random.nextInt(units.size())).organisation().groupId()).toList();
		long start = System.nanoTime();
		ProvinceBenchmark.clock(ProvinceBenchmark.YEAR + "-04-08T09:00:00");
		Date due = new Date(ClockUtil.getCurrentTime().getTime() + 7L * 24 * 3600 * 1000);
		driver.parallel(instances, String::valueOf, i -> this.benchmark.latencies.time("基线：启动实例",
				() -> engine.getRuntimeService().createProcessInstanceByKey(KEY).businessKey("BASE-" + i)
					.setVariable("group", groups.get(i)).setVariable("due", due).execute()));
		driver.drive(0, List.of(KEY));
		ProvinceBenchmark.clock(ProvinceBenchmark.YEAR + "-04-20T09:00:00");
		driver.drive(0, List.of(KEY));
		double seconds = ProvinceBenchmark.seconds(start);
		long open = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count();
		if (open > 0) {
			driver.failure("基线：" + open + "个实例未结束");
		}
		this.benchmark.results.put("基线完成用户任务", driver.tasksCompleted.get());
		driver.failures.forEach((k, v) -> this.benchmark.driverFailure(k, v.get()));
		return seconds;
	}

}
