package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.MeetingTestSupport.Spec.general;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.zhicheng.application.Application;

import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 10 items 1 and 6 for the review meeting: through the engine REST API Tasklist uses, an expert sees
 * and works only their own review and ballot tasks — never another expert's (list, task, variables,
 * completion, history) — and the ballot API serves only the caller's own paper. Every decision of the
 * meeting is traceable (who, when) in the user operation log and the meeting's tables, but a ballot only as
 * participation: neither the log nor the participation table holds how anyone voted (M4).
 */
class ExpertIsolationAndAuditTest extends MeetingTestSupport {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	@Autowired
	TestRestTemplate rest;

	TestRestTemplate as(String login) {
		return this.rest.withBasicAuth(login, "demo");
	}

	static HttpEntity<Object> json(Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	/** What {@code login} may do with {@code theirs}, another expert's task, over Tasklist's REST API: nothing. */
	void cannotTouch(String login, Task theirs, ProcessInstance pi, Map<String, Object> variables) {
		List<Map<String, Object>> visible = as(login)
			.exchange("/engine-rest/task?processInstanceId=" + pi.getId(), HttpMethod.GET, null, LIST)
			.getBody();
		assertThat(visible).isNotEmpty().allSatisfy(task -> assertThat(task.get("assignee")).isEqualTo(login));
		assertThat(visible).noneSatisfy(task -> assertThat(task.get("id")).isEqualTo(theirs.getId()));
		String task = "/engine-rest/task/" + theirs.getId();
		assertThat(as(login).getForEntity(task, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(as(login).getForEntity(task + "/variables", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as(login).getForEntity(task + "/form-variables", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as(login).exchange(task + "/complete", HttpMethod.POST, json(Map.of("variables", variables)),
				String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as(login).exchange(task + "/claim", HttpMethod.POST, json(Map.of("userId", login)), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as(login).getForEntity("/engine-rest/history/task?processInstanceId=" + pi.getId(), String.class)
			.getBody()).doesNotContain(theirs.getId());
		assertThat(as(login).getForEntity("/engine-rest/history/variable-instance?processInstanceId=" + pi.getId(),
				String.class).getBody()).doesNotContain(theirs.getId());
		assertThat(this.taskService.createTaskQuery().taskId(theirs.getId()).singleResult().getAssignee())
			.isEqualTo(theirs.getAssignee());
	}

	@Test
	void anExpertSeesOnlyTheirOwnReviewAndBallotAndEveryDecisionIsTraced() {
		int year = 2039;
		settings(MeetingSettings.DEFAULTS);
		List<Application> a = qualified(year, List.of(general("杨丽芬", NO1_SCHOOL), general("李家兴", NO2_SCHOOL)));
		ProcessInstance pi = startMeeting(year, this.draws.draw(experts(28, 36), List.of()));
		String meetingId = meetingId(pi);
		open(pi, experts(28, 36), List.of(), "expert28", year);
		assertThat(this.historyService.createUserOperationLogQuery()
			.taskId(this.historyService.createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
				.taskDefinitionKey(ReviewMeetingProcess.TASK_RECORD_ATTENDANCE).singleResult().getId())
			.operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).singleResult().getUserId())
			.isEqualTo(OFFICE_LOGIN);

		// reviews: each expert's own
		List<Task> reviews = tasks(pi, ReviewMeetingProcess.TASK_REVIEW_APPLICATION);
		String me = reviews.get(0).getAssignee();
		Task theirReview = reviews.stream().filter(t -> !t.getAssignee().equals(me)).findFirst().orElseThrow();
		cannotTouch(me, theirReview, pi, Map.of("reviewOpinion", Map.of("value", "代写的意见，同意。")));
		reviewAll(pi);
		vetoes(pi, Map.of());

		// ballots: each expert's own, and the paper only by the API as the caller
		List<Task> ballots = tasks(pi, ReviewMeetingProcess.TASK_CAST_BALLOT);
		Task myBallot = ballots.stream().filter(t -> t.getAssignee().equals(me)).findFirst().orElseThrow();
		Task theirBallot = ballots.stream().filter(t -> !t.getAssignee().equals(me)).findFirst().orElseThrow();
		cannotTouch(me, theirBallot, pi, Map.of());
		String ballot = "/api/meetings/" + meetingId + "/ballot";
		assertThat(as("ey1z").getForEntity(ballot, String.class).getStatusCode().is4xxClientError()).isTrue();
		assertThat(as("expert01").getForEntity(ballot, String.class).getStatusCode().is4xxClientError()).isTrue();
		Map<String, Object> choices = Map.of("choices", Map.of(a.get(0).id(), "YES", a.get(1).id(), "NO"));
		assertThat(as("expert01").exchange(ballot, HttpMethod.POST, json(choices), String.class).getStatusCode()
			.is4xxClientError()).isTrue();
		ResponseEntity<String> cast = as(me).exchange(ballot, HttpMethod.POST, json(choices), String.class);
		assertThat(cast.getStatusCode()).as("%s", cast.getBody()).isEqualTo(HttpStatus.OK);

		// participation is traced — who and when — but not the vote (M4)
		List<UserOperationLogEntry> voted = this.historyService.createUserOperationLogQuery()
			.taskId(myBallot.getId())
			.operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
			.list();
		assertThat(voted).isNotEmpty().allSatisfy(entry -> {
			assertThat(entry.getUserId()).isEqualTo(me);
			assertThat(entry.getTimestamp()).isNotNull();
		});
		assertThat(this.historyService.createHistoricDetailQuery().userOperationId(voted.get(0).getOperationId())
			.variableUpdates().list()).allSatisfy(detail -> assertThat(String.valueOf(((HistoricVariableUpdate) detail)
				.getValue())).doesNotContain("YES", "NO", "ABSTAIN", a.get(0).id()));
		assertThat(this.historyService.createHistoricDetailQuery().taskId(myBallot.getId()).list()).isEmpty();
		Map<String, Object> participation = this.jdbc.queryForMap(
				"SELECT expert_id, voted_at FROM zc_ballot_participation WHERE meeting_id = ? AND expert_id = ?", meetingId, me);
		assertThat(participation.get("VOTED_AT")).isNotNull();
		assertThat(this.jdbc.queryForList("SELECT * FROM zc_ballot_paper WHERE meeting_id = ?", meetingId).toString())
			.doesNotContain(me);

		vote(pi, (expert, id) -> BallotChoice.YES);
		closeAndCount(pi);
		Task chair = task(pi, ReviewMeetingProcess.TASK_SIGN_BY_CHAIR);
		String chairId = chair.getAssignee();
		submit(chairId, chair, Map.of("chairConfirmed", true));
		Task supervisor = task(pi, ReviewMeetingProcess.TASK_SIGN_BY_SUPERVISOR);
		submit(SUPERVISION_LOGIN, supervisor, Map.of("supervisorConfirmed", true, "supervisorOpinion", "会议程序规范，同意评审结果。"));
		for (Map.Entry<Task, String> signature : Map.of(chair, chairId, supervisor, SUPERVISION_LOGIN).entrySet()) {
			assertThat(this.historyService.createUserOperationLogQuery().taskId(signature.getKey().getId())
				.operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list())
				.isNotEmpty()
				.allSatisfy(entry -> assertThat(entry.getUserId()).isEqualTo(signature.getValue()));
		}
		Map<String, Object> meeting = this.jdbc.queryForMap(
				"SELECT chair_signed_by, chair_signed_at, supervisor_signed_by, supervisor_signed_at FROM zc_meeting WHERE id = ?",
				meetingId);
		assertThat(meeting).containsEntry("CHAIR_SIGNED_BY", chairId).containsEntry("SUPERVISOR_SIGNED_BY", SUPERVISION_LOGIN);
		assertThat(meeting.get("CHAIR_SIGNED_AT")).isNotNull();
		assertThat(meeting.get("SUPERVISOR_SIGNED_AT")).isNotNull();
	}

}
