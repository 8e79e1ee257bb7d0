package cn.zhicheng.cycle;

import cn.zhicheng.common.CurrentActor;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Records a status of the cycle (an execution listener, e.g. on an end event). Input: field
 * {@code status} (a {@link CycleStatus} name) and the variable cycleId.
 */
@Component
@Scope("prototype")
public class SetCycleStatusDelegate implements ExecutionListener {

	private final ReviewCycleService cycles;

	/** Injected by the engine from {@code <camunda:field name="status">}. */
	private Expression status;

	SetCycleStatusDelegate(ReviewCycleService cycles) {
		this.cycles = cycles;
	}

	public void setStatus(Expression status) {
		this.status = status;
	}

	@Override
	public void notify(DelegateExecution execution) {
		this.cycles.setStatus(ReviewCycleProcess.CYCLE_ID.require(execution),
				CycleStatus.valueOf(String.valueOf(this.status.getValue(execution))), CurrentActor.of(execution));
	}

}
