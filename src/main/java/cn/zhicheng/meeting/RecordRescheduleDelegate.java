package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.ReviewMeetingProcess.MEETING_DATE;
import static cn.zhicheng.meeting.ReviewMeetingProcess.MEETING_ID;
import static cn.zhicheng.meeting.ReviewMeetingProcess.NEW_MEETING_DATE;
import static cn.zhicheng.meeting.ReviewMeetingProcess.RESCHEDULE_NOTE;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordReschedule (E4, M1). Inputs from form_meeting_reschedule: newMeetingDate, rescheduleNote.
 * Records the new date and why; the attendance is then recorded again for the new date (meetingDate).
 */
@Component
class RecordRescheduleDelegate implements JavaDelegate {

	private final MeetingService meetings;

	RecordRescheduleDelegate(MeetingService meetings) {
		this.meetings = meetings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LocalDate date = FormValues.date(NEW_MEETING_DATE.get(execution), NEW_MEETING_DATE.name(), "改期后的会议日期");
		Delegates.validating(() -> this.meetings.reschedule(MEETING_ID.require(execution), date,
				RESCHEDULE_NOTE.get(execution), Delegates.actor(execution)));
		MEETING_DATE.set(execution, date.toString());
	}

}
