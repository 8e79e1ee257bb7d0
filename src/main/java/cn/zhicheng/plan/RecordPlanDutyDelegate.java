package cn.zhicheng.plan;

import static cn.zhicheng.plan.AnnualPlanProcess.CASE_COUNT;
import static cn.zhicheng.plan.AnnualPlanProcess.DUTY_REPORT;
import static cn.zhicheng.plan.AnnualPlanProcess.ITEM_ID;
import static cn.zhicheng.plan.AnnualPlanProcess.UNIT_POSTS;

import cn.zhicheng.common.CurrentActor;
import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_RecordDuty (DY7, AR3, N1). Inputs: itemId, and from the duty form unitPosts (DY7: one line per unit
 * "credit code,intermediate-title staff,vacant senior posts", stored in zc_unit_posts), dutyReport and
 * caseCount (AR3 typical cases, 1–2). Bad input throws {@link NotValidException} (HTTP 400, the task
 * stays open).
 */
@Component
class RecordPlanDutyDelegate implements JavaDelegate {

	private final AnnualPlanService plans;

	RecordPlanDutyDelegate(AnnualPlanService plans) {
		this.plans = plans;
	}

	@Override
	public void execute(DelegateExecution execution) {
		try {
			this.plans.recordDuty(ITEM_ID.require(execution), UNIT_POSTS.get(execution), DUTY_REPORT.get(execution),
					CASE_COUNT.get(execution), CurrentActor.of(execution));
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage());
		}
	}

}
