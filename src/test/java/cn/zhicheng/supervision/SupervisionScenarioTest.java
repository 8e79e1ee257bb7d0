package cn.zhicheng.supervision;

import static cn.zhicheng.cycle.CycleDriver.DALI_FILING_AUTHORITY;
import static cn.zhicheng.cycle.CycleDriver.ERYUAN_HR_BUREAU;
import static cn.zhicheng.cycle.CycleDriver.ERYUAN_OFFICE;
import static cn.zhicheng.cycle.CycleDriver.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.actuate.health.NamedContributor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The figures of {@code /api/supervision/bottlenecks} on a seeded set of instances whose waiting times are
 * known: a two-stage process (审核材料 with a due date of 2 working days, then 审批材料) is started at fixed
 * moments of the engine clock around the 2024 National Day holiday (1–7 October, with 12 October a make-up
 * working day), and the report is read on Monday 2024-10-14 10:00. Runs on H2 ({@link SupervisionH2Test})
 * and on MySQL ({@link SupervisionMysqlTest}).
 * <p>
 * Seeded at 审核材料 (committee EYTEACHERINT, 2024, watched by eyjjz's 洱源县纪委监委派驻第三纪检监察组):
 * waits of 1, 2, 3, 4 and 10 days; #4 (due 12 Oct) and #5 (due 9 Oct) are past their due dates. #6 and
 * #7 moved on to 审批材料 after 2 days and 1 hour and wait there 5 days and 1 hour. Outside the supervisor's
 * view: #8 of the Diqing committee (another supervision department) and #9 of review year 2023. #10 was
 * withdrawn after 2 days: a cancelled wait, not a completed one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class SupervisionScenarioTest {

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	static final String SCHOOL = "125329304310123376";

	static final long HOUR = 3_600_000L;

	static final long DAY = 24 * HOUR;

	static final String CHECK = "Task_CheckMaterials";

	static final String APPROVE = "Task_ApproveMaterials";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	SupervisionMetrics metrics;

	@Autowired
	MeterRegistry meterRegistry;

	@Autowired
	JobExecutionHealthIndicator jobHealth;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	HealthContributorRegistry healthContributors;

	String key;

	Deployment deployment;

	String definitionId;

	final List<ProcessInstance> seeded = new ArrayList<>();

	@BeforeEach
	void seed() {
		this.key = "supervisionProbe" + UUID.randomUUID().toString().substring(0, 8);
		BpmnModelInstance model = Bpmn.createExecutableProcess(this.key)
			.name("督办测试流程")
			.camundaHistoryTimeToLive(30)
			.startEvent("StartEvent_ProbeStarted").name("开始")
			.userTask(CHECK).name("审核材料")
				.camundaCandidateGroups("${checkGroup}")
				.camundaDueDate("${workingDays.endOfDayAfter(2)}")
			.userTask(APPROVE).name("审批材料").camundaCandidateGroups(ERYUAN_OFFICE)
			.endEvent("EndEvent_ProbeDone").name("结束")
			.done();
		this.deployment = this.repositoryService.createDeployment()
			.name("supervision-test")
			.addModelInstance(this.key + ".bpmn", model)
			.deploy();
		this.definitionId = this.repositoryService.createProcessDefinitionQuery()
			.deploymentId(this.deployment.getId()).singleResult().getId();

		start("2024-10-13T10:00:00", "张**-0001", 2024, "EYTEACHERINT", "GENERAL"); // #1 waits 1 day
		start("2024-10-12T10:00:00", "李**-0002", 2024, "EYTEACHERINT", "GENERAL"); // #2 2 days
		start("2024-10-11T10:00:00", "王**-0003", 2024, "EYTEACHERINT", "GENERAL"); // #3 3 days, due 14 Oct
		start("2024-10-10T10:00:00", "赵**-0004", 2024, "EYTEACHERINT", "GENERAL"); // #4 4 days, due 12 Oct
		start("2024-10-04T10:00:00", "杨**-0005", 2024, "EYTEACHERINT", "GENERAL"); // #5 10 days, due 9 Oct
		ProcessInstance sixth = start("2024-10-07T10:00:00", "段**-0006", 2024, "EYTEACHERINT", "GENERAL");
		complete(sixth, CHECK, "2024-10-09T10:00:00"); // done in 2 days, waits 5 days at 审批材料
		ProcessInstance seventh = start("2024-10-14T08:00:00", "何**-0007", 2024, "EYTEACHERINT", "GENERAL");
		complete(seventh, CHECK, "2024-10-14T09:00:00"); // done in 1 hour, waits 1 hour at 审批材料
		start("2024-10-14T09:00:00", "扎**-0008", 2024, "DQHEALTHSENIOR", "DIRECTED"); // #8 another supervision
		start("2024-10-14T09:30:00", "苏**-0009", 2023, "EYTEACHERINT", "GENERAL"); // #9 another year
		// #10 withdrawn after 2 days: its wait was cancelled, not completed (counts as entered only)
		ProcessInstance withdrawn = start("2024-10-08T10:00:00", "施**-0010", 2024, "EYTEACHERINT", "GENERAL");
		setClock("2024-10-10T10:00:00");
		this.runtimeService.deleteProcessInstance(withdrawn.getId(), "申报人撤回");

		// an inbox that was added and taken away again does not count; one that stays does
		Task first = task(this.seeded.get(0), CHECK);
		this.taskService.addCandidateGroup(first.getId(), DALI_FILING_AUTHORITY);
		this.taskService.deleteCandidateGroup(first.getId(), DALI_FILING_AUTHORITY);
		this.taskService.addCandidateGroup(task(this.seeded.get(1), CHECK).getId(), ERYUAN_HR_BUREAU);

		setClock("2024-10-14T10:00:00");
	}

	@AfterEach
	void cleanUp() {
		ClockUtil.reset();
		this.repositoryService.deleteDeployment(this.deployment.getId(), true);
	}

	private ProcessInstance start(String at, String applicant, int year, String committee, String track) {
		setClock(at);
		ProcessInstance instance = this.runtimeService.createProcessInstanceByKey(this.key)
			.businessKey(year + "-" + committee + "-" + applicant)
			.setVariable("reviewYear", year)
			.setVariable("committeeCode", committee)
			.setVariable("track", track)
			.setVariable("checkGroup", SCHOOL)
			.execute();
		this.seeded.add(instance);
		return instance;
	}

	private void complete(ProcessInstance instance, String taskKey, String at) {
		setClock(at);
		this.taskService.complete(task(instance, taskKey).getId());
	}

	private Task task(ProcessInstance instance, String taskKey) {
		return this.taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
			.singleResult();
	}

	private ResponseEntity<Map<String, Object>> get(String login, String query) {
		TestRestTemplate client = login == null ? this.rest : this.rest.withBasicAuth(login, "demo");
		return client.exchange("/api/supervision/" + query, HttpMethod.GET, null, OBJECT);
	}

	private Map<String, Object> report(String login, String query) {
		ResponseEntity<Map<String, Object>> response = get(login, "bottlenecks?processKey=" + this.key + query);
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	static Map<String, Object> find(Object items, String field, String value) {
		return list(items).stream().filter(item -> value.equals(item.get(field))).findFirst()
			.orElseThrow(() -> new AssertionError(field + "=" + value + " 不在 " + items));
	}

	static long number(Map<String, Object> map, String field) {
		return ((Number) map.get(field)).longValue();
	}

	@Test
	@SuppressWarnings("unchecked")
	void theSupervisorSeesOpenCountsPercentilesOverdueBacklogAndTrend() {
		Map<String, Object> report = report("eyjjz", "&year=2024");
		List<Map<String, Object>> processes = list(report.get("processes"));
		assertThat(processes).hasSize(1);
		Map<String, Object> process = processes.get(0);
		assertThat(process).containsEntry("key", this.key).containsEntry("name", "督办测试流程")
			.containsEntry("link", "#/process-definition/" + this.definitionId + "/runtime");
		// waits 1h, 1d, 2d, 3d, 4d, 5d, 10d
		assertThat(number(process, "open")).isEqualTo(7);
		assertThat(number(process, "runningInstances")).isEqualTo(7);
		assertThat(number(process, "medianWaitMs")).isEqualTo(3 * DAY);
		assertThat(number(process, "p90WaitMs")).isEqualTo(10 * DAY);
		assertThat(number(process, "overdue")).isEqualTo(2);

		Map<String, Object> check = find(process.get("activities"), "id", CHECK);
		assertThat(check).containsEntry("name", "审核材料").containsEntry("type", "userTask")
			.containsEntry("link", "#/process-definition/" + this.definitionId + "/runtime?searchQuery="
					+ "%5B%7B%22type%22%3A%22activityIdIn%22%2C%22operator%22%3A%22eq%22%2C%22value%22%3A%22" + CHECK
					+ "%22%7D%5D");
		assertThat(number(check, "open")).isEqualTo(5);
		assertThat(number(check, "medianWaitMs")).isEqualTo(3 * DAY); // 1, 2, 3, 4, 10 days
		assertThat(number(check, "p90WaitMs")).isEqualTo(10 * DAY); // nearest rank ⌈0.9·5⌉ = 5
		assertThat(number(check, "overdue")).isEqualTo(2);
		// #5 was due on 9 October: 10, 11, 12 (make-up working day) and 14 October have passed since
		assertThat(number(check, "maxOverdueWorkingDays")).isEqualTo(4);
		// done in 2 days and 1 hour; the withdrawn #10 (cancelled after 2 days) is not a completed stage
		assertThat(number(check, "medianDoneMs")).isEqualTo((2 * DAY + HOUR) / 2);
		Map<String, Object> oldest = list(check.get("oldest")).get(0);
		assertThat(oldest).containsEntry("businessKey", "2024-EYTEACHERINT-杨**-0005").containsEntry("overdue", true)
			.containsEntry("link", "#/process-instance/" + this.seeded.get(4).getId() + "/runtime?activityIds=" + CHECK);
		assertThat(number(oldest, "waitingMs")).isEqualTo(10 * DAY);
		// #3 is due at the end of 14 October (12 October was a working day): not yet overdue
		assertThat(list(check.get("oldest")).stream().filter(o -> Boolean.TRUE.equals(o.get("overdue"))).count())
			.isEqualTo(2);

		Map<String, Object> approve = find(process.get("activities"), "id", APPROVE);
		assertThat(number(approve, "open")).isEqualTo(2);
		assertThat(number(approve, "medianWaitMs")).isEqualTo((5 * DAY + HOUR) / 2);
		assertThat(number(approve, "p90WaitMs")).isEqualTo(5 * DAY);
		assertThat(number(approve, "overdue")).isZero();
		assertThat(approve.get("maxOverdueWorkingDays")).isNull();
		// the stage waiting longest (median) comes first
		assertThat(list(process.get("activities")).get(0)).containsEntry("id", CHECK);

		// backlog per department inbox
		Map<String, Object> school = find(report.get("backlog"), "groupId", SCHOOL);
		assertThat(school).containsEntry("name", "洱源县第一中学").containsEntry("kind", "用人单位");
		assertThat(number(school, "open")).isEqualTo(5);
		assertThat(number(school, "overdue")).isEqualTo(2);
		assertThat(number(school, "oldestWaitMs")).isEqualTo(10 * DAY);
		assertThat(list(school.get("items")).get(0)).containsEntry("activityName", "审核材料")
			.containsEntry("processName", "督办测试流程");
		Map<String, Object> office = find(report.get("backlog"), "groupId", ERYUAN_OFFICE);
		assertThat(office).containsEntry("name", "洱源县职称改革工作领导小组办公室");
		assertThat(number(office, "open")).isEqualTo(2);
		assertThat(number(office, "overdue")).isZero();
		assertThat(number(find(report.get("backlog"), "groupId", ERYUAN_HR_BUREAU), "open")).isEqualTo(1);
		assertThat(list(report.get("backlog"))).noneMatch(inbox -> DALI_FILING_AUTHORITY.equals(inbox.get("groupId")));
		assertThat(list(report.get("backlog")).get(0)).containsEntry("groupId", SCHOOL);

		// weekly trend: 8 weeks from Monday 26 August, the last one is the current week up to now
		assertThat((List<?>) report.get("weeks")).hasSize(8).first().isEqualTo("2024-08-26");
		List<Map<String, Object>> trend = list(process.get("trend"));
		assertThat(trend).hasSize(8);
		assertWeek(trend.get(7), "2024-10-14", 2, 1, HOUR, 7);
		assertWeek(trend.get(6), "2024-10-07", 7, 1, 2 * DAY, 6); // #10 entered and was cancelled
		assertWeek(trend.get(5), "2024-09-30", 1, 0, null, 1);
		for (int w = 0; w < 5; w++) {
			assertWeek(trend.get(w), null, 0, 0, null, 0);
		}
		assertThat((Map<String, Object>) report.get("totals")).containsEntry("open", 7).containsEntry("overdue", 2);
	}

	private static void assertWeek(Map<String, Object> week, String start, int entered, int completed, Long median,
			int openAtEnd) {
		if (start != null) {
			assertThat(week).containsEntry("weekStart", start);
		}
		assertThat(number(week, "entered")).as("entered %s", week).isEqualTo(entered);
		assertThat(number(week, "completed")).as("completed %s", week).isEqualTo(completed);
		if (median == null) {
			assertThat(week.get("medianDoneMs")).isNull();
		}
		else {
			assertThat(number(week, "medianDoneMs")).isEqualTo(median);
		}
		assertThat(number(week, "openAtEnd")).as("openAtEnd %s", week).isEqualTo(openAtEnd);
	}

	@Test
	@SuppressWarnings("unchecked")
	void filtersAndScopeSelectTheInstances() {
		// the administrator sees every committee and year
		Map<String, Object> all = report("demo", "");
		assertThat(number(find(list(all.get("processes")).get(0).get("activities"), "id", CHECK), "open")).isEqualTo(7);
		assertThat(number(find(list(report("demo", "&year=2024&committee=EYTEACHERINT").get("processes")).get(0)
			.get("activities"), "id", CHECK), "open")).isEqualTo(5);
		// region: the Diqing committee's prefecture; track: only #8 is directed (定向评价)
		assertThat(number(find(list(report("demo", "&region=533400").get("processes")).get(0).get("activities"), "id",
				CHECK), "open")).isEqualTo(1);
		assertThat(number(list(report("demo", "&track=DIRECTED").get("processes")).get(0), "open")).isEqualTo(1);
		// the Eryuan supervision does not see the Diqing committee, nor offers it as a filter
		Map<String, Object> supervisor = report("eyjjz", "");
		assertThat(number(find(list(supervisor.get("processes")).get(0).get("activities"), "id", CHECK), "open"))
			.isEqualTo(6);
		assertThat(list(report("eyjjz", "&committee=DQHEALTHSENIOR").get("processes"))).isEmpty();
		Map<String, Object> options = (Map<String, Object>) supervisor.get("options");
		assertThat(list(options.get("committees"))).extracting(c -> c.get("code")).contains("EYTEACHERINT")
			.doesNotContain("DQHEALTHSENIOR");
		assertThat((List<Object>) options.get("years")).contains(2024, 2023);
		assertThat(list(options.get("tracks"))).extracting(t -> t.get("name")).contains("定向评价职称（定向评价、定向使用）");
	}

	@Test
	void onlySupervisionAndAdministratorsGetTheFigures() {
		assertThat(get("eyjjz", "bottlenecks").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(get("demo", "bottlenecks").getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<Map<String, Object>> unit = get("ey1z", "bottlenecks");
		assertThat(unit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat((String) unit.getBody().get("message")).contains("仅向纪检监察部门和系统管理员开放");
		assertThat(get("eyzgb", "heatmap?processDefinitionId=" + this.definitionId).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(get(null, "bottlenecks").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		// bad filters: 400 naming the field
		ResponseEntity<Map<String, Object>> badTrack = get("eyjjz", "bottlenecks?track=NOSUCH");
		assertThat(badTrack.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(badTrack.getBody()).containsEntry("field", "track");
		assertThat((String) badTrack.getBody().get("message")).contains("评审类别（track）");
		assertThat(get("eyjjz", "bottlenecks?committee=NOSUCH").getBody()).containsEntry("field", "committee");
		assertThat(get("eyjjz", "bottlenecks?region=999999").getBody()).containsEntry("field", "region");
		assertThat(get("eyjjz", "bottlenecks?year=abc").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(get(null, "heatmap?processDefinitionId=" + this.definitionId).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void theHeatmapGivesEachStageOfTheDefinitionItsWaitingTime() {
		ResponseEntity<Map<String, Object>> response = get("eyjjz",
				"heatmap?year=2024&processDefinitionId=" + this.definitionId);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).containsEntry("processKey", this.key);
		assertThat(number(find(response.getBody().get("activities"), "id", CHECK), "medianWaitMs")).isEqualTo(3 * DAY);
		assertThat(number(find(response.getBody().get("activities"), "id", APPROVE), "medianWaitMs"))
			.isEqualTo((5 * DAY + HOUR) / 2);
		ResponseEntity<Map<String, Object>> unknown = get("eyjjz", "heatmap?processDefinitionId=nosuch:1:1");
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getBody()).containsEntry("field", "processDefinitionId");
	}

	@Test
	void gaugesCountOpenAndOverdueTasksPerStageAndTheJobHealthShowsTheExecutor() {
		this.metrics.refresh();
		assertThat(gauge("zhicheng.tasks.open", CHECK)).isEqualTo(7.0);
		assertThat(gauge("zhicheng.deadlines.overdue", CHECK)).isEqualTo(2.0);
		assertThat(gauge("zhicheng.tasks.open", APPROVE)).isEqualTo(2.0);
		assertThat(gauge("zhicheng.deadlines.overdue", APPROVE)).isEqualTo(0.0);
		assertThat(this.meterRegistry.find("zhicheng.tasks.open").tag("process", this.key).tag("stage", CHECK)
			.gauge().getId().getTag("stage_name")).isEqualTo("审核材料");

		// the tests run with job execution switched off by configuration: UNKNOWN (a web-only node), which
		// keeps the node in service
		Health health = this.jobHealth.health();
		assertThat(health.getStatus().getCode()).isEqualTo("UNKNOWN");
		assertThat(health.getDetails()).containsEntry("active", false).containsKeys("jobsDue", "jobsFailed");
		// a node that should execute jobs but whose executor is not running: timers would never fire, DOWN
		Health stopped = new JobExecutionHealthIndicator(this.processEngine.getProcessEngineConfiguration(),
				this.processEngine.getManagementService(), true)
			.health();
		assertThat(stopped.getStatus().getCode()).isEqualTo("DOWN");
		assertThat(stopped.getDetails()).containsEntry("active", false);
		// /actuator/health covers the database, the job executor and the calendar (this year and next)
		List<String> contributors = this.healthContributors.stream().map(NamedContributor::getName).toList();
		assertThat(contributors).contains("db", "jobExecution", "calendar", "processEngine");
	}

	private double gauge(String name, String stage) {
		Gauge gauge = this.meterRegistry.find(name).tag("process", this.key).tag("stage", stage).gauge();
		assertThat(gauge).as(name + " " + stage).isNotNull();
		return gauge.value();
	}

}
