package cn.zhicheng.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.zhicheng.cycle.ReviewCycleService;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Submission, precheck and bad input through {@code /api}, as a unit's staff would send them. Runs on
 * H2 ({@link ApplicationApiH2Test}) and on MySQL ({@link ApplicationApiMysqlTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class ApplicationApiScenarioTest {

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	private static final AtomicInteger SEQUENCE = new AtomicInteger(501);

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ReviewCycleService cycles;

	/** The review year whose EYTEACHERINT window the demo data opened (N2, A17): this year or, late in it, the next. */
	private static volatile int openYear;

	@BeforeEach
	void openYear() {
		openYear = this.cycles.openFor("EYTEACHERINT", ReviewCycleService.today()).orElseThrow().reviewYear();
	}

	static int year() {
		return openYear;
	}

	static Map<String, Object> teacher() {
		return ApplicationFixtures.teacher(year(), ApplicationFixtures.idNumber("19880315", SEQUENCE.getAndAdd(2)));
	}

	ResponseEntity<Map<String, Object>> post(String login, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.withBasicAuth(login, "demo")
			.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), OBJECT);
	}

	long storedApplications() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM zc_application", Long.class);
	}

	long runningApplications() {
		return this.runtimeService.createProcessInstanceQuery().processDefinitionKey(ApplicationProcess.KEY).count();
	}

	@Test
	void aUnitSubmitsReadsAndWithdrawsAnApplication() {
		ResponseEntity<Map<String, Object>> created = post("ey1z", "/api/applications", teacher());
		assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
		Map<String, Object> body = created.getBody();
		assertThat(body).containsEntry("status", "SUBMITTED").containsEntry("statusLabel", "已提交");
		assertThat((String) body.get("idNumber")).matches("5329\\*{10}\\d{3}[\\dX]");
		assertThat(body.get("processInstanceId")).isNotNull();
		String id = (String) body.get("id");

		assertThat(this.rest.withBasicAuth("ey1z", "demo").getForEntity("/api/applications/" + id, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.rest.withBasicAuth("eyjtj", "demo").getForEntity("/api/applications/" + id, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		// another unit does not even learn that it exists
		assertThat(this.rest.withBasicAuth("ey2z", "demo").getForEntity("/api/applications/" + id, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(post("ey2z", "/api/applications/" + id + "/withdraw", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);

		ResponseEntity<Map<String, Object>> withdrawn = post("ey1z", "/api/applications/" + id + "/withdraw", Map.of());
		assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(withdrawn.getBody()).containsEntry("status", "WITHDRAWN");
		ResponseEntity<Map<String, Object>> again = post("ey1z", "/api/applications/" + id + "/withdraw", Map.of());
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) again.getBody().get("message")).contains("不能撤回");
	}

	/** The variables Tasklist sends for a Camunda Form: scalars as they are, dynamic lists as Json. */
	static Map<String, Object> startFormVariables(Map<String, Object> form) throws Exception {
		com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
		Map<String, Object> variables = new java.util.LinkedHashMap<>();
		for (Map.Entry<String, Object> field : form.entrySet()) {
			if (field.getValue() instanceof List<?> list) {
				variables.put(field.getKey(), Map.of("value", json.writeValueAsString(list), "type", "Json"));
			}
			else {
				variables.put(field.getKey(), Map.of("value", field.getValue()));
			}
		}
		return Map.of("variables", variables);
	}

	@Test
	void aTasklistStartFormIsStoredAndOnlyTheIdStaysInTheProcess() throws Exception {
		Map<String, Object> form = teacher();
		form.remove("unitCreditCode"); // Tasklist users submit for their own unit
		ResponseEntity<Map<String, Object>> started = post("ey1z",
				"/engine-rest/process-definition/key/application/submit-form", startFormVariables(form));
		assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
		String instance = (String) started.getBody().get("id");
		Map<String, Object> variables = this.runtimeService.getVariables(instance);
		assertThat(variables).containsKeys("applicationId", "applicantName", "unitGroupId")
			.doesNotContainKeys("idNumber", "workSummary", "annualAssessments", "workHistory");
		String id = (String) variables.get("applicationId");
		Map<String, Object> stored = this.jdbc.queryForMap(
				"SELECT name, id_number, status, annual_assessments, process_instance_id FROM zc_application WHERE id = ?", id);
		assertThat(stored.values()).contains("杨丽芬", form.get("idNumber"), "SUBMITTED", instance);
		assertThat(stored.toString()).contains("EXCELLENT");
		// Cockpit shows what the instance is (issue 8): year, committee, masked name, short id
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult()
			.getBusinessKey()).isEqualTo(form.get("reviewYear") + "-" + form.get("committeeCode") + "-杨**-" + id.substring(0, 8));

		Map<String, Object> bad = teacher();
		bad.remove("unitCreditCode");
		bad.put("idNumber", "532930198803155011");
		long before = storedApplications();
		long running = runningApplications();
		ResponseEntity<Map<String, Object>> refused = post("ey1z",
				"/engine-rest/process-definition/key/application/submit-form", startFormVariables(bad));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) refused.getBody().get("message")).contains("身份证号码校验码错误").contains("GB 11643-1999");
		assertThat(storedApplications()).isEqualTo(before);
		assertThat(runningApplications()).isEqualTo(running);
	}

	@Test
	void precheckAnswersPerRuleAndStoresNothing() {
		long stored = storedApplications();
		long running = runningApplications();
		ResponseEntity<Map<String, Object>> ok = post("ey1z", "/api/qualification/precheck", teacher());
		assertThat(ok.getStatusCode()).as("%s", ok.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(ok.getBody()).containsEntry("eligible", true).containsEntry("policyPack", "YUNNAN-GENERAL");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> results = (List<Map<String, Object>>) ok.getBody().get("results");
		assertThat(results).isNotEmpty().allSatisfy(r -> assertThat(r).containsKeys("rule", "outcome", "message"));

		Map<String, Object> punished = teacher();
		punished.put("punishmentKind", "DEMERIT");
		punished.put("punishmentUntil", (year() + 1) + "-03-31");
		ResponseEntity<Map<String, Object>> fail = post("ey1z", "/api/qualification/precheck", punished);
		assertThat(fail.getBody()).containsEntry("eligible", false);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> failed = (List<Map<String, Object>>) fail.getBody().get("results");
		assertThat(failed).anySatisfy(r -> {
			assertThat(r).containsEntry("rule", "A7").containsEntry("outcome", "FAIL");
			assertThat((String) r.get("message")).contains("记过");
		});
		assertThat(storedApplications()).isEqualTo(stored);
		assertThat(runningApplications()).isEqualTo(running);
	}

	static Stream<Arguments> badInput() {
		return Stream.of(
				bad("身份证校验码错误", f -> f.put("idNumber", "532930198803155011"), "idNumber", "GB 11643-1999"),
				bad("身份证出生日期不存在", f -> f.put("idNumber", fixCheck("53293019880230501")), "idNumber", "GB 11643-1999"),
				bad("身份证17位", f -> f.put("idNumber", "53293019880315501"), "idNumber", "GB 11643-1999"),
				bad("毕业日期不存在", f -> f.put("graduationDate", "2010-02-30"), "graduationDate", "A21"),
				bad("参加工作早于出生", f -> f.put("workStartDate", "1970-01-01"), "workStartDate", "A21"),
				bad("参加工作在未来", f -> f.put("workStartDate", (year() + 3) + "-01-01"), "workStartDate", "A21"),
				bad("工作总结2001字", f -> f.put("workSummary", "字".repeat(2001)), "workSummary", "A21"),
				bad("缺少姓名", f -> f.remove("name"), "name", "A21"),
				bad("缺少申报级别", f -> f.remove("targetLevel"), "targetLevel", "A21"),
				bad("缺少身份证号", f -> f.put("idNumber", ""), "idNumber", "A21"),
				bad("缺少工作总结", f -> f.remove("workSummary"), "workSummary", "A21"),
				bad("未知行政区划", f -> f.put("regionCode", "539999"), "regionCode", "GB/T 2260"),
				bad("姓名含脚本", f -> f.put("name", "<script>alert(1)</script>"), "name", "输入安全"),
				bad("工作总结含脚本", f -> f.put("workSummary", "总结<img src=x onerror=alert(1)>"), "workSummary", "输入安全"),
				bad("未知申报级别", f -> f.put("targetLevel", "PROFESSOR"), "targetLevel", "A21"),
				bad("未知评委会", f -> f.put("committeeCode", "NOSUCH"), "committeeCode", "N3"),
				bad("评委会与系列不符", f -> f.put("targetSeries", "卫生技术"), "committeeCode", "N3"),
				bad("统一社会信用代码错误", f -> f.put("unitCreditCode", "125329304310123377"), "unitCreditCode", "GB 32100-2015"),
				bad("他单位", f -> f.put("unitCreditCode", "12532930431013700B"), "unitCreditCode", "A15"),
				bad("考核年度重复", f -> f.put("annualAssessments",
						List.of(Map.of("year", year() - 1, "result", "COMPETENT"), Map.of("year", year() - 1, "result", "EXCELLENT"))),
						"annualAssessments[1].year", "A21"),
				bad("考核等次无效", f -> f.put("annualAssessments", List.of(Map.of("year", year() - 1, "result", "GOOD"))),
						"annualAssessments[0].result", "A21"),
				bad("经历结束早于开始", f -> f.put("workHistory",
						List.of(Map.of("from", "2015-01-01", "to", "2014-01-01", "organisation", "某校"))), "workHistory[0].to", "A21"),
				bad("评审年度过远", f -> f.put("reviewYear", 1999), "reviewYear", "N1"),
				bad("负的年限", f -> f.put("yearsAtBaseLevel", -1), "yearsAtBaseLevel", "A9"));
	}

	private static Arguments bad(String name, Consumer<Map<String, Object>> change, String field, String rule) {
		return Arguments.of(Named.of(name, change), field, rule);
	}

	private static String fixCheck(String first17) {
		return first17 + cn.zhicheng.common.IdNumber.checkCharacter(first17);
	}

	@ParameterizedTest
	@MethodSource("badInput")
	void badInputIsRefusedNamingFieldAndRuleAndNothingIsStored(Consumer<Map<String, Object>> change, String field,
			String rule) {
		for (String path : List.of("/api/applications", "/api/qualification/precheck")) {
			Map<String, Object> form = teacher();
			change.accept(form);
			long stored = storedApplications();
			long running = runningApplications();
			ResponseEntity<Map<String, Object>> response = post("ey1z", path, form);
			assertThat(response.getStatusCode()).as("%s %s", path, response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(response.getBody()).containsEntry("field", field).containsEntry("rule", rule);
			String message = (String) response.getBody().get("message");
			assertThat(message).as(message).containsPattern("\\p{IsHan}");
			assertThat(storedApplications()).isEqualTo(stored);
			assertThat(runningApplications()).isEqualTo(running);
		}
	}

	@Test
	void aYearWithoutPublishedNoticeIsRefusedAndNothingIsStored() {
		Map<String, Object> form = ApplicationFixtures.teacher(year() - 1,
				ApplicationFixtures.idNumber("19880315", SEQUENCE.getAndAdd(2)));
		long stored = storedApplications();
		long running = runningApplications();
		for (String path : List.of("/api/applications", "/api/qualification/precheck")) {
			ResponseEntity<Map<String, Object>> response = post("ey1z", path, form);
			assertThat(response.getStatusCode()).as("%s %s", path, response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(response.getBody()).containsEntry("field", "committeeCode").containsEntry("rule", "N2");
			assertThat((String) response.getBody().get("message")).contains((year() - 1) + "年度的评审通知尚未发布");
		}
		assertThat(storedApplications()).isEqualTo(stored);
		assertThat(runningApplications()).isEqualTo(running);
	}

	@Test
	void malformedJsonAndWrongContentTypeAre4xx() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<Map<String, Object>> malformed = this.rest.withBasicAuth("ey1z", "demo")
			.exchange("/api/applications", HttpMethod.POST, new HttpEntity<>("{\"name\": ", headers), OBJECT);
		assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		Map<String, Object> wrongType = teacher();
		wrongType.put("reviewYear", "明年");
		assertThat(post("ey1z", "/api/applications", wrongType).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

		HttpHeaders text = new HttpHeaders();
		text.setContentType(MediaType.TEXT_PLAIN);
		assertThat(this.rest.withBasicAuth("ey1z", "demo")
			.exchange("/api/applications", HttpMethod.POST, new HttpEntity<>("name=x", text), OBJECT)
			.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertThat(this.rest.postForEntity("/api/applications", teacher(), String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

}
