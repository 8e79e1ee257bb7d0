package cn.zhicheng.cycle;

import static cn.zhicheng.cycle.ReviewCycleProcess.POST_FILING_APPROVED_AT;
import static cn.zhicheng.cycle.ReviewCycleProcess.POST_FILING_DECISION;
import static cn.zhicheng.cycle.ReviewCycleProcess.POST_FILING_GROUP_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.POST_FILING_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.POST_FILING_OPINION;
import static cn.zhicheng.cycle.ReviewCycleProcess.POST_FILING_OUTCOME;
import static cn.zhicheng.cycle.ReviewCycleProcess.POST_FILING_STEP;
import static cn.zhicheng.cycle.ReviewCycleProcess.POST_FILING_SUMMARY;
import static cn.zhicheng.cycle.ReviewCycleProcess.RETURN_REASON;
import static cn.zhicheng.cycle.ReviewCycleProcess.WORK_SUMMARY;

import cn.zhicheng.common.CurrentActor;
import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_RecordPostFilingDecision (PF1–PF3). Inputs: postFilingDecision (APPROVE or RETURN),
 * postFilingOpinion. Outputs postFilingOutcome: NEXT (a checking step passed it on: postFilingGroupId and
 * postFilingStep name the next department, PF3), APPROVED (postFilingApprovedAt, the certification's
 * in-variable) or RETURNED (returnReason to the office). Bad input throws {@link NotValidException}.
 */
@Component
class RecordPostFilingDecisionDelegate implements JavaDelegate {

	private final ResultStageService stages;

	RecordPostFilingDecisionDelegate(ResultStageService stages) {
		this.stages = stages;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ResultStageService.PostFilingDecision decision;
		try {
			decision = this.stages.decidePostFiling(POST_FILING_ID.require(execution),
					POST_FILING_DECISION.get(execution), POST_FILING_OPINION.get(execution), CurrentActor.of(execution));
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage());
		}
		POST_FILING_OUTCOME.set(execution, decision.outcome().name());
		switch (decision.outcome()) {
			case NEXT -> {
				POST_FILING_GROUP_ID.set(execution, decision.next().groupId());
				POST_FILING_STEP.set(execution, decision.next().label());
			}
			case RETURNED -> RETURN_REASON.set(execution,
					POST_FILING_STEP.get(execution) + "退回：" + POST_FILING_OPINION.get(execution).strip());
			case APPROVED -> {
				POST_FILING_APPROVED_AT.set(execution, decision.approvedAt());
				execution.removeVariable(POST_FILING_SUMMARY.name());
				execution.removeVariable(WORK_SUMMARY.name());
			}
		}
		execution.removeVariable(POST_FILING_DECISION.name());
	}

}
