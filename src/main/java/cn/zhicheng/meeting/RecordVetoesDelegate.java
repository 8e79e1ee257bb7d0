package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.ReviewMeetingProcess.MEETING_ID;
import static cn.zhicheng.meeting.ReviewMeetingProcess.VETO_LIST;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ApplyVetoes (M8). Input from form_meeting_vetoes: vetoList, one line per applicant with vetoed,
 * vetoKind and finding. Records the fraud findings before the ballot is counted; a vetoed applicant fails
 * whatever the votes. A veto without a kind or a finding is refused and the office's task stays open.
 */
@Component
class RecordVetoesDelegate implements JavaDelegate {

	private final MeetingService meetings;

	RecordVetoesDelegate(MeetingService meetings) {
		this.meetings = meetings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		List<MeetingService.VetoEntry> entries = FormValues.objects(VETO_LIST.get(execution), VETO_LIST.name())
			.stream()
			.map(RecordVetoesDelegate::entry)
			.toList();
		Delegates.validating(
				() -> this.meetings.recordVetoes(MEETING_ID.require(execution), entries, Delegates.actor(execution)));
	}

	private static MeetingService.VetoEntry entry(Map<String, Object> line) {
		return new MeetingService.VetoEntry(text(line.get("applicationId")), FormValues.bool(line.get("vetoed")),
				text(line.get("vetoKind")), text(line.get("finding")));
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

}
