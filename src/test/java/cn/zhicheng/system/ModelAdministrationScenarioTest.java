package cn.zhicheng.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import cn.zhicheng.application.ApplicationFixtures;
import cn.zhicheng.application.ApplicationProcess;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaField;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 9 end to end, the way an administrator works: Camunda Modeler deploys to {@code /engine-rest}
 * (multipart {@code /deployment/create} with the administrator's HTTP basic credentials, source "Camunda
 * Modeler", duplicate filtering on). New versions of BPMN, DMN and forms apply to new instances and the
 * next precheck; running instances stay on their version until migrated through the engine's migration
 * API; a restart (ModelDeployment again) never puts a shipped version above an administrator's, not even
 * after an upgrade; diagrams with unknown delegates or forms are refused with a Chinese message.
 *
 * <p>
 * Runs on H2 ({@link ModelAdministrationH2Test}) and MySQL ({@link ModelAdministrationMysqlTest}) in its own
 * context, closed afterwards, so that the administrator's versions reach no other test. The first test
 * starts from the shipped models, hence the fixed order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = "zhicheng.test.context=model-administration")
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
abstract class ModelAdministrationScenarioTest {

	static final String MODELER = "Camunda Modeler";

	static final String ERYUAN_NO1_SCHOOL = "125329304310123376";

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	private static final AtomicInteger SEQUENCE = new AtomicInteger(701);

	@Autowired
	TestRestTemplate rest;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Autowired
	ModelDeployment modelDeployment;

	@Value("${zhicheng.policy-packs.directory}")
	Path policyPacks;

