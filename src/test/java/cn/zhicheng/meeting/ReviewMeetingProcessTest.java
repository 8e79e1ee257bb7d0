package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.MeetingTestSupport.Spec.directed;
import static cn.zhicheng.meeting.MeetingTestSupport.Spec.general;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import cn.zhicheng.application.Application;

import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** processes/review-meeting.bpmn: opening (E4, M1, M2), quorum failure and rescheduling, alternates. */
@SuppressWarnings("unchecked")
class ReviewMeetingProcessTest extends MeetingTestSupport {

	@Test
	void quorumFailureMakesTheOfficeRescheduleUntilTwoThirdsArePresent() {
		int year = 2030;
		settings(MeetingSettings.DEFAULTS);
		qualified(year, List.of(general("杨丽芬", NO1_SCHOOL), general("李家兴", NO2_SCHOOL), general("段秀英", NO2_SCHOOL)));
		ProcessInstance pi = startMeeting(year, this.draws.draw(experts(1, 11), List.of()));
		String meetingId = meetingId(pi);

		assertThat(pi).isWaitingAt(ReviewMeetingProcess.TASK_RECORD_ATTENDANCE);
		assertThat(task(pi, ReviewMeetingProcess.TASK_RECORD_ATTENDANCE)).hasCandidateGroup(OFFICE);
		assertThat(pi).variables()
			.containsEntry("committeeSize", 11)
			.containsEntry("committeeName", "洱源县中小学教师中级职称评审委员会");

		// E4: 7 of 11 present: 21 < 22
		open(pi, experts(1, 7), List.of(), "expert01", year);
		assertThat(pi).hasPassed(ReviewMeetingProcess.TASK_OPEN_MEETING)
			.isWaitingAt(ReviewMeetingProcess.TASK_RESCHEDULE);
		assertThat(task(pi, ReviewMeetingProcess.TASK_RESCHEDULE)).hasCandidateGroup(OFFICE);
		assertThat((String) this.runtimeService.getVariable(pi.getId(), "openingProblem")).contains("出席评委7人")
			.contains("须不少于8人")
			.contains("E4");
		assertThat(this.meetings.require(meetingId).status()).isEqualTo(MeetingStatus.NOT_OPENED);
		assertThat(this.meetings.attending(meetingId)).isEmpty();

		submit(OFFICE_LOGIN, task(pi, ReviewMeetingProcess.TASK_RESCHEDULE),
				Map.of("newMeetingDate", year + "-10-20", "rescheduleNote", "通知缺席评委，10月20日重新召开"));
		assertThat(pi).hasPassed(ReviewMeetingProcess.TASK_RECORD_RESCHEDULE)
			.isWaitingAt(ReviewMeetingProcess.TASK_RECORD_ATTENDANCE)
			.variables()
			.containsEntry("meetingDate", year + "-10-20");
		assertThat(this.meetings.require(meetingId).rescheduleCount()).isEqualTo(1);

		// M1: quorate, but no supervisor: the meeting may not open either
		submit(OFFICE_LOGIN, task(pi, ReviewMeetingProcess.TASK_RECORD_ATTENDANCE),
				attendance(experts(1, 11), List.of(), "expert01", false, true, year + "-10-20"));
		assertThat(pi).isWaitingAt(ReviewMeetingProcess.TASK_RESCHEDULE);
		assertThat((String) this.runtimeService.getVariable(pi.getId(), "openingProblem")).contains("监督人员")
			.contains("M1");
		submit(OFFICE_LOGIN, task(pi, ReviewMeetingProcess.TASK_RESCHEDULE),
				Map.of("newMeetingDate", year + "-10-21", "rescheduleNote", "协调纪检监察组派员全程监督"));

		// quorate with a supervisor, but M2 (briefing) and the chair must be right, else the task stays open
		Task attendance = task(pi, ReviewMeetingProcess.TASK_RECORD_ATTENDANCE);
		assertThatThrownBy(() -> submit(OFFICE_LOGIN, attendance,
				attendance(experts(1, 8), List.of(), "expert01", true, false, year + "-10-21")))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("M2");
		assertThatThrownBy(() -> submit(OFFICE_LOGIN, attendance,
				attendance(experts(1, 8), List.of(), "expert11", true, true, year + "-10-21")))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("评委会主任");
		assertThat(task(pi, ReviewMeetingProcess.TASK_RECORD_ATTENDANCE).getId()).isEqualTo(attendance.getId());

		// 8 of 11: 24 ≥ 22, the meeting opens
		open(pi, experts(1, 8), List.of(), "expert03", year);
		assertThat(pi).hasPassed(ReviewMeetingProcess.TASK_ASSIGN_REVIEWS)
			.isWaitingAt(ReviewMeetingProcess.TASK_REVIEW_APPLICATION)
			.variables()
			.containsEntry("meetingOpened", true)
			.containsEntry("attendingCount", 8);
		Meeting meeting = this.meetings.require(meetingId);
		assertThat(meeting.status()).isEqualTo(MeetingStatus.REVIEWING);
		assertThat(meeting.rescheduleCount()).isEqualTo(2);
		assertThat(meeting.chairId()).isEqualTo("expert03");
		assertThat(meeting.supervisorName()).isEqualTo("赵国强");
		assertThat(meeting.meetingDate()).hasToString(year + "-10-15");
		assertThat(this.meetings.attending(meetingId)).extracting(MeetingExpert::expertId)
			.containsExactlyElementsOf(experts(1, 8));
	}

