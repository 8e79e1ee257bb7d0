package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.ReviewMeetingProcess.MEETING_ID;
import static cn.zhicheng.meeting.ReviewMeetingProcess.RESULT_SUMMARY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_DraftMinutes (M6). Input: meetingId. Writes the draft minutes (GET /api/meetings/{id}/minutes) and
 * the result the chair and the supervisor sign. Output: resultSummary (totals only).
 */
@Component
class DraftMinutesDelegate implements JavaDelegate {

	private final MeetingService meetings;

	DraftMinutesDelegate(MeetingService meetings) {
		this.meetings = meetings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String meetingId = MEETING_ID.require(execution);
		this.meetings.writeMinutes(meetingId, false);
		RESULT_SUMMARY.set(execution,
				cn.zhicheng.common.FormText.fit(this.meetings.resultSummary(meetingId), "完整结果见会议纪要"));
	}

}
