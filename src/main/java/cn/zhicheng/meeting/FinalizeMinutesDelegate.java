package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.ReviewMeetingProcess.MEETING_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_FinalizeMinutes (M6, M1, M4). Input: meetingId. The signed result: final minutes with the signatures. */
@Component
class FinalizeMinutesDelegate implements JavaDelegate {

	private final MeetingService meetings;

	FinalizeMinutesDelegate(MeetingService meetings) {
		this.meetings = meetings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String meetingId = MEETING_ID.require(execution);
		this.meetings.changeStatus(meetingId, MeetingStatus.SIGNED);
		this.meetings.writeMinutes(meetingId, true);
	}

}
