package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.ReviewMeetingProcess.ATTENDING_COUNT;
import static cn.zhicheng.meeting.ReviewMeetingProcess.BALLOT_VOTERS;
import static cn.zhicheng.meeting.ReviewMeetingProcess.BRIEFING_CONFIRMED;
import static cn.zhicheng.meeting.ReviewMeetingProcess.CHAIR_EXPERT_ID;
import static cn.zhicheng.meeting.ReviewMeetingProcess.MEETING_DATE;
import static cn.zhicheng.meeting.ReviewMeetingProcess.MEETING_ID;
import static cn.zhicheng.meeting.ReviewMeetingProcess.MEETING_OPENED;
import static cn.zhicheng.meeting.ReviewMeetingProcess.OPENING_PROBLEM;
import static cn.zhicheng.meeting.ReviewMeetingProcess.PRESENT_ALTERNATES;
import static cn.zhicheng.meeting.ReviewMeetingProcess.PRESENT_MEMBERS;
import static cn.zhicheng.meeting.ReviewMeetingProcess.SUPERVISOR_NAME;
import static cn.zhicheng.meeting.ReviewMeetingProcess.SUPERVISOR_PRESENT;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_OpenMeeting (E4, M1, M2). Inputs from form_meeting_attendance: presentMembers, presentAlternates,
 * chairExpertId, supervisorPresent, supervisorName, briefingConfirmed, meetingDate. Outputs: meetingOpened
 * and, if not, openingProblem (the office reschedules); attendingCount and ballotVoters (the attending
 * experts, who review and vote). Incomplete input for an opened meeting (no briefing, no chair among the
 * attending) is refused and the office's task stays open.
 */
@Component
class OpenMeetingDelegate implements JavaDelegate {

	private final MeetingService meetings;

	OpenMeetingDelegate(MeetingService meetings) {
		this.meetings = meetings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		List<String> present = new ArrayList<>(FormValues.strings(PRESENT_MEMBERS.get(execution), PRESENT_MEMBERS.name()));
		present.addAll(FormValues.strings(PRESENT_ALTERNATES.get(execution), PRESENT_ALTERNATES.name()));
		MeetingService.Opening opening = new MeetingService.Opening(present, CHAIR_EXPERT_ID.get(execution),
				FormValues.bool(SUPERVISOR_PRESENT.get(execution)), SUPERVISOR_NAME.get(execution),
				FormValues.bool(BRIEFING_CONFIRMED.get(execution)),
				FormValues.date(MEETING_DATE.get(execution), MEETING_DATE.name(), "会议日期"));
		MeetingService.OpeningOutcome outcome = Delegates
			.validating(() -> this.meetings.open(MEETING_ID.require(execution), opening, Delegates.actor(execution)));
		MEETING_OPENED.set(execution, outcome.opened());
		OPENING_PROBLEM.set(execution, outcome.problem());
		ATTENDING_COUNT.set(execution, outcome.opened() ? outcome.attendance().attending().size() : 0);
		if (outcome.opened()) {
			execution.setVariable(BALLOT_VOTERS.name(), FormValues.idList(outcome.attendance().attending()));
		}
	}

}
