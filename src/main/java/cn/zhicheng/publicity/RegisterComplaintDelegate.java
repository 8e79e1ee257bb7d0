package cn.zhicheng.publicity;

import static cn.zhicheng.publicity.PublicityProcess.COMPLAINANT;
import static cn.zhicheng.publicity.PublicityProcess.COMPLAINT_CONTENT;
import static cn.zhicheng.publicity.PublicityProcess.COMPLAINT_DECISION;
import static cn.zhicheng.publicity.PublicityProcess.COMPLAINT_ID;
import static cn.zhicheng.publicity.PublicityProcess.COMPLAINT_REASON;
import static cn.zhicheng.publicity.PublicityProcess.COMPLAINT_RECEIVED_AT;
import static cn.zhicheng.publicity.PublicityProcess.COMPLAINT_TARGET;
import static cn.zhicheng.publicity.PublicityProcess.OPEN_COMPLAINTS;
import static cn.zhicheng.publicity.PublicityProcess.PUBLICITY_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterComplaint (R2), first step of each complaint's event sub-process. Input: complaintId (sent
 * with message ComplaintReceived; the complaint is already stored). Output, local to this complaint: what
 * the office's investigation form shows, and empty decision variables so that the form's answers stay
 * with this complaint. Raises openComplaints, which holds the publicity open until it is 0.
 */
@Component
class RegisterComplaintDelegate implements JavaDelegate {

	private final PublicityService publicities;

	RegisterComplaintDelegate(PublicityService publicities) {
		this.publicities = publicities;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Complaint complaint = this.publicities.complaint(COMPLAINT_ID.require(execution));
		execution.setVariableLocal(COMPLAINT_ID.name(), complaint.id());
		execution.setVariableLocal(COMPLAINT_TARGET.name(), this.publicities.target(complaint));
		execution.setVariableLocal(COMPLAINT_CONTENT.name(), complaint.content());
		execution.setVariableLocal(COMPLAINANT.name(), complaint.complainantName() + "，联系电话 " + complaint.complainantPhone());
		execution.setVariableLocal(COMPLAINT_RECEIVED_AT.name(), PublicityService.format(complaint.receivedAt()));
		execution.setVariableLocal(COMPLAINT_DECISION.name(), null);
		execution.setVariableLocal(COMPLAINT_REASON.name(), null);
		execution.setVariableLocal(PublicityProcess.COMPLAINT_FRAUD.name(), false);
		OPEN_COMPLAINTS.set(execution, this.publicities.openComplaints(PUBLICITY_ID.require(execution)));
	}

}
