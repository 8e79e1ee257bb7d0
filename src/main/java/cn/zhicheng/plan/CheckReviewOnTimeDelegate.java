package cn.zhicheng.plan;

import static cn.zhicheng.plan.AnnualPlanProcess.ITEM_ID;
import static cn.zhicheng.plan.AnnualPlanProcess.ITEM_LATE;
import static cn.zhicheng.plan.AnnualPlanProcess.LATE_MATTER;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CheckReviewOnTime (N3), after the timer at the end of the row's due day. Input: itemId. Outputs,
 * local: itemLate (the review is not done by the plan deadline) and lateMatter (why, for the HR
 * department's escalation task). Marks the row escalated.
 */
@Component
class CheckReviewOnTimeDelegate implements JavaDelegate {

	private final AnnualPlanService plans;

	CheckReviewOnTimeDelegate(AnnualPlanService plans) {
		this.plans = plans;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Optional<String> late = this.plans.checkLate(ITEM_ID.require(execution));
		execution.setVariableLocal(ITEM_LATE.name(), late.isPresent());
		execution.setVariableLocal(LATE_MATTER.name(), late.orElse(null));
	}

}