	/**
	 * A copy of config/policy-packs per context, which the test edits as an administrator would edit the
	 * real one; the Yunnan directed pack is renewed for this year (the shipped one covers 2020 only).
	 */
	@DynamicPropertySource
	static void policyPackCopy(DynamicPropertyRegistry registry) throws IOException {
		Path copy = Files.createTempDirectory("policy-packs");
		try (Stream<Path> files = Files.list(Path.of("config", "policy-packs"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
		}
		Path directed = copy.resolve("yunnan-2020-directed.yaml");
		Files.writeString(directed, Files.readString(directed)
			.replace("reviewYears: {from: 2020, to: 2020}", "reviewYears: {from: 2020}"));
		registry.add("zhicheng.policy-packs.directory", copy::toString);
		registry.add("zhicheng.policy-packs.refresh-interval", () -> "0s");
	}

	// ---- 1. Modeler deploys; new instances use the new version; running ones stay; migration

	@Test
	@Order(1)
	void modelerDeploysANewVersionThatNewInstancesUseWhileRunningOnesStayUntilMigrated() {
		ProcessDefinition shipped = latestApplication();
		assertThat(deploymentOf(shipped.getDeploymentId()).getName()).isEqualTo(ModelDeployment.NAME);
		String staying = submit();
		String migrating = submit();
		assertThat(definitionOf(staying)).isEqualTo(shipped.getId());

		ResponseEntity<Map<String, Object>> deployed = deploy("demo", "职称申报-增加核验原件", applicationV2(), false);
		assertThat(deployed.getStatusCode()).as("%s", deployed.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(deployed.getBody().get("deployedProcessDefinitions").toString()).contains("key=application")
			.contains("version=" + (shipped.getVersion() + 1));
		ProcessDefinition v2 = latestApplication();
		assertThat(v2.getVersion()).isEqualTo(shipped.getVersion() + 1);
		assertThat(deploymentOf(v2.getDeploymentId()).getSource()).isEqualTo(MODELER);

		// a new application starts on the new version and its ballot task shows the new form
		String fresh = submit();
		assertThat(definitionOf(fresh)).isEqualTo(v2.getId());
		assertThat(deployedForm(taskOf(fresh))).contains("2025 年起");
		assertThat(deployedForm(taskOf(staying))).contains("述职测评（A14）").doesNotContain("2025 年起");

		// a running instance continues on its own version: no new task on its way
		recordBallot(staying);
		this.management.executeJob(this.management.createJobQuery().processInstanceId(staying).singleResult().getId());
		assertThat(definitionOf(staying)).isEqualTo(shipped.getId());
		assertThat(taskOf(staying).getTaskDefinitionKey()).isEqualTo(ApplicationProcess.TASK_RECOMMEND_BY_UNIT);

		// a restart deploys nothing, and the administrator's version stays the newest
		assertThat(this.modelDeployment.deploy(this.repository)).isEmpty();
		assertThat(latestApplication().getId()).isEqualTo(v2.getId());

		// docs/管理员指南.md: generate the plan, validate it, execute it for the instance
		Map<String, Object> plan = post("/engine-rest/migration/generate", Map.of("sourceProcessDefinitionId",
				shipped.getId(), "targetProcessDefinitionId", v2.getId(), "updateEventTriggers", true)).getBody();
		assertThat(plan.get("instructions").toString()).contains("Task_RecordUnitBallot");
		ResponseEntity<Map<String, Object>> report = post("/engine-rest/migration/validate", plan);
		assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat((List<?>) report.getBody().get("instructionReports")).isEmpty();
		Map<String, Object> request = Map.of("migrationPlan", plan, "processInstanceIds", List.of(migrating));
		assertThat(post("/engine-rest/migration/execute", request).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(definitionOf(migrating)).isEqualTo(v2.getId());
		assertThat(taskOf(migrating).getTaskDefinitionKey()).isEqualTo(ApplicationProcess.TASK_RECORD_UNIT_BALLOT);
		recordBallot(migrating);
		this.management.executeJob(this.management.createJobQuery().processInstanceId(migrating).singleResult().getId());
		Task check = taskOf(migrating);
		assertThat(check.getTaskDefinitionKey()).isEqualTo("Task_CheckOriginals");
		assertThat(check.getName()).isEqualTo("核验原件");
		assertThat(this.tasks.getIdentityLinksForTask(check.getId())).anySatisfy(
				link -> assertThat(link.getGroupId()).isEqualTo(ERYUAN_NO1_SCHOOL));
		assertThat(deployedForm(check)).contains("form_check_originals");

		// the withdrawal boundary event came along: the message still reaches the migrated instance
		String applicationId = (String) this.runtime.getVariable(migrating, "applicationId");
		assertThat(postAs("ey1z", "/api/applications/" + applicationId + "/withdraw", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(migrating)
			.activityId(ApplicationProcess.END_WITHDRAWN)
			.count()).isEqualTo(1);
	}

	// ---- 2. no silent overwrite, also when an upgrade changed the shipped files

	@Test
	@Order(2)
	void aRestartAfterAnUpgradeKeepsTheAdministratorsVersionAndSaysSo(CapturedOutput output) {
		ProcessDefinition administrators = administratorsApplication();

		Map<String, byte[]> upgraded = new TreeMap<>(ModelDeployment.shippedModels());
		upgraded.put("processes/application.bpmn", replace(upgraded.get("processes/application.bpmn"),
				"name=\"职称申报\"", "name=\"职称申报（升级版）\""));
		upgraded.put("forms/unit-recommendation.form", replace(upgraded.get("forms/unit-recommendation.form"),
				"\"components\": [", "\"components\": [ { \"type\": \"text\", \"text\": \"升级说明\", \"id\": \"Text_Upgrade\" },"));
		ModelDeployment.Result result = this.modelDeployment.deploy(this.repository, upgraded);

		assertThat(result.heldBack()).containsOnlyKeys("processes/application.bpmn");
		assertThat(result.heldBack().get("processes/application.bpmn")).contains("流程 application 第 "
				+ administrators.getVersion() + " 版").contains(MODELER);
		assertThat(result.deployed()).noneMatch(d -> d.startsWith("application:"));
		assertThat(latestApplication().getId()).isEqualTo(administrators.getId());
		assertThat(output.getOut() + output.getErr())
			.contains("出厂模型 processes/application.bpmn 已随升级更新，但未部署，因为管理员部署了更新的版本");

		// the rest of the upgrade went out, without the held-back diagram
		Deployment ours = this.repository.createDeploymentQuery()
			.deploymentName(ModelDeployment.NAME)
			.orderByDeploymentTime()
			.desc()
			.list()
			.get(0);
		assertThat(this.repository.getDeploymentResourceNames(ours.getId())).contains("forms/unit-recommendation.form")
			.doesNotContain("processes/application.bpmn");

		// and starting again with the same files deploys nothing
		assertThat(this.modelDeployment.deploy(this.repository, upgraded).deployed()).isEmpty();
		assertThat(latestApplication().getId()).isEqualTo(administrators.getId());
	}

	// ---- 4. policy as data: a decision table deployed from Modeler rules the next precheck

	@Test
	@Order(3)
	void aDecisionTableDeployedFromModelerRulesTheNextPrecheck() {
		Map<String, Object> teacher = ApplicationFixtures.teacher(year(), idNumber());
		teacher.put("currentTitleDate", (year() - 3) + "-09-01"); // 3 years 4 months by 12-31 (A9)
		Map<String, Object> before = baselineYears(teacher);
		assertThat(before).containsEntry("outcome", "FAIL");
		assertThat((String) before.get("message")).contains("年限不足").contains("要求4年");

		ResponseEntity<Map<String, Object>> deployed = deploy("demo", "基本申报条件-中级本科3年",
				Map.of("baseline-series-conditions.dmn", baselineDmn("<text>3</text>")), false);
		assertThat(deployed.getStatusCode()).as("%s", deployed.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(deployed.getBody().get("deployedDecisionDefinitions").toString())
			.contains("Decision_BaselineSeriesConditions");

		Map<String, Object> years = baselineYears(teacher);
		assertThat(years).containsEntry("outcome", "PASS");
		assertThat((String) years.get("message")).contains("要求3年").doesNotContain("年限不足");

		// a restart keeps the administrator's table
		DecisionDefinition administrators = latestBaseline();
		assertThat(this.modelDeployment.deploy(this.repository)).doesNotContain(
				"Decision_BaselineSeriesConditions:" + (administrators.getVersion() + 1));
		assertThat(latestBaseline().getId()).isEqualTo(administrators.getId());
		assertThat(baselineYears(teacher)).containsEntry("outcome", "PASS");
	}

	@Test
	@Order(4)
	void aDecisionTableTheRulesCannotEvaluateIsRefused() {
		DecisionDefinition before = latestBaseline();
		ResponseEntity<Map<String, Object>> refused = deploy("demo", "基本申报条件-错误",
				Map.of("baseline-series-conditions.dmn", baselineDmn("<text>-1</text>")), false);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) refused.getBody().get("message")).contains("Decision_BaselineSeriesConditions")
			.contains("部署被拒绝")
			.contains("requiredYears");
		assertThat(latestBaseline().getId()).isEqualTo(before.getId());
	}

	@Test
	@Order(5)
	void aCountyAddedToTheDirectedScopeInThePolicyPackRulesTheNextPrecheckWithoutRestart() throws IOException {
		Map<String, Object> directed = ApplicationFixtures.teacher(year(), idNumber());
		directed.put("track", "DIRECTED");
		directed.put("committeeCode", "QJTEACHERSENIOR");
		directed.put("currentTitleLevel", "INTERMEDIATE");
		directed.put("currentTitleDate", "2015-09-01");
		directed.put("targetLevel", "ASSOCIATE_SENIOR");
		Map<String, Object> before = result(directed, "DY1");
		assertThat(before).containsEntry("outcome", "FAIL");

		// config/policy-packs/yunnan-2020-directed.yaml: 洱源县 joins the DY1 scope
		Path pack = this.policyPacks.resolve("yunnan-2020-directed.yaml");
		String text = Files.readString(pack);
		String guangnan = "    - {code: \"532627\", name: 文山州广南县}\n";
		assertThat(text).contains(guangnan);
		Files.writeString(pack, text.replace(guangnan, guangnan + "    - {code: \"532930\", name: 大理州洱源县}\n"));

		assertThat(result(directed, "DY1")).containsEntry("outcome", "PASS");
	}

	// ---- 3. validated at deployment

	static Stream<Arguments> refusedDiagrams() {
		return Stream.of(
				refused("未知的委托", process("Process_UnknownDelegate", serviceTask("Task_Unknown", "${noSuchDelegate}")),
						"Task_Unknown", "noSuchDelegate", "不存在", "${setApplicationStatusDelegate}"),
				refused("无法加载的类", process("Process_UnknownClass", classTask("Task_Legacy", "cn.zhicheng.NoSuchDelegate")),
						"Task_Legacy", "cn.zhicheng.NoSuchDelegate", "无法加载"),
				refused("类型不对的 Bean", process("Process_WrongType", serviceTask("Task_WorkingDays", "${workingDays}")),
						"Task_WorkingDays", "workingDays", "JavaDelegate"),
				refused("状态值无效", process("Process_BadStatus",
						serviceTask("Task_MarkSomething", "${setApplicationStatusDelegate}", "status", "FINISHED")),
						"Task_MarkSomething", "status", "FINISHED", "WITHDRAWN"),
				refused("缺少必填字段", process("Process_NoStatus",
						serviceTask("Task_MarkNothing", "${setApplicationStatusDelegate}")), "Task_MarkNothing",
						"缺少必填字段“status”"),
				refused("未知字段", process("Process_UnknownField",
						serviceTask("Task_CheckBallot", "${checkUnitBallotDelegate}", "threshold", "0.5")),
						"Task_CheckBallot", "threshold"),
				refused("监听器委托不存在", withEndListener(process("Process_UnknownListener",
						serviceTask("Task_Listened", "${setApplicationStatusDelegate}", "status", "PASSED")),
						"${noSuchListener}"), "EndEvent_Done", "noSuchListener"),
				refused("表单不在本次部署中", process("Process_FormNotDeployed",
						userTask("Task_Fill", "form_unit_ballot", "deployment")), "Task_Fill", "form_unit_ballot",
						"不在本次部署中"),
				refused("表单从未部署", process("Process_FormUnknown", userTask("Task_Fill", "form_no_such", "latest")),
						"Task_Fill", "form_no_such", "尚未部署"),
				refused("多处错误一起报告", process("Process_TwoProblems", serviceTask("Task_First", "${noSuchDelegate}"),
						userTask("Task_Second", "form_no_such", "deployment")), "共 2 处", "Task_First", "Task_Second"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedDiagrams")
	@Order(6)
	void aDiagramWithAnUnknownReferenceIsRefusedWithAChineseMessage(BpmnModelInstance diagram, List<String> expected) {
		long deployments = this.repository.createDeploymentQuery().count();
		ResponseEntity<Map<String, Object>> refused = deploy("demo", "错误的流程",
				Map.of("diagram.bpmn", Bpmn.convertToString(diagram).getBytes(StandardCharsets.UTF_8)), false);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		String message = (String) refused.getBody().get("message");
		assertThat(message).contains("模型校验未通过，部署被拒绝");
		expected.forEach(text -> assertThat(message).contains(text));
		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(deployments);
	}

	@Test
	@Order(7)
	void aNewDiagramReusingTheDocumentedDelegatesAndDeployedFormsIsAcceptedAndRuns() {
		BpmnModelInstance diagram = process("Process_CountyHrReview",
				userTask("Task_Fill", "form_competent_dept_review", "latest"),
				serviceTask("Task_RequireDecision", "${requireDecisionDelegate}", "decisionVariable", "hrBureauDecision",
						"allowedDecisions", "APPROVE,REJECT", "opinionVariable", "hrBureauOpinion", "label", "县人社局审核结论",
						"rule", "A16"));
		ResponseEntity<Map<String, Object>> deployed = deploy("demo", "县人社局审核",
				Map.of("county-hr-review.bpmn", Bpmn.convertToString(diagram).getBytes(StandardCharsets.UTF_8)), false);
		assertThat(deployed.getStatusCode()).as("%s", deployed.getBody()).isEqualTo(HttpStatus.OK);

		ProcessInstance instance = this.runtime.startProcessInstanceByKey("Process_CountyHrReview");
		Task fill = this.tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		assertThatThrownBy(() -> this.tasks.complete(fill.getId(),
				Variables.putValue("hrBureauDecision", "MAYBE").putValue("hrBureauOpinion", "同意")))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("县人社局审核结论（hrBureauDecision）应为 APPROVE、REJECT 之一")
			.hasMessageContaining("A16");
		assertThatThrownBy(() -> this.tasks.complete(fill.getId(), Variables.putValue("hrBureauDecision", "APPROVE")))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("请填写意见（hrBureauOpinion）");
		this.tasks.complete(fill.getId(),
				Variables.putValue("hrBureauDecision", "APPROVE").putValue("hrBureauOpinion", "同意上报。"));
		assertThat(this.history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
			.getState()).isEqualTo("COMPLETED");
	}

	@Test
	@Order(8)
	void deployingOnlyTheChangedFilesLeavesTheFormsBehindAndIsRefused() {
		Map<String, byte[]> first = new LinkedHashMap<>();
		first.put("fill.bpmn", Bpmn.convertToString(process("Process_OnlyChanged",
				userTask("Task_Fill", "form_unit_ballot", "deployment"))).getBytes(StandardCharsets.UTF_8));
		first.put("unit-ballot.form", ModelDeployment.shippedModels().get("forms/unit-ballot.form"));
		assertThat(deploy("demo", "只部署变化的文件", first, true).getStatusCode()).isEqualTo(HttpStatus.OK);

		Map<String, byte[]> second = new LinkedHashMap<>(first);
		second.put("fill.bpmn", replace(first.get("fill.bpmn"), "name=\"测试流程\"", "name=\"测试流程（第二版）\""));
		ResponseEntity<Map<String, Object>> refused = deploy("demo", "只部署变化的文件", second, true);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) refused.getBody().get("message")).contains("Task_Fill")
			.contains("form_unit_ballot")
			.contains("deploy-changed-only");
	}

	@Test
	@Order(9)
	void theStartUpDeploymentIsValidatedToo() {
		Map<String, byte[]> models = new TreeMap<>(ModelDeployment.shippedModels());
		models.put("processes/broken.bpmn", Bpmn.convertToString(process("Process_Broken",
				serviceTask("Task_Broken", "${noSuchDelegate}"))).getBytes(StandardCharsets.UTF_8));
		long deployments = this.repository.createDeploymentQuery().count();
		assertThatThrownBy(() -> this.modelDeployment.deploy(this.repository, models))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Task_Broken")
			.hasMessageContaining("noSuchDelegate");
		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(deployments);
	}

	@Test
	@Order(10)
	void onlyAdministratorsMayDeploy() {
		ResponseEntity<Map<String, Object>> forbidden = deploy("ey1z", "单位不得部署", applicationV2(), false);
		assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.rest.postForEntity("/engine-rest/deployment/create", null, String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	// ---- helpers

	/** The review year whose EYTEACHERINT window the demo opened (N2, A17). */
	private static volatile int openYear;

	@org.springframework.beans.factory.annotation.Autowired
	cn.zhicheng.cycle.ReviewCycleService reviewCycles;

	@org.junit.jupiter.api.BeforeEach
	void findOpenYear() {
		openYear = this.reviewCycles.openFor("EYTEACHERINT", cn.zhicheng.cycle.ReviewCycleService.today()).orElseThrow()
			.reviewYear();
	}

	static int year() {
		return openYear;
	}

	static String idNumber() {
		return ApplicationFixtures.idNumber("19850611", SEQUENCE.getAndAdd(2));
	}

	/** Submits a teacher's application as 洱源县第一中学 through the API; returns its process instance. */
	String submit() {
		ResponseEntity<Map<String, Object>> created = postAs("ey1z", "/api/applications",
				ApplicationFixtures.teacher(year(), idNumber()));
		assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
		return (String) created.getBody().get("processInstanceId");
	}

	void recordBallot(String instance) {
		this.tasks.complete(taskOf(instance).getId(), Variables.putValue("ballotMethod", "述职并无记名投票")
			.putValue("ballotVoterScope", "全体在编在岗职工")
			.putValue("ballotAttendees", 30)
			.putValue("ballotYes", 20));
	}

	Task taskOf(String instance) {
		return this.tasks.createTaskQuery().processInstanceId(instance).singleResult();
	}

	String definitionOf(String instance) {
		return this.runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult()
			.getProcessDefinitionId();
	}

	ProcessDefinition latestApplication() {
		return this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(ApplicationProcess.KEY)
			.latestVersion()
			.singleResult();
	}

	DecisionDefinition latestBaseline() {
		return this.repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey("Decision_BaselineSeriesConditions")
			.latestVersion()
			.singleResult();
	}

	Deployment deploymentOf(String id) {
		return this.repository.createDeploymentQuery().deploymentId(id).singleResult();
	}

	/** The administrator's version of the application process, deployed from "Modeler" if not yet there. */
	ProcessDefinition administratorsApplication() {
		ResponseEntity<Map<String, Object>> deployed = deploy("demo", "职称申报-增加核验原件", applicationV2(), false);
		assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
		ProcessDefinition latest = latestApplication();
		assertThat(deploymentOf(latest.getDeploymentId()).getSource()).isEqualTo(MODELER);
		return latest;
	}

	/** The precheck's BASE-YEARS result for the form. */
	Map<String, Object> baselineYears(Map<String, Object> form) {
		return result(form, "BASE-YEARS");
	}

	/** The precheck's result for one rule, as 洱源县第一中学 asks for it. */
	@SuppressWarnings("unchecked")
	Map<String, Object> result(Map<String, Object> form, String rule) {
		ResponseEntity<Map<String, Object>> precheck = postAs("ey1z", "/api/qualification/precheck", form);
		assertThat(precheck.getStatusCode()).as("%s", precheck.getBody()).isEqualTo(HttpStatus.OK);
		return ((List<Map<String, Object>>) precheck.getBody().get("results")).stream()
			.filter(r -> rule.equals(r.get("rule")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no result for " + rule + ": " + precheck.getBody()));
	}

	String deployedForm(Task task) {
		ResponseEntity<String> form = this.rest.withBasicAuth("demo", "demo")
			.getForEntity("/engine-rest/task/" + task.getId() + "/deployed-form", String.class);
		assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
		return form.getBody();
	}

	/**
	 * What Camunda Modeler sends: multipart {@code /engine-rest/deployment/create} with deployment-name,
	 * deployment-source and enable-duplicate-filtering (or deploy-changed-only), one part per file.
	 */
	ResponseEntity<Map<String, Object>> deploy(String login, String name, Map<String, byte[]> files,
			boolean changedOnly) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("deployment-name", name);
		body.add("deployment-source", MODELER);
		body.add(changedOnly ? "deploy-changed-only" : "enable-duplicate-filtering", "true");
		files.forEach((file, content) -> body.add(file, new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return file;
			}
		}));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.rest.withBasicAuth(login, "demo")
			.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(body, headers), OBJECT);
	}

	ResponseEntity<Map<String, Object>> post(String path, Object body) {
		return postAs("demo", path, body);
	}

	ResponseEntity<Map<String, Object>> postAs(String login, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.withBasicAuth(login, "demo")
			.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), OBJECT);
	}

	/**
	 * The administrator's version 2 as deployed from Modeler: application.bpmn with a new user task
	 * "核验原件" (Task_CheckOriginals, its own form) after the internal publicity, and every form of the
	 * process (formRefBinding="deployment"), the ballot form with a changed text.
	 */
	static Map<String, byte[]> applicationV2() {
		Map<String, byte[]> shipped = ModelDeployment.shippedModels();
		BpmnModelInstance model = Bpmn.readModelFromStream(
				new java.io.ByteArrayInputStream(shipped.get("processes/application.bpmn")));
		SequenceFlow afterPublicity = model.getModelElementById("SequenceFlow_ToRecommend");
		FlowNode next = afterPublicity.getTarget();
		SubProcess scope = (SubProcess) afterPublicity.getParentElement();
		UserTask check = model.newInstance(UserTask.class);
		check.setId("Task_CheckOriginals");
		check.setName("核验原件");
		check.setCamundaCandidateGroups("${unitGroupId}");
		check.setCamundaFormRef("form_check_originals");
		check.setCamundaFormRefBinding("deployment");
		scope.addChildElement(check);
		SequenceFlow toNext = model.newInstance(SequenceFlow.class);
		toNext.setId("SequenceFlow_OriginalsChecked");
		scope.addChildElement(toNext);
		toNext.setSource(check);
		toNext.setTarget(next);
		check.getOutgoing().add(toNext);
		next.getIncoming().remove(afterPublicity);
		next.getIncoming().add(toNext);
		afterPublicity.setTarget(check);
		check.getIncoming().add(afterPublicity);

		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("application.bpmn", Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
		shipped.forEach((name, content) -> {
			if (name.startsWith("forms/")) {
				files.put(name.substring("forms/".length()), content);
			}
		});
		files.put("unit-ballot.form", replace(files.get("unit-ballot.form"), "### 述职测评（A14）", "### 述职测评（A14，2025 年起）"));
		files.put("check-originals.form", resource("check-originals.form"));
		return files;
	}

	/** The shipped baseline table with 中级·本科/大专 requiring {@code years} instead of 4 years. */
	static byte[] baselineDmn(String years) {
		return replace(ModelDeployment.shippedModels().get("processes/baseline-series-conditions.dmn"),
				"<outputEntry id=\"OutputEntry_IntermediateBachelorOrJuniorCollege_Years\"><text>4</text></outputEntry>",
				"<outputEntry id=\"OutputEntry_IntermediateBachelorOrJuniorCollege_Years\">" + years + "</outputEntry>");
	}

	/** One element added to a test diagram's chain. */
	interface Step extends UnaryOperator<AbstractFlowNodeBuilder<?, ?>> {
	}

	/** A small executable process: 开始 → the steps → 结束 (EndEvent_Done), with Chinese names and a TTL. */
	static BpmnModelInstance process(String key, Step... steps) {
		AbstractFlowNodeBuilder<?, ?> chain = Bpmn.createExecutableProcess(key)
			.name("测试流程")
			.camundaHistoryTimeToLive(30)
			.startEvent("StartEvent_Started")
			.name("开始");
		for (Step step : steps) {
			chain = step.apply(chain);
		}
		return chain.endEvent("EndEvent_Done").name("结束").done();
	}

	/** A service task with a delegate expression and string fields given as name, value, name, value… */
	static Step serviceTask(String id, String delegateExpression, String... fields) {
		return chain -> withFields(chain.serviceTask(id).name("服务任务").camundaDelegateExpression(delegateExpression),
				fields);
	}

	static Step classTask(String id, String className) {
		return chain -> chain.serviceTask(id).name("服务任务").camundaClass(className);
	}

	static Step userTask(String id, String formRef, String binding) {
		return chain -> chain.userTask(id).name("用户任务").camundaFormRef(formRef).camundaFormRefBinding(binding);
	}

	private static AbstractFlowNodeBuilder<?, ?> withFields(AbstractFlowNodeBuilder<?, ?> task, String... fields) {
		for (int i = 0; i < fields.length; i += 2) {
			CamundaField field = task.getElement().getModelInstance().newInstance(CamundaField.class);
			field.setCamundaName(fields[i]);
			field.setCamundaStringValue(fields[i + 1]);
			task.addExtensionElement(field);
		}
		return task;
	}

	static BpmnModelInstance withEndListener(BpmnModelInstance model, String delegateExpression) {
		model.<FlowNode>getModelElementById("EndEvent_Done")
			.builder()
			.camundaExecutionListenerDelegateExpression("start", delegateExpression);
		return model;
	}

	static Arguments refused(String label, BpmnModelInstance diagram, String... expected) {
		return Arguments.of(Named.of(label, diagram), List.of(expected));
	}

	static byte[] replace(byte[] content, String from, String to) {
		String text = new String(content, StandardCharsets.UTF_8);
		assertThat(text).contains(from);
		return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
	}

	static byte[] resource(String name) {
		try (InputStream in = ModelAdministrationScenarioTest.class.getResourceAsStream(name)) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			in.transferTo(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