	@Test
	void alternatesStepInForAbsentMembersInDrawOrderAsConfigured() {
		int year = 2031;
		settings(MeetingSettings.DEFAULTS);
		List<Application> applicants = qualified(year,
				List.of(general("杨丽芬", NO1_SCHOOL), general("李家兴", NO2_SCHOOL), directed("和春燕", NO2_SCHOOL)));
		// 11 members, alternates expert12, expert15, expert16 in that draw order
		List<String> alternates = List.of("expert12", "expert15", "expert16");
		String drawId = this.draws.draw(experts(1, 11), alternates);
		ProcessInstance pi = startMeeting(year, drawId);

		// 4 members absent; the first and third alternate present: 7 + 2 = 9, quorate only thanks to them
		open(pi, experts(1, 7), List.of("expert16", "expert12"), "expert12", year);
		assertThat(pi).isWaitingAt(ReviewMeetingProcess.TASK_REVIEW_APPLICATION)
			.variables()
			.containsEntry("attendingCount", 9);
		String meetingId = meetingId(pi);
		assertThat(this.meetings.attending(meetingId)).extracting(MeetingExpert::expertId)
			.containsExactly("expert01", "expert02", "expert03", "expert04", "expert05", "expert06", "expert07",
					"expert12", "expert16");
		assertThat(this.meetings.experts(meetingId)).filteredOn(e -> e.expertId().equals("expert15"))
			.singleElement()
			.satisfies(e -> assertThat(e.present()).isFalse());
		assertThat((List<Object>) this.runtimeService.getVariable(pi.getId(), "ballotVoters")).containsExactly("expert01",
				"expert02", "expert03", "expert04", "expert05", "expert06", "expert07", "expert12", "expert16");

		// alternates who stepped in review like members: 3 applicants × 3 = 9 reviews over 9 experts, one each
		List<Task> reviews = tasks(pi, ReviewMeetingProcess.TASK_REVIEW_APPLICATION);
		assertThat(reviews).hasSize(9).extracting(Task::getAssignee).doesNotHaveDuplicates().contains("expert12",
				"expert16");
		assertThat(applicants).hasSize(3);

		// the same attendance where alternates may not step in (committee setting): 7 of 11, no meeting
		settings(new MeetingSettings(3, false, null, null, false, 120));
		ProcessInstance strict = startMeeting(year, drawId);
		open(strict, experts(1, 7), List.of("expert16", "expert12"), "expert12", year);
		assertThat(strict).isWaitingAt(ReviewMeetingProcess.TASK_RESCHEDULE);
		assertThat((String) this.runtimeService.getVariable(strict.getId(), "openingProblem"))
			.contains("其中备用评委递补0人");
	}

}
