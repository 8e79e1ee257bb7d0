package cn.zhicheng.cycle;

import cn.zhicheng.common.CurrentActor;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseWindow (N2, A17): the window's closing day is over; applications are no longer accepted. */
@Component
class CloseWindowDelegate implements JavaDelegate {

	private final ReviewCycleService cycles;

	CloseWindowDelegate(ReviewCycleService cycles) {
		this.cycles = cycles;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.cycles.closeWindow(ReviewCycleProcess.CYCLE_ID.require(execution), CurrentActor.of(execution));
	}

}
