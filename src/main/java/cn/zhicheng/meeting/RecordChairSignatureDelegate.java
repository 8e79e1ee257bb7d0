package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.ReviewMeetingProcess.CHAIR_CONFIRMED;
import static cn.zhicheng.meeting.ReviewMeetingProcess.CHAIR_EXPERT_ID;
import static cn.zhicheng.meeting.ReviewMeetingProcess.CHAIR_OPINION;
import static cn.zhicheng.meeting.ReviewMeetingProcess.MEETING_ID;

import cn.zhicheng.meeting.MeetingService.Signatory;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_RecordChairSignature (M4), right after Task_SignResultByChair. Inputs: chairExpertId, chairConfirmed,
 * chairOpinion. The chair signs personally; without the confirmation the chair's task stays open.
 */
@Component
class RecordChairSignatureDelegate implements JavaDelegate {

	private final MeetingService meetings;

	RecordChairSignatureDelegate(MeetingService meetings) {
		this.meetings = meetings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String chair = CHAIR_EXPERT_ID.require(execution);
		String user = Delegates.user(execution);
		if (user != null && !user.equals(chair)) {
			throw new NotValidException("评审结果须由评委会主任本人签字（M4）");
		}
		Delegates.validating(() -> this.meetings.sign(MEETING_ID.require(execution), Signatory.CHAIR,
				FormValues.bool(CHAIR_CONFIRMED.get(execution)), CHAIR_OPINION.get(execution), chair));
	}

}
