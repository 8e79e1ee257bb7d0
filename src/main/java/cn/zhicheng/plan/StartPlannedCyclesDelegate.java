package cn.zhicheng.plan;

import static cn.zhicheng.plan.AnnualPlanProcess.DUTY_ITEM_IDS;
import static cn.zhicheng.plan.AnnualPlanProcess.PLAN_ID;
import static cn.zhicheng.plan.AnnualPlanProcess.REVIEW_ITEM_IDS;

import java.util.ArrayList;

import cn.zhicheng.common.CurrentActor;
import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.system.ForbiddenException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_StartPlannedCycles (N3). Input: planId. Supersedes older approved versions, starts (or links) each
 * committee's review cycle with the notice pre-filled from the plan. Outputs reviewItemIds (rows held
 * against their deadlines) and dutyItemIds (year-level duties, DY7, AR3, N1). A cycle that cannot be
 * started throws {@link NotValidException} (HTTP 400, the approval task stays open).
 */
@Component
class StartPlannedCyclesDelegate implements JavaDelegate {

	private final AnnualPlanService plans;

	StartPlannedCyclesDelegate(AnnualPlanService plans) {
		this.plans = plans;
	}

	@Override
	public void execute(DelegateExecution execution) {
		AnnualPlanService.Started started;
		try {
			started = this.plans.startCycles(PLAN_ID.require(execution), CurrentActor.of(execution));
		}
		catch (RuleViolation | ForbiddenException refused) {
			throw new NotValidException(refused.getMessage());
		}
		REVIEW_ITEM_IDS.set(execution, new ArrayList<>(started.reviewItemIds()));
		DUTY_ITEM_IDS.set(execution, new ArrayList<>(started.dutyItemIds()));
	}

}
