package cn.zhicheng.publicity;

import static cn.zhicheng.publicity.PublicityProcess.COMPLAINT_DECISION;
import static cn.zhicheng.publicity.PublicityProcess.COMPLAINT_FRAUD;
import static cn.zhicheng.publicity.PublicityProcess.COMPLAINT_ID;
import static cn.zhicheng.publicity.PublicityProcess.COMPLAINT_REASON;
import static cn.zhicheng.publicity.PublicityProcess.OPEN_COMPLAINTS;

import cn.zhicheng.common.CurrentActor;
import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_RecordComplaintOutcome (Q2, R2, X1). Inputs: complaintDecision (UPHELD or DISMISSED), complaintReason,
 * complaintFraud (upheld and fraud: integrity record, X1; at the result publicity the result is revoked).
 * Stores the finding; an upheld complaint against an applicant removes them (see
 * {@link PublicityService#decide}). Lowers openComplaints, which lets the publicity close once its
 * period is over. Bad input throws {@link NotValidException} (HTTP 400) and the task stays open.
 */
@Component
class RecordComplaintOutcomeDelegate implements JavaDelegate {

	private final PublicityService publicities;

	RecordComplaintOutcomeDelegate(PublicityService publicities) {
		this.publicities = publicities;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int open;
		try {
			open = this.publicities.decide(COMPLAINT_ID.require(execution), COMPLAINT_DECISION.get(execution),
					COMPLAINT_REASON.get(execution), Boolean.TRUE.equals(COMPLAINT_FRAUD.get(execution)),
					CurrentActor.of(execution));
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage());
		}
		OPEN_COMPLAINTS.set(execution, open);
	}

}
