package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.ReviewMeetingProcess.MEETING_ID;
import static cn.zhicheng.meeting.ReviewMeetingProcess.SUPERVISOR_CONFIRMED;
import static cn.zhicheng.meeting.ReviewMeetingProcess.SUPERVISOR_OPINION;

import cn.zhicheng.meeting.MeetingService.Signatory;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordSupervisorSignature (M1), right after Task_SignResultBySupervisor (the supervision's inbox).
 * Inputs: supervisorConfirmed, supervisorOpinion. Records who of the supervision signed and when; without
 * the confirmation the task stays open.
 */
@Component
class RecordSupervisorSignatureDelegate implements JavaDelegate {

	private final MeetingService meetings;

	RecordSupervisorSignatureDelegate(MeetingService meetings) {
		this.meetings = meetings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Delegates.validating(() -> this.meetings.sign(MEETING_ID.require(execution), Signatory.SUPERVISOR,
				FormValues.bool(SUPERVISOR_CONFIRMED.get(execution)), SUPERVISOR_OPINION.get(execution),
				Delegates.actor(execution)));
	}

}
