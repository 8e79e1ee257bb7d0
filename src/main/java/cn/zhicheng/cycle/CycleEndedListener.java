package cn.zhicheng.cycle;

import cn.zhicheng.common.CurrentActor;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The review cycle process ended. When it was cancelled (deleted in Cockpit or through the API) the cycle
 * is marked cancelled, so that the committee may start the year again; a normal end keeps its status.
 */
@Component
class CycleEndedListener implements ExecutionListener {

	private final ReviewCycleService cycles;

	CycleEndedListener(ReviewCycleService cycles) {
		this.cycles = cycles;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String cycleId = ReviewCycleProcess.CYCLE_ID.get(execution);
		if (cycleId != null && execution.isCanceled()) {
			this.cycles.cancel(cycleId, CurrentActor.of(execution));
		}
	}

}
