package cn.zhicheng.cycle;

import static cn.zhicheng.cycle.ReviewCycleProcess.CYCLE_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.POST_FILING_DUE_AT;
import static cn.zhicheng.cycle.ReviewCycleProcess.POST_FILING_GROUP_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.POST_FILING_RULE;
import static cn.zhicheng.cycle.ReviewCycleProcess.POST_FILING_STEP;
import static cn.zhicheng.cycle.ReviewCycleProcess.RESULT_SUMMARY;

import cn.zhicheng.common.CurrentActor;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PublishResults (R1, R2, X1, PF1, PF2). Input: cycleId. After the result publicity, sends
 * ReviewResultPublished to every application of the meeting (revoked results as not passed, with
 * resultRevoked and the reason); outputs postFilingDueAt (PF1 or PF2 per pack), postFilingRule and the
 * first department of the post-filing route (postFilingGroupId, postFilingStep; PF3).
 */
@Component
class PublishResultsDelegate implements JavaDelegate {

	private final ResultStageService stages;

	PublishResultsDelegate(ResultStageService stages) {
		this.stages = stages;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ResultStageService.PostFilingPlan plan = this.stages.publishResults(CYCLE_ID.require(execution),
				CurrentActor.of(execution));
		POST_FILING_DUE_AT.set(execution, plan.dueAt());
		POST_FILING_RULE.set(execution, plan.rule());
		POST_FILING_GROUP_ID.set(execution, plan.firstGroupId());
		POST_FILING_STEP.set(execution, plan.firstLabel());
		execution.removeVariable(RESULT_SUMMARY.name());
	}

}
