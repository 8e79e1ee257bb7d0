package cn.zhicheng.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationFixtures;
import cn.zhicheng.application.ApplicationService;
import cn.zhicheng.cycle.CycleDriver;
import cn.zhicheng.cycle.ReviewCycle;
import cn.zhicheng.cycle.ReviewCycleService;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.publicity.Publicity;
import cn.zhicheng.publicity.PublicityProcess;
import cn.zhicheng.publicity.PublicityService;
import cn.zhicheng.publicity.PublicitySubject;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the security tests share (one Spring context, demo profile, real HTTP on a random port): a plain
 * {@link HttpClient} so that any method, content type and raw body can be sent, and a fixture built once
 * per context — applications of two schools at different steps, an attachment, a running pre-meeting
 * publicity (for the public complaint form) and a review cycle waiting for its notice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class SecurityTestSupport {

	static final ObjectMapper JSON = new ObjectMapper();

	static final String ERYUAN_NO1_SCHOOL = "125329304310123376";

	static final String ERYUAN_NO2_SCHOOL = "12532930431013700B";

	static final String ERYUAN_OFFICE = "115329304310054872";

	private static final AtomicInteger PEOPLE = new AtomicInteger(101);

	private static final Map<ApplicationContext, Fixture> FIXTURES = new ConcurrentHashMap<>();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationService applications;

	@Autowired
	ReviewCycleService cycles;

	@Autowired
	PublicityService publicities;

	CycleDriver driver;

	Fixture fixture;

	/**
	 * The objects the tests refer to: {@code a1} of 洱源县第一中学 waiting at its unit ballot, {@code a2} of
	 * 洱源县第二中学 waiting at its unit ballot, {@code a3} of the first school waiting at the competent
	 * department, {@code a4} at the unit's recommendation; {@code attachment} a PDF of a1; {@code publicity}
	 * a running pre-meeting publicity of 2024; {@code cycle} a review cycle waiting for its notice draft.
	 */
	record Fixture(int openYear, Application a1, Application a2, Application a3, Application a4, String a1Task,
			String a2Task, String a3Task, String a4Task, String attachment, String publicity, String cycleTask,
			String cycleId, Committee committee, String approvalTask, String complaintTask, String planTask) {

		Map<String, String> placeholders() {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("year", String.valueOf(openYear()));
			values.put("a1", a1().id());
			values.put("a1pi", a1().processInstanceId());
			values.put("a1task", a1Task());
			values.put("a2", a2().id());
			values.put("a2pi", a2().processInstanceId());
			values.put("a2task", a2Task());
			values.put("a3", a3().id());
			values.put("a3pi", a3().processInstanceId());
			values.put("a3task", a3Task());
			values.put("a4", a4().id());
			values.put("a4pi", a4().processInstanceId());
			values.put("a4task", a4Task());
			values.put("attachment", attachment());
			values.put("publicity", publicity());
			values.put("cycleTask", cycleTask());
			values.put("cycle", cycleId());
			values.put("committee", committee().code());
			values.put("approvalTask", approvalTask());
			values.put("complaintTask", complaintTask());
			values.put("planTask", planTask());
			return values;
		}

		String resolve(String text) {
			String result = text;
			for (Map.Entry<String, String> value : placeholders().entrySet()) {
				result = result.replace("{" + value.getKey() + "}", value.getValue());
			}
			return result;
		}

	}

	@BeforeEach
	void fixture() {
		this.driver = new CycleDriver(this.context);
		this.fixture = FIXTURES.computeIfAbsent(this.context, c -> build());
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
		this.engine.getIdentityService().clearAuthentication();
	}

	private Fixture build() {
		try {
			int year = this.cycles.openFor("EYTEACHERINT", ReviewCycleService.today()).orElseThrow().reviewYear();
			Application a1 = submit("ey1z", ERYUAN_NO1_SCHOOL, year);
			Application a2 = submit("ey2z", ERYUAN_NO2_SCHOOL, year);
			Application a3 = submit("ey1z", ERYUAN_NO1_SCHOOL, year);
			this.driver.complete("ey1z", single(a3), ballot());
			this.engine.getManagementService().executeJob(this.engine.getManagementService().createJobQuery()
				.processInstanceId(a3.processInstanceId()).singleResult().getId());
			Application a4 = submit("ey1z", ERYUAN_NO1_SCHOOL, year);
			this.driver.complete("ey1z", single(a4), ballot());
			this.engine.getManagementService().executeJob(this.engine.getManagementService().createJobQuery()
				.processInstanceId(a4.processInstanceId()).singleResult().getId());
			this.driver.complete("ey1z", single(a3),
					Map.of("unitRecommends", true, "unitOpinion", "经测评和公示，同意推荐。"));
			String attachment = upload(a1.id());

			// a running pre-meeting publicity of 2024 (the complaint form), as PublicComplaintScenarioTest builds it
			Committee committee = this.driver.freshCommittee();
			CycleDriver.setClock("2024-04-01T09:00:00");
			ReviewCycle started = this.driver.start(committee.code(), 2024);
			this.driver.draftNotice(started, CycleDriver.notice("2024-09-20", "2024-06-28"));
			this.driver.approveNotice(started);
			CycleDriver.setClock("2024-04-08T09:00:00");
			List<Application> qualified = List.of(this.driver.qualified(committee.code(), 2024),
					this.driver.qualified(committee.code(), 2024));
			CycleDriver.setClock("2024-07-01T10:00:00");
			Publicity prepared = this.publicities.prepare(PublicitySubject.PRE_MEETING,
					committee.name() + "2024年度评审会前公示", started.id(), committee.code(), 2024, ERYUAN_OFFICE,
					qualified.stream().map(Application::id).toList(), 5, "eyzgb");
			this.engine.getRuntimeService().startProcessInstanceByKey(PublicityProcess.KEY,
					Map.of("publicityId", prepared.id(), "ownerGroupId", ERYUAN_OFFICE));
			// a complaint under investigation (Task_InvestigateComplaint of the office)
			CycleDriver.setClock("2024-07-02T10:00:00");
			Reply complaint = sendJson(null, "POST", "/public/api/publicity/" + prepared.id() + "/complaints",
					Map.of("entryNumber", 1, "complainantName", "王明", "complainantPhone", "13908721234", "content",
							"该申报人的县级优秀教师证书系伪造，请核实。"));
			if (complaint.status() != 201) {
				throw new IllegalStateException("投诉失败：" + complaint);
			}
			String complaintTask = this.engine.getTaskService().createTaskQuery()
				.taskDefinitionKey("Task_InvestigateComplaint").processVariableValueEquals("publicityId", prepared.id())
				.list().get(0).getId();
			ClockUtil.reset();

			// a review cycle waiting for the HR bureau's approval of its notice
			ReviewCycle drafted = this.driver.start(this.driver.freshCommittee().code(), year);
			this.driver.draftNotice(drafted, CycleDriver.notice(year + "-09-20", year + "-06-28"));
			String approvalTask = this.driver.task(drafted, "Task_ApproveNotice").getId();

			// an annual plan waiting for its approval (2025: a year with a full holiday schedule)
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("kind", "报送工作总结");
			row.put("name", "报送2025年度职称评审工作总结");
			row.put("organiser", "洱源县职称改革工作领导小组办公室");
			row.put("responsibleCreditCode", ERYUAN_OFFICE);
			row.put("region", "洱源县");
			row.put("deadline", "2025-12-26");
			Reply plan = sendJson("eyrsj", "POST", "/api/plans",
					Map.of("planYear", 2025, "ownerCreditCode", "11532930431004118M", "rows", List.of(row)));
			if (plan.status() != 201) {
				throw new IllegalStateException("年度计划提交失败：" + plan);
			}
			String planTask = this.engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ApprovePlan")
				.processVariableValueEquals("planId", JSON.readValue(plan.body(), Map.class).get("id"))
				.singleResult()
				.getId();

			// a review cycle of another fresh committee, waiting for the office's notice draft
			Committee other = this.driver.freshCommittee();
			ReviewCycle waiting = this.driver.start(other.code(), year);
			Task draft = this.driver.task(waiting, "Task_DraftNotice");

			return new Fixture(year, a1, a2, a3, a4, single(a1).getId(), single(a2).getId(), single(a3).getId(),
					single(a4).getId(), attachment, prepared.id(), draft.getId(), waiting.id(), committee, approvalTask,
					complaintTask, planTask);
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			ClockUtil.reset();
		}
	}

	static Map<String, Object> ballot() {
		return Map.of("ballotMethod", "述职并无记名投票", "ballotVoterScope", "全体在编在岗职工", "ballotAttendees", 30,
				"ballotYes", 25);
	}

	Task single(Application application) {
		return this.engine.getTaskService().createTaskQuery().processInstanceId(application.processInstanceId())
			.singleResult();
	}

	static String nextIdNumber() {
		return ApplicationFixtures.idNumber("19790611", PEOPLE.getAndAdd(2));
	}

	Application submit(String login, String unit, int year) {
		Map<String, Object> data = ApplicationFixtures.teacher(year, nextIdNumber());
		data.put("unitCreditCode", unit);
		return this.driver.as(login, () -> this.applications.submit(ApplicationFixtures.form(data), login));
	}

	private String upload(String applicationId) throws IOException, InterruptedException {
		String boundary = "----zhicheng" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nDIPLOMA\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(("--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"diploma.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(pdf());
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		Reply reply = send("ey1z", "POST", "/api/applications/" + applicationId + "/attachments",
				"multipart/form-data; boundary=" + boundary, body.toByteArray());
		if (reply.status() != 201) {
			throw new IllegalStateException("上传失败：" + reply);
		}
		return (String) JSON.readValue(reply.body(), Map.class).get("id");
	}

	static byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	// HTTP

	record Reply(int status, String body, String contentType) {

		@Override
		public String toString() {
			return this.status + " " + (this.body.length() > 600 ? this.body.substring(0, 600) + "…" : this.body);
		}

	}

	/** Sends a request as {@code login} (password demo; null: anonymous). */
	Reply send(String login, String method, String path, String contentType, byte[] body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(60))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (login != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		request.header("Accept", "application/json, */*");
		HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		return new Reply(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
				response.headers().firstValue("Content-Type").orElse(""));
	}

	Reply send(String login, String method, String path) throws IOException, InterruptedException {
		return send(login, method, path, null, null);
	}

	Reply sendJson(String login, String method, String path, Object body) throws IOException, InterruptedException {
		return send(login, method, path, "application/json", JSON.writeValueAsBytes(body));
	}

}
