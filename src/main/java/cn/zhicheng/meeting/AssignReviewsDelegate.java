package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.ReviewMeetingProcess.MEETING_ID;
import static cn.zhicheng.meeting.ReviewMeetingProcess.REVIEW_ASSIGNMENTS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_AssignReviews (M3, E6). Input: meetingId. Output: reviewAssignments, the ids of the reviews (one
 * per applicant and assigned expert), one review task each, in the expert's own inbox.
 */
@Component
class AssignReviewsDelegate implements JavaDelegate {

	private final MeetingService meetings;

	AssignReviewsDelegate(MeetingService meetings) {
		this.meetings = meetings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(REVIEW_ASSIGNMENTS.name(),
				FormValues.idList(Delegates.validating(() -> this.meetings.assignReviews(MEETING_ID.require(execution)))));
	}

}
