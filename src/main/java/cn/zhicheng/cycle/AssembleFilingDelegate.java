package cn.zhicheng.cycle;

import static cn.zhicheng.cycle.ReviewCycleProcess.COMMITTEE_NAME;
import static cn.zhicheng.cycle.ReviewCycleProcess.CYCLE_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.FILING_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.FILING_SUMMARY;
import static cn.zhicheng.cycle.ReviewCycleProcess.RETURN_REASON;
import static cn.zhicheng.cycle.ReviewCycleProcess.REVIEW_YEAR;
import static cn.zhicheng.cycle.ReviewCycleProcess.WORK_PLAN;

import cn.zhicheng.common.CurrentActor;
import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_AssembleFiling (F1). Input: workPlan (the office's form). Assembles and stores the pre-meeting
 * filing dossier (a new version each time); outputs filingId and filingSummary (what the filing
 * authority's form shows). A missing work plan throws {@link NotValidException} (HTTP 400).
 */
@Component
class AssembleFilingDelegate implements JavaDelegate {

	private final ReviewCycleService cycles;

	AssembleFilingDelegate(ReviewCycleService cycles) {
		this.cycles = cycles;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Filing filing;
		try {
			filing = this.cycles.assembleFiling(CYCLE_ID.require(execution), WORK_PLAN.get(execution),
					CurrentActor.of(execution));
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage());
		}
		FILING_ID.set(execution, filing.id());
		FILING_SUMMARY.set(execution, cn.zhicheng.common.FormText.fit(
				filing.summary(COMMITTEE_NAME.require(execution), REVIEW_YEAR.require(execution)), "完整内容见评审备案记录"));
		RETURN_REASON.set(execution, null);
	}

}
