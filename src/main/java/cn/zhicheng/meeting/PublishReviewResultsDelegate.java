package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.ReviewMeetingProcess.MEETING_ID;

import cn.zhicheng.application.ApplicationProcess;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PublishReviewResults, asynchronous. Input: meetingId (nothing else, so the step can move, e.g.
 * behind the result publicity of issue 7, into any process that knows the meeting). Correlates
 * {@code ReviewResultPublished} to each application instance of the meeting (process variable
 * applicationId) with reviewPassed, and closes the meeting. All or nothing: an application not waiting
 * for its result fails the step (an incident) and no message is sent; applications already told are
 * skipped on a retry.
 */
@Component
class PublishReviewResultsDelegate implements JavaDelegate {

	private final MeetingService meetings;

	private final RuntimeService runtimeService;

	PublishReviewResultsDelegate(MeetingService meetings, RuntimeService runtimeService) {
		this.meetings = meetings;
		this.runtimeService = runtimeService;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String meetingId = MEETING_ID.require(execution);
		for (MeetingApplicant applicant : this.meetings.applicants(meetingId)) {
			if (applicant.published()) {
				continue;
			}
			this.runtimeService.createMessageCorrelation(ApplicationProcess.MESSAGE_REVIEW_RESULT)
				.processInstanceVariableEquals(ApplicationProcess.APPLICATION_ID.name(), applicant.applicationId())
				.setVariable(ApplicationProcess.REVIEW_PASSED.name(), applicant.passed())
				.correlate();
			this.meetings.markPublished(meetingId, applicant.applicationId());
		}
		this.meetings.changeStatus(meetingId, MeetingStatus.CLOSED);
	}

}
