package cn.zhicheng.cycle;

import static cn.zhicheng.cycle.ReviewCycleProcess.COMMITTEE_NAME;
import static cn.zhicheng.cycle.ReviewCycleProcess.CYCLE_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.POST_FILING_GROUP_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.POST_FILING_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.POST_FILING_STEP;
import static cn.zhicheng.cycle.ReviewCycleProcess.POST_FILING_SUMMARY;
import static cn.zhicheng.cycle.ReviewCycleProcess.RETURN_REASON;
import static cn.zhicheng.cycle.ReviewCycleProcess.REVIEW_YEAR;
import static cn.zhicheng.cycle.ReviewCycleProcess.WORK_SUMMARY;

import cn.zhicheng.common.CurrentActor;
import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_AssemblePostFiling (PF1). Input: workSummary (the office's form). Computes and stores a new
 * version of the post-filing dossier; outputs postFilingId, postFilingSummary (what the deciding
 * departments' form shows) and the route's first step (postFilingGroupId, postFilingStep; PF3). A missing
 * work summary throws {@link NotValidException} (HTTP 400).
 */
@Component
class AssemblePostFilingDelegate implements JavaDelegate {

	private final ResultStageService stages;

	AssemblePostFilingDelegate(ResultStageService stages) {
		this.stages = stages;
	}

	@Override
	public void execute(DelegateExecution execution) {
		PostFiling filing;
		try {
			filing = this.stages.assemblePostFiling(CYCLE_ID.require(execution), WORK_SUMMARY.get(execution),
					CurrentActor.of(execution));
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage());
		}
		POST_FILING_ID.set(execution, filing.id());
		POST_FILING_SUMMARY.set(execution,
				filing.summary(COMMITTEE_NAME.require(execution), REVIEW_YEAR.require(execution)));
		PostFiling.Step first = filing.steps().get(0);
		POST_FILING_GROUP_ID.set(execution, first.groupId());
		POST_FILING_STEP.set(execution, first.label());
		RETURN_REASON.set(execution, null);
	}

}
