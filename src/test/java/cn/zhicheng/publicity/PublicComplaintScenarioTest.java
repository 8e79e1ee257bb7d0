package cn.zhicheng.publicity;

import static cn.zhicheng.cycle.CycleDriver.ERYUAN_OFFICE;
import static cn.zhicheng.cycle.CycleDriver.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.zhicheng.application.Application;
import cn.zhicheng.cycle.CycleDriver;
import cn.zhicheng.cycle.ReviewCycle;
import cn.zhicheng.organisation.Committee;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public pages and the complaint path through HTTP without login (Q2, R2): a pre-meeting publicity of
 * two applicants runs (engine clock 2024-07-02; the publicity process started on its own, as any caller
 * does), anyone may read it masked and complain; bad or abusive input is refused with a Chinese message
 * and leaves the process as it was. Runs on H2
 * ({@link PublicComplaintH2Test}) and on MySQL ({@link PublicComplaintMysqlTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class PublicComplaintScenarioTest {

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	PublicityService publicities;

	CycleDriver driver;

	Committee committee;

	ReviewCycle cycle;

	String publicityId;

	ProcessInstance publicity;

	Application first;

	/** What the tests of one Spring context share: a published 2024 notice and two qualified teachers. */
	record Shared(Committee committee, ReviewCycle cycle, List<Application> applications) {
	}

	private static final Map<ApplicationContext, Shared> SHARED = new ConcurrentHashMap<>();

	Shared shared() {
		return SHARED.computeIfAbsent(this.context, c -> {
			Committee fresh = this.driver.freshCommittee();
			setClock("2024-04-01T09:00:00");
			ReviewCycle started = this.driver.start(fresh.code(), 2024);
			this.driver.draftNotice(started, CycleDriver.notice("2024-09-20", "2024-06-28"));
			this.driver.approveNotice(started);
			setClock("2024-04-08T09:00:00");
			List<Application> qualified = List.of(this.driver.qualified(fresh.code(), 2024),
					this.driver.qualified(fresh.code(), 2024));
			return new Shared(fresh, this.driver.reload(started), qualified);
		});
	}

	/**
	 * A pre-meeting publicity of the two teachers, started on Monday 2024-07-01 the way a caller starts the
	 * reusable publicity process (prepare, then the process with publicityId and ownerGroupId); the clock
	 * then stands on 2024-07-02 10:00.
	 */
	@BeforeEach
	void runningPublicity() {
		this.driver = new CycleDriver(this.context);
		Shared shared = shared();
		this.committee = shared.committee();
		this.cycle = shared.cycle();
		this.first = shared.applications().get(0);
		setClock("2024-07-01T10:00:00");
		Publicity prepared = this.publicities.prepare(PublicitySubject.PRE_MEETING,
				this.committee.name() + "2024年度评审会前公示", this.cycle.id(), this.committee.code(), 2024, ERYUAN_OFFICE,
				shared.applications().stream().map(Application::id).toList(), 5, "eyzgb");
		this.publicityId = prepared.id();
		this.publicity = this.runtimeService.startProcessInstanceByKey(PublicityProcess.KEY,
				Map.of("publicityId", this.publicityId, "ownerGroupId", ERYUAN_OFFICE));
		setClock("2024-07-02T10:00:00");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	static Map<String, Object> complaint() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("entryNumber", 1);
		body.put("complainantName", "王明");
		body.put("complainantPhone", "13908721234");
		body.put("content", "该申报人的县级优秀教师证书系伪造，请核实。");
		return body;
	}

	ResponseEntity<Map<String, Object>> postComplaint(String publicity, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.exchange("/public/api/publicity/" + publicity + "/complaints", HttpMethod.POST,
				new HttpEntity<>(body, headers), OBJECT);
	}

	long complaints() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM zc_complaint WHERE publicity_id = ?", Long.class,
				this.publicityId);
	}

	long investigations() {
		return this.taskService.createTaskQuery().processInstanceId(this.publicity.getId())
			.taskDefinitionKey(PublicityProcess.TASK_INVESTIGATE_COMPLAINT).count();
	}

	@Test
	void theNoticeAndTheListArePublicWithNamesAndIdNumbersMasked() {
		ResponseEntity<String> page = this.rest.getForEntity("/public/index.html", String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("职称评审公开信息");
		assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'");
		assertThat(this.rest.getForEntity("/public/publicity.html", String.class).getBody()).contains("实名投诉")
			.contains("投诉内容（必填，不超过2000字）");
		// /public leads to the index
		assertThat(this.rest.getForEntity("/public", String.class).getBody()).contains("职称评审公开信息");

		ResponseEntity<List<Map<String, Object>>> notices = this.rest.exchange("/public/api/notices", HttpMethod.GET,
				null, LIST);
		assertThat(notices.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, Object> notice = notices.getBody().stream().filter(n -> this.cycle.id().equals(n.get("id")))
			.findFirst()
			.orElseThrow();
		assertThat(notice).containsEntry("committeeName", this.committee.name())
			.containsEntry("reviewDate", "2024-09-20")
			.containsEntry("windowClosesOn", "2024-06-28")
			.containsEntry("publishedOn", "2024-04-01")
			.containsEntry("contactPhone", "0872-5121234")
			.containsEntry("acceptingApplications", false);

		ResponseEntity<Map<String, Object>> list = this.rest.exchange("/public/api/publicity/" + this.publicityId,
				HttpMethod.GET, null, OBJECT);
		assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(list.getBody()).containsEntry("subject", "PRE_MEETING")
			.containsEntry("acceptingComplaints", true)
			.containsEntry("startsAt", "2024-07-01 10:00")
			.containsEntry("endsAt", "2024-07-08 23:59");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> entries = (List<Map<String, Object>>) list.getBody().get("entries");
		assertThat(entries).hasSize(2).allSatisfy(e -> {
			assertThat(e).containsEntry("name", "杨**")
				.containsEntry("unitName", "洱源县第一中学")
				.containsEntry("series", "中小学教师")
				.containsEntry("level", "中级");
			assertThat((String) e.get("idNumber")).matches("5329\\*{10}\\d{3}[\\dX]");
		});
		assertThat(list.getBody().toString()).doesNotContain("杨丽芬").doesNotContain(this.first.idNumber())
			.doesNotContain(this.first.id());

		// the application's own API still needs a login
		assertThat(this.rest.getForEntity("/api/cycles/" + this.cycle.id(), String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aComplaintWithoutLoginEntersTheRunningPublicity() {
		ResponseEntity<Map<String, Object>> created = postComplaint(this.publicityId, complaint());
		assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat((String) created.getBody().get("message")).startsWith("投诉已受理，受理编号 ");
		assertThat(complaints()).isEqualTo(1);
		assertThat(investigations()).isEqualTo(1);
		String task = this.taskService.createTaskQuery().processInstanceId(this.publicity.getId())
			.taskDefinitionKey(PublicityProcess.TASK_INVESTIGATE_COMPLAINT).singleResult().getId();
		assertThat(this.taskService.getIdentityLinksForTask(task)).anySatisfy(link -> {
			assertThat(link.getGroupId()).isEqualTo(ERYUAN_OFFICE);
			assertThat(link.getType()).isEqualTo("candidate");
		});
		assertThat((String) this.taskService.getVariable(task, "complaintTarget")).startsWith("第1号 杨**");
		// only a hash of the address is kept
		Map<String, Object> row = this.jdbc.queryForMap(
				"SELECT client_key, status, application_id FROM zc_complaint WHERE publicity_id = ?", this.publicityId);
		assertThat(row.values()).contains("RECEIVED", this.first.id());
		assertThat(row.toString()).doesNotContain("127.0.0.1");
		assertThat(String.valueOf(row.values().iterator().next())).matches("[0-9a-f]{64}");
	}

	static Stream<Arguments> badComplaints() {
		return Stream.of(bad("缺少姓名", c -> c.remove("complainantName"), "complainantName", "不能为空"),
				bad("姓名为空白", c -> c.put("complainantName", "   "), "complainantName", "不能为空"),
				bad("缺少电话", c -> c.remove("complainantPhone"), "complainantPhone", "不能为空"),
				bad("电话含字母", c -> c.put("complainantPhone", "call me"), "complainantPhone", "只能包含数字"),
				bad("缺少内容", c -> c.remove("content"), "content", "不能为空"),
				bad("内容2001字", c -> c.put("content", "查".repeat(2001)), "content", "不能超过2000个字符"),
				bad("内容含脚本", c -> c.put("content", "<script>alert(1)</script>"), "content", "网页标记"),
				bad("姓名含HTML", c -> c.put("complainantName", "<b>王</b>"), "complainantName", "网页标记"),
				bad("内容含控制字符", c -> c.put("content", "投诉\u0000内容"), "content", "控制字符"),
				bad("序号不存在", c -> c.put("entryNumber", 99), "entryNumber", "没有序号为99"));
	}

	private static Arguments bad(String name, Consumer<Map<String, Object>> change, String field, String message) {
		return Arguments.of(Named.of(name, change), field, message);
	}

	@ParameterizedTest
	@MethodSource("badComplaints")
	void badInputIsRefusedInChineseAndTheProcessIsUntouched(Consumer<Map<String, Object>> change, String field,
			String message) {
		Map<String, Object> body = complaint();
		change.accept(body);
		ResponseEntity<Map<String, Object>> response = postComplaint(this.publicityId, body);
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).containsEntry("field", field);
		assertThat((String) response.getBody().get("message")).contains(message).containsPattern("\\p{IsHan}");
		assertThat(complaints()).isZero();
		assertThat(investigations()).isZero();
		assertThat(this.runtimeService.getVariable(this.publicity.getId(), "openComplaints")).isEqualTo(0);
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceId(this.publicity.getId())
			.singleResult()).isNotNull();
	}

	@Test
	void malformedOversizedOrMissingBodiesAreRefused() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		String url = "/public/api/publicity/" + this.publicityId + "/complaints";
		ResponseEntity<Map<String, Object>> malformed = this.rest.exchange(url, HttpMethod.POST,
				new HttpEntity<>("{\"content\": ", headers), OBJECT);
		assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<Map<String, Object>> empty = this.rest.exchange(url, HttpMethod.POST,
				new HttpEntity<>("", headers), OBJECT);
		assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		// too large: with a declared length (refused before reading) and streamed (reading stops at 16 KB)
		Map<String, Object> huge = complaint();
		huge.put("content", "查".repeat(9000));
		String hugeJson = "{\"complainantName\":\"王明\",\"complainantPhone\":\"13908721234\",\"content\":\""
				+ "查".repeat(9000) + "\"}";
		for (ResponseEntity<Map<String, Object>> tooLarge : List.of(postComplaint(this.publicityId, huge),
				this.rest.exchange(url, HttpMethod.POST, new HttpEntity<>(hugeJson.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers), OBJECT))) {
			assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat((String) tooLarge.getBody().get("message")).contains("提交内容过大");
		}
		assertThat(complaints()).isZero();
		assertThat(investigations()).isZero();
	}

	@Test
	void anUnknownPublicityIsNotFound() {
		ResponseEntity<Map<String, Object>> response = postComplaint("no-such-publicity", complaint());
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat((String) response.getBody().get("message")).contains("公示不存在");
		assertThat(this.rest.exchange("/public/api/publicity/no-such-publicity", HttpMethod.GET, null, OBJECT)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.rest.exchange("/public/api/notices/no-such-notice", HttpMethod.GET, null, OBJECT)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void afterThePeriodNoComplaintIsAccepted() {
		assertThat(postComplaint(this.publicityId, complaint()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		setClock("2024-07-09T00:00:05");
		this.driver.executeJob(this.publicity.getId(), PublicityProcess.TIMER_PUBLICITY_ENDS);
		// one complaint still open: the publicity waits for it, but takes no new ones
		ResponseEntity<Map<String, Object>> late = postComplaint(this.publicityId, complaint());
		assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) late.getBody().get("message")).contains("已于2024-07-08 23:59结束，不再受理投诉");
		assertThat(complaints()).isEqualTo(1);
		assertThat(this.runtimeService.getVariable(this.publicity.getId(), "openComplaints")).isEqualTo(1);

		ResponseEntity<Map<String, Object>> shown = this.rest.exchange("/public/api/publicity/" + this.publicityId,
				HttpMethod.GET, null, OBJECT);
		assertThat(shown.getBody()).containsEntry("acceptingComplaints", false).containsEntry("status", "PERIOD_OVER");
	}

	@Test
	void complaintsPerAddressAndHourAreBounded() {
		for (int i = 1; i <= 3; i++) {
			Map<String, Object> body = complaint();
			body.put("content", "第" + i + "件：该申报人的业绩材料存疑。");
			assertThat(postComplaint(this.publicityId, body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		}
		ResponseEntity<Map<String, Object>> fourth = postComplaint(this.publicityId, complaint());
		assertThat(fourth.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat((String) fourth.getBody().get("message")).contains("每小时对同一公示最多提交3件投诉");
		assertThat(complaints()).isEqualTo(3);
		assertThat(investigations()).isEqualTo(3);
		// counted in the database by time: an hour later the address may complain again
		setClock("2024-07-02T11:00:01");
		assertThat(postComplaint(this.publicityId, complaint()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(this.runtimeService.getVariable(this.publicity.getId(), "openComplaints")).isEqualTo(4);
	}

}
