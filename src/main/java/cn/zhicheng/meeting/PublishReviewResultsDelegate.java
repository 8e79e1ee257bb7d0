package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.ReviewMeetingProcess.MEETING_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PublishReviewResults, asynchronous. Input: meetingId. Closes the meeting with its final, signed
 * results. The results are NOT sent to the applications here any more: R1–R3 put the result publicity
 * between the meeting and the results, so the review cycle publicises the passed applicants and then
 * tells every application its result ({@link ReviewResults#notifyApplications}, cycle step
 * Task_PublishResults).
 */
@Component
class PublishReviewResultsDelegate implements JavaDelegate {

	private final MeetingService meetings;

	PublishReviewResultsDelegate(MeetingService meetings) {
		this.meetings = meetings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.meetings.changeStatus(MEETING_ID.require(execution), MeetingStatus.CLOSED);
	}

}
