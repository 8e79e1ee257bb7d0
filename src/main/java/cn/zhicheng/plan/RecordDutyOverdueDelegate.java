package cn.zhicheng.plan;

import static cn.zhicheng.plan.AnnualPlanProcess.ITEM_ID;
import static cn.zhicheng.plan.AnnualPlanProcess.LATE_MATTER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordDutyOverdue (DY7, AR3, N1), after BoundaryEvent_DutyOverdue. Input: itemId. Output, local:
 * lateMatter (for the HR department's escalation task). Marks the row escalated.
 */
@Component
class RecordDutyOverdueDelegate implements JavaDelegate {

	private final AnnualPlanService plans;

	RecordDutyOverdueDelegate(AnnualPlanService plans) {
		this.plans = plans;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariableLocal(LATE_MATTER.name(), this.plans.dutyOverdue(ITEM_ID.require(execution)));
	}

}
