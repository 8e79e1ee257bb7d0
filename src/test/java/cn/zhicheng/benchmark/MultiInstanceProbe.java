package cn.zhicheng.benchmark;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Profiling aid (benchmark.mode=mi-probe): how the engine's cost per element of a parallel multi-instance
 * subprocess grows with its size, the shape of the meeting's reviews (one user task and an asynchronous end
 * per element). For each size in benchmark.miSizes (e.g. 100,300,1000) one instance is started, every task
 * completed and every job executed on one thread; prints milliseconds per completion and per job.
 */
final class MultiInstanceProbe {

	static final String KEY = "benchMultiInstanceProbe";

	private final ProcessEngine engine;

	MultiInstanceProbe(ProcessEngine engine) {
		this.engine = engine;
	}

	static BpmnModelInstance model() {
		return Bpmn.createExecutableProcess(KEY).name("基准：多实例规模").camundaHistoryTimeToLive(1)
			.startEvent("StartEvent_Start").name("开始")
			.subProcess("SubProcess_Item").name("逐项")
			.embeddedSubProcess()
			.startEvent("StartEvent_Item").name("开始")
			.userTask("Task_Item").name("办理").camundaAssignee("probe")
			.endEvent("EndEvent_Item").name("结束").camundaAsyncBefore()
			.subProcessDone()
			.multiInstance().parallel().camundaCollection("${items}").camundaElementVariable("item")
			.multiInstanceDone()
			.endEvent("EndEvent_Done").name("结束").done();
	}

	void run(List<Integer> sizes) {
		this.engine.getRepositoryService().createDeployment().name("benchmark-mi-probe")
			.addModelInstance(KEY + ".bpmn", model()).deploy();
		for (int size : sizes) {
			List<String> items = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				items.add("item-" + i);
			}
			long t0 = System.nanoTime();
			String instance = this.engine.getRuntimeService().createProcessInstanceByKey(KEY)
				.setVariable("items", items).execute().getId();
			double start = (System.nanoTime() - t0) / 1e6;
			List<Task> tasks = this.engine.getTaskService().createTaskQuery().processInstanceId(instance).list();
			long t1 = System.nanoTime();
			for (Task task : tasks) {
				this.engine.getTaskService().complete(task.getId());
			}
			double complete = (System.nanoTime() - t1) / 1e6;
			List<Job> jobs = this.engine.getManagementService().createJobQuery().processInstanceId(instance).list();
			long t2 = System.nanoTime();
			for (Job job : jobs) {
				this.engine.getManagementService().executeJob(job.getId());
			}
			double jobsMs = (System.nanoTime() - t2) / 1e6;
			long open = this.engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count();
			System.out.printf("[基准] 多实例 %d 项：启动 %.0f ms；完成任务 %d 个，每个 %.1f ms；作业 %d 个，每个 %.1f ms；实例%s%n", size,
					start, tasks.size(), complete / Math.max(1, tasks.size()), jobs.size(),
					jobsMs / Math.max(1, jobs.size()), open == 0 ? "已结束" : "未结束");
		}
	}

}
