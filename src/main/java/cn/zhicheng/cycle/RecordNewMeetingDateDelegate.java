package cn.zhicheng.cycle;

import static cn.zhicheng.cycle.ReviewCycleProcess.CYCLE_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.FILING_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.FILING_IN_TIME;
import static cn.zhicheng.cycle.ReviewCycleProcess.NEW_REVIEW_DATE;
import static cn.zhicheng.cycle.ReviewCycleProcess.REVIEW_DATE;

import java.time.LocalDate;

import cn.zhicheng.common.CurrentActor;
import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_RecordNewMeetingDate (F1, N1). Input: newReviewDate. The filing was approved fewer than 10 working
 * days before the meeting, so the meeting moves: the new date must be at least 10 working days after
 * today and within the year's last review day. Outputs reviewDate (the new date) and filingInTime. A date
 * too early or too late throws {@link NotValidException} (HTTP 400) and the task stays open.
 */
@Component
class RecordNewMeetingDateDelegate implements JavaDelegate {

	private final ReviewCycleService cycles;

	RecordNewMeetingDateDelegate(ReviewCycleService cycles) {
		this.cycles = cycles;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String cycleId = CYCLE_ID.require(execution);
		String filingId = FILING_ID.require(execution);
		LocalDate date;
		try {
			date = this.cycles.moveMeeting(cycleId, filingId, NEW_REVIEW_DATE.get(execution), CurrentActor.of(execution));
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage());
		}
		REVIEW_DATE.set(execution, date.toString());
		FILING_IN_TIME.set(execution,
				this.cycles.filedInTime(this.cycles.filing(filingId).approvedOn(), date));
	}

}
