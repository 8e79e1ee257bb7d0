package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.ReviewMeetingProcess.ALTERNATE_OPTIONS;
import static cn.zhicheng.meeting.ReviewMeetingProcess.COMMITTEE_CODE;
import static cn.zhicheng.meeting.ReviewMeetingProcess.COMMITTEE_NAME;
import static cn.zhicheng.meeting.ReviewMeetingProcess.COMMITTEE_OFFICE_GROUP_ID;
import static cn.zhicheng.meeting.ReviewMeetingProcess.COMMITTEE_SIZE;
import static cn.zhicheng.meeting.ReviewMeetingProcess.CYCLE_ID;
import static cn.zhicheng.meeting.ReviewMeetingProcess.DRAW_ID;
import static cn.zhicheng.meeting.ReviewMeetingProcess.EXPERT_OPTIONS;
import static cn.zhicheng.meeting.ReviewMeetingProcess.MEETING_ID;
import static cn.zhicheng.meeting.ReviewMeetingProcess.MEMBER_OPTIONS;
import static cn.zhicheng.meeting.ReviewMeetingProcess.PRESENT_ALTERNATES;
import static cn.zhicheng.meeting.ReviewMeetingProcess.PRESENT_MEMBERS;
import static cn.zhicheng.meeting.ReviewMeetingProcess.REVIEW_YEAR;
import static cn.zhicheng.meeting.ReviewMeetingProcess.SCORING;
import static cn.zhicheng.meeting.ReviewMeetingProcess.SUPERVISION_GROUP_ID;
import static cn.zhicheng.meeting.ReviewMeetingProcess.VETO_LIST;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PrepareMeeting (E1, M7). Inputs: cycleId, committeeCode, reviewYear, drawId, committeeOfficeGroupId,
 * supervisionGroupId. Creates the meeting from the draw (DrawnCommittee) and the committee's QUALIFIED
 * applications. Outputs: meetingId; for the forms committeeName, committeeSize, scoring, the options of
 * the drawn experts, the attendance pre-filled with everyone drawn, and the office's veto list.
 */
@Component
class PrepareMeetingDelegate implements JavaDelegate {

	private final MeetingService meetings;

	PrepareMeetingDelegate(MeetingService meetings) {
		this.meetings = meetings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Meeting meeting = Delegates.validating(() -> this.meetings.prepare(new MeetingService.Call(CYCLE_ID.get(execution),
				COMMITTEE_CODE.require(execution), REVIEW_YEAR.require(execution), DRAW_ID.require(execution),
				COMMITTEE_OFFICE_GROUP_ID.require(execution), SUPERVISION_GROUP_ID.require(execution)),
				execution.getProcessInstanceId()));
		MEETING_ID.set(execution, meeting.id());
		COMMITTEE_NAME.set(execution, this.meetings.committeeOf(meeting).name());
		COMMITTEE_SIZE.set(execution, meeting.committeeSize());
		SCORING.set(execution, meeting.scoring());
		Map<String, String> members = new LinkedHashMap<>();
		Map<String, String> alternates = new LinkedHashMap<>();
		Map<String, String> everyone = new LinkedHashMap<>();
		for (MeetingExpert expert : this.meetings.experts(meeting.id())) {
			String label = expert.name() + "（" + expert.employerName() + "，" + expert.series() + " " + expert.specialty()
					+ "）";
			(expert.member() ? members : alternates).put(expert.expertId(), label);
			everyone.put(expert.expertId(), expert.roleLabel() + expert.drawOrder() + "：" + label);
		}
		execution.setVariable(MEMBER_OPTIONS.name(), FormValues.options(members));
		execution.setVariable(ALTERNATE_OPTIONS.name(), FormValues.options(alternates));
		execution.setVariable(EXPERT_OPTIONS.name(), FormValues.options(everyone));
		execution.setVariable(PRESENT_MEMBERS.name(), FormValues.json(new ArrayList<>(members.keySet())));
		execution.setVariable(PRESENT_ALTERNATES.name(), FormValues.json(new ArrayList<>(alternates.keySet())));
		List<Map<String, Object>> vetoes = new ArrayList<>();
		for (MeetingApplicant applicant : this.meetings.applicants(meeting.id())) {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("applicationId", applicant.applicationId());
			line.put("applicantName", applicant.name());
			line.put("unitName", applicant.unitName() + "（" + applicant.reviewGroup().label() + "）");
			line.put("vetoed", false);
			line.put("vetoKind", null);
			line.put("finding", null);
			vetoes.add(line);
		}
		execution.setVariable(VETO_LIST.name(), FormValues.json(vetoes));
	}

}
