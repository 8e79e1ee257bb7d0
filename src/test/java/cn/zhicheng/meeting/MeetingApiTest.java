package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.MeetingTestSupport.Spec.general;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.zhicheng.application.Application;

import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * The meeting's HTTP API as its users call it (HTTP basic): the ballot page's calls by the expert (M4),
 * the minutes for the committee office and supervision only (M6), materials for the assigned reviewers
 * (M3), and the committee's settings for its office (M5, M9).
 */
class MeetingApiTest extends MeetingTestSupport {

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
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

	@Test
	void ballotMinutesMaterialsAndSettingsOverHttp() {
		int year = 2037;
		settings(MeetingSettings.DEFAULTS);
		List<Application> a = qualified(year, List.of(general("杨丽芬", NO1_SCHOOL), general("李家兴", NO2_SCHOOL)));
		ProcessInstance pi = startMeeting(year, this.draws.draw(experts(28, 36), List.of()));
		String meetingId = meetingId(pi);
		open(pi, experts(28, 36), List.of(), "expert28", year);

		// M3: an assigned reviewer reads the materials (ID number masked); an expert not assigned does not
		MeetingReview review = this.meetings.reviews(meetingId).stream()
			.filter(r -> r.applicationId().equals(a.get(0).id()))
			.findFirst()
			.orElseThrow();
		String materials = "/api/meetings/" + meetingId + "/applications/" + a.get(0).id();
		ResponseEntity<Map<String, Object>> read = as(review.expertId()).exchange(materials, HttpMethod.GET, null, OBJECT);
		assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(read.getBody()).containsEntry("name", "杨丽芬").containsKey("workSummary");
		assertThat((String) read.getBody().get("idNumber")).contains("**********");
		String stranger = this.meetings.attending(meetingId).stream()
			.map(MeetingExpert::expertId)
			.filter(id -> this.meetings.reviews(meetingId).stream()
				.noneMatch(r -> r.expertId().equals(id) && r.applicationId().equals(a.get(0).id())))
			.findFirst()
			.orElseThrow();
		assertThat(as(stranger).exchange(materials, HttpMethod.GET, null, OBJECT).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);

		reviewAll(pi);
		vetoes(pi, Map.of());

		// M4: the ballot page's calls, by the expert, with JSON only
		String ballot = "/api/meetings/" + meetingId + "/ballot";
		ResponseEntity<Map<String, Object>> paper = as("expert28").exchange(ballot, HttpMethod.GET, null, OBJECT);
		assertThat(paper.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(paper.getBody()).containsEntry("round", 1).containsEntry("runOff", false);
		Map<String, Object> choices = Map.of("choices", Map.of(a.get(0).id(), "YES", a.get(1).id(), "ABSTAIN"));
		HttpHeaders form = new HttpHeaders();
		form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		assertThat(as("expert28").exchange(ballot, HttpMethod.POST, new HttpEntity<>("choices=x", form), OBJECT)
			.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		ResponseEntity<Map<String, Object>> incomplete = as("expert28").exchange(ballot, HttpMethod.POST,
				json(Map.of("choices", Map.of(a.get(0).id(), "YES"))), OBJECT);
		assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(incomplete.getBody()).containsEntry("rule", "M4");
		ResponseEntity<Map<String, Object>> cast = as("expert28").exchange(ballot, HttpMethod.POST, json(choices), OBJECT);
		assertThat(cast.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(cast.getBody()).containsEntry("voted", true);
		assertThat(as("expert28").exchange(ballot, HttpMethod.POST, json(choices), OBJECT).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(as(OFFICE_LOGIN).exchange(ballot, HttpMethod.POST, json(choices), OBJECT).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.rest.exchange(ballot, HttpMethod.GET, null, OBJECT).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);

		vote(pi, (expert, id) -> BallotChoice.YES);
		closeAndCount(pi);

		// the pages hold no data; they call the API with the Tasklist login
		ResponseEntity<String> page = this.rest.getForEntity("/ballot.html?meeting=" + meetingId, String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("无记名投票").contains("/ballot");
		assertThat(this.rest.getForEntity("/materials.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

		// M6: the minutes, to the committee office and supervision only
		String minutes = "/api/meetings/" + meetingId + "/minutes";
		ResponseEntity<String> office = as(OFFICE_LOGIN).getForEntity(minutes, String.class);
		assertThat(office.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(office.getHeaders().getContentType().toString()).startsWith("text/markdown");
		assertThat(office.getBody()).contains("评审会议记录（草稿，待签字）").contains("杨丽芬").contains("| 杨丽芬 | 9 | 0 | 0 |");
		assertThat(as(SUPERVISION_LOGIN).getForEntity(minutes, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(as("expert28").getForEntity(minutes, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as("ey1z").getForEntity(minutes, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.rest.getForEntity(minutes, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

		ResponseEntity<Map<String, Object>> meeting = as(SUPERVISION_LOGIN).exchange("/api/meetings/" + meetingId,
				HttpMethod.GET, null, OBJECT);
		assertThat(meeting.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(meeting.getBody()).containsEntry("status", "COUNTED").containsEntry("chairId", "expert28");
		assertThat(as("ey1z").exchange("/api/meetings/" + meetingId, HttpMethod.GET, null, OBJECT).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);

		// settings: the committee's office (or an administrator); a cap above 100 % is refused
		String settings = "/api/committees/" + COMMITTEE + "/meeting-settings";
		ResponseEntity<Map<String, Object>> bad = as(OFFICE_LOGIN).exchange(settings, HttpMethod.PUT,
				json(Map.of("reviewersPerApplicant", 3, "scoring", true, "passRateCapGeneral", 150,
						"alternatesStepIn", true, "ballotMinutes", 60)),
				OBJECT);
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(bad.getBody()).containsEntry("field", "passRateCapGeneral").containsEntry("rule", "M5");
		ResponseEntity<Map<String, Object>> two = as(OFFICE_LOGIN).exchange(settings, HttpMethod.PUT,
				json(Map.of("reviewersPerApplicant", 2, "scoring", false, "alternatesStepIn", true, "ballotMinutes", 60)),
				OBJECT);
		assertThat(two.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(two.getBody()).containsEntry("rule", "M3");
		ResponseEntity<Map<String, Object>> saved = as(OFFICE_LOGIN).exchange(settings, HttpMethod.PUT,
				json(Map.of("reviewersPerApplicant", 5, "scoring", true, "passRateCapGeneral", 60,
						"passRateCapDirected", 40, "alternatesStepIn", false, "ballotMinutes", 90)),
				OBJECT);
		assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(as(OFFICE_LOGIN).exchange(settings, HttpMethod.GET, null, OBJECT).getBody())
			.containsEntry("reviewersPerApplicant", 5)
			.containsEntry("passRateCapDirected", 40)
			.containsEntry("scoring", true);
		assertThat(as("ey1z").exchange(settings, HttpMethod.GET, null, OBJECT).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		settings(MeetingSettings.DEFAULTS);
	}

}
