package cn.zhicheng.plan;

import static cn.zhicheng.plan.AnnualPlanProcess.PLAN_APPROVED;
import static cn.zhicheng.plan.AnnualPlanProcess.PLAN_DECISION;
import static cn.zhicheng.plan.AnnualPlanProcess.PLAN_ID;
import static cn.zhicheng.plan.AnnualPlanProcess.PLAN_OPINION;

import cn.zhicheng.common.CurrentActor;
import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_RecordPlanDecision (N3). Inputs: planId, planDecision (APPROVE or RETURN), planOpinion (required on
 * RETURN). Output: planApproved. Bad input throws {@link NotValidException} (HTTP 400, the task stays open).
 */
@Component
class RecordPlanDecisionDelegate implements JavaDelegate {

	private final AnnualPlanService plans;

	RecordPlanDecisionDelegate(AnnualPlanService plans) {
		this.plans = plans;
	}

	@Override
	public void execute(DelegateExecution execution) {
		try {
			PLAN_APPROVED.set(execution, this.plans.decide(PLAN_ID.require(execution), PLAN_DECISION.get(execution),
					PLAN_OPINION.get(execution), CurrentActor.of(execution)));
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage());
		}
	}

}
