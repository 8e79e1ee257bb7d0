package cn.zhicheng.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.zhicheng.application.ApplicationFixtures;
import cn.zhicheng.cycle.ReviewCycleService;
import cn.zhicheng.inbox.InboxFilters;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.OrganisationKind;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.organisation.Person;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
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
import org.springframework.test.context.ActiveProfiles;

/**
 * The foundation, end to end through the REST APIs a user, a script or Camunda Modeler uses. Runs
 * once on H2 ({@link FoundationH2Test}) and once on MySQL ({@link FoundationMysqlTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class FoundationScenarioTest {

	// demo logins (config/demo/organisation.yaml), password "demo"
	static final String ERYUAN_NO1_SCHOOL = "125329304310123376";

	static final String ERYUAN_NO2_SCHOOL = "12532930431013700B";

	static final String ERYUAN_EDUCATION_BUREAU = "11532930431008223R";

	private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger(
			(int) (System.nanoTime() % 400) * 2 + 1);

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	@Autowired
	TestRestTemplate rest;

	@Autowired
	OrganisationService organisations;

	@Autowired
	IdentityService identityService;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	AuthorizationService authorizationService;

	@Autowired
	org.camunda.bpm.engine.ProcessEngine processEngine;

	@Autowired
	ReviewCycleService cycles;

	@Test
	void engineRestRequiresAuthentication() {
		assertThat(this.rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		// a user of its own: a wrong password delays that user's next logins (Camunda's login throttling)
		assertThat(this.rest.withBasicAuth("expert48", "wrong").getForEntity("/engine-rest/task", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.rest.getForEntity("/api/organisations", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void unitStaffCanNeitherSeeNorCompleteAnotherUnitsTask() {
		String instanceOfSchool1 = submitApplication("ey1z", "段晓东");
		String taskOfSchool1 = singleTaskOf(instanceOfSchool1);
		assertThat(candidateGroups(taskOfSchool1)).containsExactly(ERYUAN_NO1_SCHOOL);

		// unit B's staff: not in their list, not readable by id, not completable
		assertThat(taskIdsVisibleTo("ey2z")).doesNotContain(taskOfSchool1);
		assertThat(get("ey2z", "/engine-rest/task/" + taskOfSchool1).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		Map<String, Object> ballot = Map.of("variables",
				Map.of("ballotMethod", Map.of("value", "述职并无记名投票"), "ballotVoterScope", Map.of("value", "全体职工"),
						"ballotAttendees", Map.of("value", 30), "ballotYes", Map.of("value", 25)));
		ResponseEntity<String> completeByOther = post("ey2z", "/engine-rest/task/" + taskOfSchool1 + "/complete",
				ballot);
		assertThat(completeByOther.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.taskService.createTaskQuery().taskId(taskOfSchool1).count()).isEqualTo(1);

		// unit A's staff: sees and completes it; it moves to the competent department's inbox
		assertThat(taskIdsVisibleTo("ey1z")).contains(taskOfSchool1);
		ResponseEntity<String> complete = post("ey1z", "/engine-rest/task/" + taskOfSchool1 + "/complete", ballot);
		assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		// the ballot passed (25 of 30); the unit's internal publicity (A15) now runs on a working-day timer
		assertThat(this.taskService.createTaskQuery().processInstanceId(instanceOfSchool1).count()).isZero();
		assertThat(taskIdsVisibleTo("ey1z")).doesNotContain(taskOfSchool1);
	}

	@Test
	void everyDemoDepartmentSeesOnlyTasksOfItsOwnInbox() {
		submitApplication("ey1z", "杨国华");
		submitApplication("ey2z", "李淑芬");
		for (Organisation organisation : this.organisations.organisations()) {
			for (String login : loginsOf(organisation)) {
				for (String taskId : taskIdsVisibleTo(login)) {
					assertThat(candidateGroups(taskId)).as("%s（%s）可见的任务 %s", login, organisation.name(), taskId)
						.containsExactly(organisation.groupId());
				}
			}
		}
		assertThat(taskIdsVisibleTo("ey1z")).isNotEmpty();
		assertThat(taskIdsVisibleTo("ey2z")).isNotEmpty();
	}

	@Test
	void theDepartmentInboxListsOnlyTheDepartmentsTasksAndHonoursAUsersRevoke() {
		String taskOfSchool1 = singleTaskOf(submitApplication("ey1z", "和丽萍"));
		assertThat(candidateGroups(taskOfSchool1)).containsExactly(ERYUAN_NO1_SCHOOL);
		assertThat(departmentInboxOf("ey1z")).contains(taskOfSchool1);
		assertThat(departmentInboxOf("ey2z")).doesNotContain(taskOfSchool1);

		// the engine granted the candidate group READ on the task; a user's own revoke goes before that grant
		Authorization revoke = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
		revoke.setUserId("ey1z");
		revoke.setResource(Resources.TASK);
		revoke.setResourceId(taskOfSchool1);
		revoke.removePermission(Permissions.READ);
		this.authorizationService.saveAuthorization(revoke);
		try {
			assertThat(departmentInboxOf("ey1z")).doesNotContain(taskOfSchool1);
		}
		finally {
			this.authorizationService.deleteAuthorization(revoke.getId());
		}
		assertThat(departmentInboxOf("ey1z")).contains(taskOfSchool1);
	}

	@Test
	void queriesCheckAuthorizationsRowByRow() {
		// issue 11: the engine's join variant ("auto" while no revoke exists) made 本部门待办 of a department
		// with 2 000 open tasks take seconds on MariaDB; application.yaml sets "always", and only the
		// starter's camunda.bpm.authorization property reaches the engine (generic-properties is overridden)
		assertThat(((ProcessEngineConfigurationImpl) this.processEngine.getProcessEngineConfiguration())
			.getAuthorizationCheckRevokes()).isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_ALWAYS);
	}

	@Test
	void authorizationChecksGiveTheSameAnswerWithoutCamundasGroupRead() {
		// issue 11: the engine's authorization manager skips the read of every authorized group id for users
		// with few groups; the answer must be what Camunda's narrowing gives, with few and with many groups
		Object manager = ((ProcessEngineConfigurationImpl) this.processEngine.getProcessEngineConfiguration())
			.getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager());
		assertThat(manager).isInstanceOf(AuthorizationGroupFilterPlugin.FewGroupsAuthorizationManager.class);
		String task = singleTaskOf(submitApplication("ey1z", "杨丽华"));
		List<String> unrelated = java.util.stream.IntStream.range(0, AuthorizationGroupFilterPlugin.PASS_THROUGH_LIMIT + 8)
			.mapToObj(i -> "no-such-group-" + i).toList();
		List<String> few = List.of("no-such-group", ERYUAN_NO1_SCHOOL);
		List<String> many = new java.util.ArrayList<>(unrelated);
		many.add(ERYUAN_NO1_SCHOOL);
		assertThat(sees("someone-of-the-school", few, task)).isTrue();
		assertThat(sees("someone-of-the-school", many, task)).isTrue();
		assertThat(sees("someone-else", List.of("no-such-group"), task)).isFalse();
		assertThat(sees("someone-else", unrelated, task)).isFalse();
	}

	private boolean sees(String user, List<String> groups, String taskId) {
		this.identityService.setAuthentication(user, groups);
		try {
			return this.taskService.createTaskQuery().taskId(taskId).count() == 1;
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	@Test
	void departmentsThatAreNotUnitsCannotSubmitApplications() {
		String businessKey = "TEST-" + UUID.randomUUID();
		ResponseEntity<String> response = post("eyjtj", "/engine-rest/process-definition/key/application/start",
				Map.of("businessKey", businessKey));
		// without READ on the definition the engine does not even reveal that it exists
		assertThat(response.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count())
			.isZero();
	}

	@Test
	void restartingWithUnchangedModelsDeploysNothingAndNamesAreStable() {
		org.camunda.bpm.engine.RepositoryService repository = this.processEngine.getRepositoryService();
		long deployments = repository.createDeploymentQuery().deploymentName(ModelDeployment.NAME).count();
		assertThat(new ModelDeployment().deploy(repository)).isEmpty();
		assertThat(repository.createDeploymentQuery().deploymentName(ModelDeployment.NAME).count()).isEqualTo(deployments);
		String latest = repository.createDeploymentQuery().deploymentName(ModelDeployment.NAME)
			.orderByDeploymentTime().desc().list().get(0).getId();
		assertThat(repository.getDeploymentResourceNames(latest)).contains("processes/application.bpmn",
				"processes/baseline-series-conditions.dmn", "forms/application-submit.form", "forms/unit-ballot.form");
	}

	@Test
	void tasklistFiltersExistOnceAndEveryoneCanReadThem() {
		List<Map<String, Object>> filters = this.rest.withBasicAuth("ey1z", "demo")
			.exchange("/engine-rest/filter", HttpMethod.GET, null, LIST)
			.getBody();
		assertThat(filters).extracting(f -> f.get("name")).containsExactlyInAnyOrder("本部门待办", "我的待办", "即将超期");
	}

	@Test
	void chineseTextOutsideTheBasicPlaneSurvivesTheRoundTrip() {
		String name = "𠀀彝族𪚥职称测试单位";
		String creditCode = "91350100M000100Y43";
		this.organisations.saveOrganisation(new Organisation(creditCode, name, OrganisationKind.COMPETENT_DEPT,
				"532930", null, null, null), "test");
		assertThat(this.organisations.organisation(creditCode)).get().extracting(Organisation::name).isEqualTo(name);
		assertThat(this.identityService.createGroupQuery().groupId(creditCode).singleResult().getName())
			.isEqualTo(name);

		this.organisations.savePerson(new Person("yizu01", "阿𠀀彝族", null, null), List.of(creditCode), null, "test");
		assertThat(this.organisations.person("yizu01")).get().extracting(Person::name).isEqualTo("阿𠀀彝族");
		assertThat(this.identityService.createUserQuery().userId("yizu01").singleResult().getFirstName())
			.isEqualTo("阿𠀀彝族");

		// and through the engine: a process variable with the same name
		String instance = submitApplication("ey1z", "阿𠀀彝族");
		assertThat(this.runtimeService.getVariable(instance, "applicantName")).isEqualTo("阿𠀀彝族");
	}

	@Test
	void anInvalidCreditCodeIsRefusedWithTheRuleAndNothingIsStored() {
		Map<String, Object> body = Map.of("creditCode", "91350100M000100Y44", "name", "某中学", "kind", "UNIT",
				"regionCode", "532930", "unitLevel", "COUNTY", "parentCreditCode", ERYUAN_EDUCATION_BUREAU);
		ResponseEntity<Map<String, Object>> response = this.rest.withBasicAuth("demo", "demo")
			.exchange("/api/organisations", HttpMethod.POST, json(body), OBJECT);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).containsEntry("field", "creditCode").containsEntry("rule", "GB 32100-2015");
		assertThat((String) response.getBody().get("message")).contains("校验码");
		assertThat(this.organisations.organisation("91350100M000100Y44")).isEmpty();
		assertThat(this.identityService.createGroupQuery().groupId("91350100M000100Y44").count()).isZero();
	}

	@Test
	void onlyAdministratorsChangeTheOrganisation() {
		Map<String, Object> body = Map.of("creditCode", "91110000802100433B", "name", "某单位", "kind", "COMPETENT_DEPT",
				"regionCode", "532930");
		assertThat(this.rest.withBasicAuth("eyrsj", "demo")
			.exchange("/api/organisations", HttpMethod.POST, json(body), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.organisations.organisation("91110000802100433B")).isEmpty();
		assertThat(this.rest.withBasicAuth("demo", "demo")
			.exchange("/api/organisations", HttpMethod.POST, json(body), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(this.identityService.createGroupQuery().groupId("91110000802100433B").singleResult().getName())
			.isEqualTo("某单位");
	}

	// helpers

	/** Submits a complete 申报评审表 through the application's API as the unit's staff; the process instance id. */
	String submitApplication(String login, String applicantName) {
		// N2, A17: the review year whose EYTEACHERINT window the demo data opened
		int year = this.cycles.openFor("EYTEACHERINT", ReviewCycleService.today()).orElseThrow().reviewYear();
		Map<String, Object> form = ApplicationFixtures.teacher(year,
				ApplicationFixtures.idNumber("19900101", SEQUENCE.getAndAdd(2)));
		form.put("name", applicantName);
		form.remove("unitCreditCode"); // the submitter's own unit
		if (!"ey1z".equals(login)) {
			form.put("committeeCode", "EYTEACHERINT");
		}
		ResponseEntity<Map<String, Object>> response = this.rest.withBasicAuth(login, "demo")
			.exchange("/api/applications", HttpMethod.POST, json(form), OBJECT);
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
		return (String) response.getBody().get("processInstanceId");
	}

	String singleTaskOf(String processInstanceId) {
		return this.taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
	}

	List<String> candidateGroups(String taskId) {
		return this.taskService.getIdentityLinksForTask(taskId).stream()
			.filter(link -> "candidate".equals(link.getType()))
			.map(link -> link.getGroupId())
			.toList();
	}

	List<String> taskIdsVisibleTo(String login) {
		ResponseEntity<List<Map<String, Object>>> response = this.rest.withBasicAuth(login, "demo")
			.exchange("/engine-rest/task?maxResults=1000", HttpMethod.GET, null, LIST);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody().stream().map(task -> (String) task.get("id")).toList();
	}

	/** Tasklist's 本部门待办 as the login sees it: the filter listed through the engine REST API. */
	List<String> departmentInboxOf(String login) {
		String filterId = this.processEngine.getFilterService().createFilterQuery()
			.filterName(InboxFilters.DEPARTMENT_INBOX).singleResult().getId();
		ResponseEntity<List<Map<String, Object>>> response = this.rest.withBasicAuth(login, "demo")
			.exchange("/engine-rest/filter/" + filterId + "/list?maxResults=1000", HttpMethod.GET, null, LIST);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<String> ids = response.getBody().stream().map(task -> (String) task.get("id")).toList();
		assertThat(this.rest.withBasicAuth(login, "demo")
			.getForObject("/engine-rest/filter/" + filterId + "/count", Map.class)).containsEntry("count", ids.size());
		return ids;
	}

	List<String> loginsOf(Organisation organisation) {
		return this.identityService.createUserQuery().memberOfGroup(organisation.groupId()).list().stream()
			.map(user -> user.getId())
			.toList();
	}

	ResponseEntity<String> get(String login, String path) {
		return this.rest.withBasicAuth(login, "demo").getForEntity(path, String.class);
	}

	ResponseEntity<String> post(String login, String path, Object body) {
		return this.rest.withBasicAuth(login, "demo").exchange(path, HttpMethod.POST, json(body), String.class);
	}

	static HttpEntity<Object> json(Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
