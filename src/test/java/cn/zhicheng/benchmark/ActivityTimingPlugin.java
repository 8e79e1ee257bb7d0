package cn.zhicheng.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Times chosen service tasks from inside the engine (start and end listeners of the activity, on the
 * executing thread): the expert draw, the tally and the certificate issuance as the procedure runs them.
 * Benchmark only; registered as an engine plugin by {@link ProvinceBenchmark}.
 */
final class ActivityTimingPlugin extends AbstractProcessEnginePlugin {

	static final Map<String, String> TIMED = Map.of("Task_DrawExperts", "专家抽取（流程内，服务任务）", "Task_CountVotes",
			"计票（流程内，服务任务）", "Task_IssueCertificates", "证书颁发（流程内，每评委会一次）");

	/** One count (Task_CountVotes) of a meeting, for the tally by meeting size (issue 11: 500 × 25). */
	record Tally(String meetingId, long nanos) {
	}

	/** Every Task_CountVotes timed in this JVM, with its meeting. */
	static final java.util.Queue<Tally> TALLIES = new java.util.concurrent.ConcurrentLinkedQueue<>();

	private final Latencies latencies;

	private final ThreadLocal<Map<String, Long>> started = ThreadLocal.withInitial(HashMap::new);

	ActivityTimingPlugin(Latencies latencies) {
		this.latencies = latencies;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
		if (listeners == null) {
			listeners = new java.util.ArrayList<>();
			configuration.setCustomPostBPMNParseListeners(listeners);
		}
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
				String name = TIMED.get(activity.getId());
				if (name == null) {
					return;
				}
				activity.addListener(ExecutionListener.EVENTNAME_START, execution -> ActivityTimingPlugin.this.started
					.get().put(execution.getId() + activity.getId(), System.nanoTime()));
				activity.addListener(ExecutionListener.EVENTNAME_END, execution -> {
					Long start = ActivityTimingPlugin.this.started.get().remove(execution.getId() + activity.getId());
					if (start != null) {
						long took = System.nanoTime() - start;
						ActivityTimingPlugin.this.latencies.record(name, took);
						if ("Task_CountVotes".equals(activity.getId())) {
							TALLIES.add(new Tally(String.valueOf(execution.getVariable("meetingId")), took));
						}
					}
				});
			}
		});
	}

	static Set<String> timedActivities() {
		return TIMED.keySet();
	}

}
