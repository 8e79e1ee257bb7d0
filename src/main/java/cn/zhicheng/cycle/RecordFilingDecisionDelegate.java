package cn.zhicheng.cycle;

import static cn.zhicheng.cycle.ReviewCycleProcess.EARLIEST_MEETING_DATE;
import static cn.zhicheng.cycle.ReviewCycleProcess.FILING_APPROVED;
import static cn.zhicheng.cycle.ReviewCycleProcess.FILING_DECISION;
import static cn.zhicheng.cycle.ReviewCycleProcess.FILING_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.FILING_IN_TIME;
import static cn.zhicheng.cycle.ReviewCycleProcess.FILING_OPINION;
import static cn.zhicheng.cycle.ReviewCycleProcess.FILING_SUMMARY;
import static cn.zhicheng.cycle.ReviewCycleProcess.RETURN_REASON;
import static cn.zhicheng.cycle.ReviewCycleProcess.WORK_PLAN;

import cn.zhicheng.common.CurrentActor;
import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_RecordFilingDecision (F1). Inputs: filingDecision (APPROVE or RETURN), filingOpinion. Outputs
 * filingApproved; a return carries the authority's reason to the office (returnReason). After an
 * approval, filingInTime says whether it came at least 10 working days before the meeting, and
 * earliestMeetingDate the first lawful date if not. Bad input throws {@link NotValidException} (HTTP 400).
 */
@Component
class RecordFilingDecisionDelegate implements JavaDelegate {

	private final ReviewCycleService cycles;

	RecordFilingDecisionDelegate(ReviewCycleService cycles) {
		this.cycles = cycles;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReviewCycleService.FilingDecision decision;
		try {
			decision = this.cycles.decideFiling(FILING_ID.require(execution), FILING_DECISION.get(execution),
					FILING_OPINION.get(execution), CurrentActor.of(execution));
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage());
		}
		FILING_APPROVED.set(execution, decision.approved());
		FILING_IN_TIME.set(execution, decision.inTime());
		EARLIEST_MEETING_DATE.set(execution, decision.earliestMeetingDate().toString());
		RETURN_REASON.set(execution, decision.approved() ? null : "核准备案部门退回：" + FILING_OPINION.get(execution).strip());
		if (decision.approved()) {
			// the dossier is in zc_filing; the process keeps its id only
			execution.removeVariable(WORK_PLAN.name());
			execution.removeVariable(FILING_SUMMARY.name());
		}
	}

}
