package cn.zhicheng.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.zhicheng.organisation.Committee;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Starting a cycle and drafting its notice over HTTP, as the committee office's scripts ({@code /api/cycles})
 * and Tasklist ({@code /engine-rest}) do. The engine clock stands on Monday 2026-03-02, review year 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ReviewCycleApiTest {

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ApplicationContext context;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	CycleDriver driver;

	Committee committee;

	int year;

	@BeforeEach
	void setUp() {
		this.driver = new CycleDriver(this.context);
		this.committee = this.driver.freshCommittee();
		this.year = 2026;
		CycleDriver.setClock("2026-03-02T09:00:00");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	ResponseEntity<Map<String, Object>> post(String login, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.withBasicAuth(login, "demo")
			.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), OBJECT);
	}

	@Test
	void theOfficeStartsACycleOthersCannotAndOnlyItsDepartmentsMayReadIt() {
		Map<String, Object> start = Map.of("committeeCode", this.committee.code(), "reviewYear", this.year);
		assertThat(this.rest.postForEntity("/api/cycles", start, String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(post("ey1z", "/api/cycles", start).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		ResponseEntity<Map<String, Object>> created = post("eyzgb", "/api/cycles", start);
		assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(created.getBody()).containsEntry("businessKey", this.year + "-" + this.committee.code())
			.containsEntry("status", "DRAFTING")
			.containsEntry("statusLabel", "起草评审通知");
		String id = (String) created.getBody().get("id");

		ResponseEntity<Map<String, Object>> again = post("eyzgb", "/api/cycles", start);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(again.getBody()).containsEntry("rule", "N1");
		ResponseEntity<Map<String, Object>> unknown = post("eyzgb", "/api/cycles",
				Map.of("committeeCode", "NOSUCH", "reviewYear", this.year));
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unknown.getBody()).containsEntry("field", "committeeCode");
		ResponseEntity<Map<String, Object>> farYear = post("eyzgb", "/api/cycles",
				Map.of("committeeCode", this.committee.code(), "reviewYear", this.year + 2));
		assertThat(farYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(farYear.getBody()).containsEntry("field", "reviewYear").containsEntry("rule", "N1");

		for (String login : new String[] { "eyzgb", "eyrsj", "dlrsj", "eyjjz", "demo" }) {
			assertThat(this.rest.withBasicAuth(login, "demo").getForEntity("/api/cycles/" + id, String.class)
				.getStatusCode()).as(login).isEqualTo(HttpStatus.OK);
		}
		assertThat(this.rest.withBasicAuth("ey1z", "demo").getForEntity("/api/cycles/" + id, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void tasklistStartsTheCycleAndANoticeMissingAnItemIsA400NamingIt() {
		Map<String, Object> variables = Map.of("variables", Map.of("committeeCode",
				Map.of("value", this.committee.code()), "reviewYear", Map.of("value", this.year, "type", "Long")));
		ResponseEntity<Map<String, Object>> started = post("eyzgb",
				"/engine-rest/process-definition/key/reviewCycle/submit-form", variables);
		assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
		ProcessInstance instance = this.runtimeService.createProcessInstanceQuery()
			.processInstanceId((String) started.getBody().get("id")).singleResult();
		assertThat(instance.getBusinessKey()).isEqualTo(this.year + "-" + this.committee.code());
		assertThat(this.runtimeService.getVariable(instance.getId(), "reviewYear")).isEqualTo(this.year);

		// a school may not start a cycle through Tasklist either
		Map<String, Object> other = Map.of("variables", Map.of("committeeCode",
				Map.of("value", this.driver.freshCommittee().code()), "reviewYear", Map.of("value", this.year)));
		assertThat(post("ey1z", "/engine-rest/process-definition/key/reviewCycle/submit-form", other).getStatusCode()
			.is4xxClientError()).isTrue();

		String task = this.taskService.createTaskQuery().processInstanceId(instance.getId())
			.taskDefinitionKey(ReviewCycleProcess.TASK_DRAFT_NOTICE).singleResult().getId();
		LocalDate review = LocalDate.of(this.year, 10, 15);
		Map<String, Object> notice = CycleDriver.notice(review.toString(), LocalDate.of(this.year, 8, 14).toString());
		notice.remove("publicityMethod");
		Map<String, Object> form = new LinkedHashMap<>();
		notice.forEach((name, value) -> form.put(name, Map.of("value", value)));
		ResponseEntity<Map<String, Object>> refused = post("eyzgb", "/engine-rest/task/" + task + "/submit-form",
				Map.of("variables", form));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) refused.getBody().get("message")).contains("评审通知缺少“公示方式”（publicityMethod），不能发布（N2）");
		assertThat(this.taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);

		form.put("publicityMethod", Map.of("value", "在本平台和政府门户网站公示不少于5个工作日"));
		ResponseEntity<Map<String, Object>> accepted = post("eyzgb", "/engine-rest/task/" + task + "/submit-form",
				Map.of("variables", form));
		assertThat(accepted.getStatusCode()).as("%s", accepted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.taskService.createTaskQuery().processInstanceId(instance.getId())
			.taskDefinitionKey(ReviewCycleProcess.TASK_APPROVE_NOTICE).singleResult()).isNotNull();
	}

}
