package cn.zhicheng.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.zhicheng.application.Application;
import cn.zhicheng.cycle.CycleDriver;
import cn.zhicheng.cycle.ReviewCycle;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 6: every human decision can be traced — who, when, what — from Camunda's user operation
 * log (the task's completion with the user's id and time; the decision's variables as the historic details
 * of that very operation) and from the domain tables' audit columns. Each decision is made the way its
 * user makes it: Tasklist's REST call with the user's own login.
 */
class AuditTrailTest extends SecurityTestSupport {

	HistoryService history() {
		return this.engine.getHistoryService();
	}

	/**
	 * Completes the task over REST as {@code login} (Tasklist's call) and asserts the trail: one Complete
	 * entry by {@code login} with its time, and the submitted decision among the details of that operation.
	 */
	void decideAndTrace(String login, String taskId, Map<String, Object> decision) throws Exception {
		Date before = new Date(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().getTime() - 1000);
		Map<String, Object> variables = new java.util.LinkedHashMap<>();
		decision.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		Reply reply = sendJson(login, "POST", "/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
		assertThat(reply.status()).as("%s", reply).isEqualTo(204);

		List<UserOperationLogEntry> entries = history().createUserOperationLogQuery()
			.taskId(taskId)
			.operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
			.list();
		assertThat(entries).as("用户操作日志：完成任务 %s", taskId).isNotEmpty().allSatisfy(entry -> {
			assertThat(entry.getUserId()).as("谁").isEqualTo(login);
			assertThat(entry.getTimestamp()).as("何时").isAfterOrEqualTo(before);
			assertThat(entry.getCategory()).isEqualTo(UserOperationLogEntry.CATEGORY_TASK_WORKER);
		});
		// what: the decision's variables were written by this very operation
		String operation = entries.get(0).getOperationId();
		Map<String, Object> written = history().createHistoricDetailQuery()
			.userOperationId(operation)
			.variableUpdates()
			.list()
			.stream()
			.map(HistoricVariableUpdate.class::cast)
			.collect(Collectors.toMap(HistoricVariableUpdate::getVariableName, d -> String.valueOf(d.getValue()),
					(a, b) -> b));
		decision.forEach((name, value) -> assertThat(written).as("做了什么：%s", name).containsEntry(name, String.valueOf(value)));
		assertThat(history().createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getEndTime()).isNotNull();
	}

	Task open(String processInstanceId, String key) {
		return this.engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
			.taskDefinitionKey(key).singleResult();
	}

	@Test
	void theEngineLogsOperationsOfAuthenticatedUsers() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.engine
			.getProcessEngineConfiguration();
		assertThat(configuration.isRestrictUserOperationLogToAuthenticatedUsers()).isTrue();
		assertThat(configuration.getHistoryLevel().getName()).isEqualTo("full");
	}

	@Test
	void unitBallotRecommendationAndCompetentDepartmentDecisionsAreTraceable() throws Exception {
		Reply created = sendJson("ey1z", "POST", "/api/applications", form());
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		String id = (String) JSON.readValue(created.body(), Map.class).get("id");
		Application application = this.applications.require(id);
		String pi = application.processInstanceId();
		assertThat(this.jdbc.queryForMap("SELECT created_by, created_at FROM zc_application WHERE id = ?", id))
			.containsEntry("CREATED_BY", "ey1z")
			.satisfies(row -> assertThat(row.get("CREATED_AT")).isNotNull());

		decideAndTrace("ey1z", open(pi, "Task_RecordUnitBallot").getId(), ballot());
		this.engine.getManagementService().executeJob(this.engine.getManagementService().createJobQuery()
			.processInstanceId(pi).singleResult().getId());
		decideAndTrace("ey1z", open(pi, "Task_RecommendByUnit").getId(),
				Map.of("unitRecommends", true, "unitOpinion", "经测评和公示，同意推荐。"));
		decideAndTrace("eyjtj", open(pi, "Task_ReviewByCompetentDept").getId(),
				Map.of("competentDeptDecision", "APPROVE", "competentDeptOpinion", "同意报送。"));

		Map<String, Object> row = this.jdbc.queryForMap(
				"SELECT ballot_method, ballot_yes, unit_opinion, competent_dept_opinion, updated_by, updated_at FROM zc_application WHERE id = ?",
				id);
		assertThat(row).containsEntry("BALLOT_METHOD", "述职并无记名投票")
			.containsEntry("UNIT_OPINION", "经测评和公示，同意推荐。")
			.containsEntry("COMPETENT_DEPT_OPINION", "同意报送。");
		assertThat(row.get("UPDATED_BY")).isNotNull();
		assertThat(row.get("UPDATED_AT")).isNotNull();
	}

	@Test
	void qualificationReviewAndConfirmationAreTraceable() throws Exception {
		Map<String, Object> form = form();
		// A8: the unit combines review and appointment without registered vacancies: the rules cannot decide
		form.put("unitCombinesReviewAndAppointment", true);
		Reply created = sendJson("ey1z", "POST", "/api/applications", form);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		String id = (String) JSON.readValue(created.body(), Map.class).get("id");
		String pi = this.applications.require(id).processInstanceId();
		this.driver.complete("ey1z", open(pi, "Task_RecordUnitBallot"), ballot());
		this.engine.getManagementService().executeJob(this.engine.getManagementService().createJobQuery()
			.processInstanceId(pi).singleResult().getId());
		this.driver.complete("ey1z", open(pi, "Task_RecommendByUnit"),
				Map.of("unitRecommends", true, "unitOpinion", "经测评和公示，同意推荐。"));
		this.driver.complete("eyjtj", open(pi, "Task_ReviewByCompetentDept"),
				Map.of("competentDeptDecision", "APPROVE", "competentDeptOpinion", "同意报送。"));
		decideAndTrace("eyzgb", open(pi, "Task_ReviewQualificationByOffice").getId(),
				Map.of("officeDecision", "QUALIFIED", "officeOpinion", "经核实，该校有中级空缺岗位2个。"));
		decideAndTrace("eyrsj", open(pi, "Task_ConfirmQualificationByHrBureau").getId(),
				Map.of("hrDecision", "QUALIFIED", "hrOpinion", "同意。"));
		assertThat(this.jdbc.queryForMap("SELECT status, updated_by, updated_at FROM zc_application WHERE id = ?", id))
			.containsEntry("STATUS", "QUALIFIED")
			.satisfies(row -> assertThat(row.get("UPDATED_AT")).isNotNull());
	}

	@Test
	void aFilingDecisionIsTraceable() throws Exception {
		cn.zhicheng.organisation.Committee committee = this.driver.freshCommittee();
		try {
			CycleDriver.setClock("2024-04-01T09:00:00");
			ReviewCycle cycle = this.driver.start(committee.code(), 2024);
			this.driver.draftNotice(cycle, CycleDriver.notice("2024-09-20", "2024-06-28"));
			CycleDriver.setClock("2024-04-02T10:00:00");
			this.driver.approveNotice(cycle);
			CycleDriver.setClock("2024-04-08T09:00:00");
			this.driver.qualified(committee.code(), 2024);
			CycleDriver.setClock("2024-06-29T00:00:01");
			this.driver.executeJob(cycle.processInstanceId(), "TimerEvent_WindowCloses");
			CycleDriver.setClock("2024-07-01T10:00:00");
			this.driver.complete("eyzgb", this.driver.task(cycle, "Task_ConfirmQualifiedList"), Map.of("listConfirmed", true));
			CycleDriver.setClock("2024-07-09T00:00:05");
			String publicity = this.engine.getRuntimeService().createProcessInstanceQuery()
				.superProcessInstanceId(cycle.processInstanceId()).singleResult().getId();
			this.driver.executeJob(publicity, "TimerEvent_PublicityEnds");
			CycleDriver.setClock("2024-07-09T10:00:00");
			this.driver.complete("eyzgb", this.driver.task(cycle, "Task_WriteWorkPlan"),
					Map.of("workPlan", "评审采取个人述职、专家评议、无记名投票方式；专家在纪检监察组监督下随机抽取。"));
			decideAndTrace("dlrsj", this.driver.task(cycle, "Task_ReviewFiling").getId(),
					Map.of("filingDecision", "APPROVE", "filingOpinion", "材料齐全，准予备案。"));
			Map<String, Object> filing = this.jdbc.queryForList(
					"SELECT submitted_by, decided_by, decided_at, decision_opinion FROM zc_filing WHERE cycle_id = ?", cycle.id())
				.get(0);
			assertThat(filing).containsEntry("SUBMITTED_BY", "eyzgb").containsEntry("DECIDED_BY", "dlrsj")
				.containsEntry("DECISION_OPINION", "材料齐全，准予备案。");
			assertThat(filing.get("DECIDED_AT")).isNotNull();
		}
		finally {
			org.camunda.bpm.engine.impl.util.ClockUtil.reset();
		}
	}

	@Test
	void noticeDraftAndApprovalAreTraceable() throws Exception {
		ReviewCycle cycle = this.driver.start(this.driver.freshCommittee().code(), this.fixture.openYear());
		Map<String, Object> notice = CycleDriver.notice(this.fixture.openYear() + "-09-20",
				this.fixture.openYear() + "-06-28");
		decideAndTrace("eyzgb", this.driver.task(cycle, "Task_DraftNotice").getId(), notice);
		decideAndTrace("eyrsj", this.driver.task(cycle, "Task_ApproveNotice").getId(),
				Map.of("noticeDecision", "APPROVE", "noticeOpinion", "同意发布。"));
		Map<String, Object> row = this.jdbc.queryForMap(
				"SELECT created_by, approved_by, updated_at FROM zc_review_cycle WHERE id = ?", cycle.id());
		assertThat(row).containsEntry("CREATED_BY", "eyzgb").containsEntry("APPROVED_BY", "eyrsj");
	}

	@Test
	void aComplaintOutcomeIsTraceable() throws Exception {
		String task;
		try {
			CycleDriver.setClock("2024-07-02T10:00:00");
			Reply complaint = sendJson(null, "POST", "/public/api/publicity/" + this.fixture.publicity() + "/complaints",
					Map.of("entryNumber", 2, "complainantName", "王明", "complainantPhone", "13908721234", "content",
							"该申报人的继续教育学时不足，请核实。"));
			assertThat(complaint.status()).as("%s", complaint).isEqualTo(201);
			task = this.engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_InvestigateComplaint")
				.processVariableValueEquals("publicityId", this.fixture.publicity())
				.list()
				.get(0)
				.getId();
			decideAndTrace("eyzgb", task, Map.of("complaintDecision", "DISMISSED", "complaintReason",
					"经核实，继续教育学时已达到要求，投诉不成立。"));
		}
		finally {
			org.camunda.bpm.engine.impl.util.ClockUtil.reset();
		}
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"SELECT decided_by, decided_at, status FROM zc_complaint WHERE publicity_id = ? AND decided_by IS NOT NULL",
				this.fixture.publicity());
		assertThat(rows).anySatisfy(row -> {
			assertThat(row).containsEntry("DECIDED_BY", "eyzgb");
			assertThat(row.get("DECIDED_AT")).isNotNull();
		});
	}

	@Test
	void aPlanApprovalIsTraceable() throws Exception {
		int year = 2026; // a year whose holiday schedule is in the working-day calendar
		Map<String, Object> row = new java.util.LinkedHashMap<>();
		row.put("kind", "报送工作总结");
		row.put("name", "报送" + year + "年度职称评审工作总结");
		row.put("organiser", "洱源县职称改革工作领导小组办公室");
		row.put("responsibleCreditCode", ERYUAN_OFFICE);
		row.put("region", "洱源县");
		row.put("deadline", year + "-12-28");
		Reply submitted = sendJson("eyrsj", "POST", "/api/plans",
				Map.of("planYear", year, "ownerCreditCode", "11532930431004118M", "rows", List.of(row)));
		assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
		String planId = (String) JSON.readValue(submitted.body(), Map.class).get("id");
		Task approval = this.engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ApprovePlan")
			.processVariableValueEquals("planId", planId)
			.singleResult();
		assertThat(approval).isNotNull();
		decideAndTrace("eyrsj", approval.getId(), Map.of("planDecision", "APPROVE", "planOpinion", "同意印发。"));
		Map<String, Object> plan = this.jdbc.queryForMap(
				"SELECT created_by, decided_by, decided_at, decision_opinion FROM zc_plan WHERE id = ?", planId);
		assertThat(plan).containsEntry("CREATED_BY", "eyrsj").containsEntry("DECIDED_BY", "eyrsj");
		assertThat(plan.get("DECIDED_AT")).isNotNull();
	}

	@Test
	void anOrganisationChangeByTheAdministratorIsTraceable() throws Exception {
		Map<String, Object> organisation = Map.of("name", "洱源县第二中学", "kind", "UNIT", "regionCode", "532930",
				"parentCreditCode", "11532930431008223R", "unitLevel", "COUNTY");
		Reply changed = sendJson("demo", "PUT", "/api/organisations/" + ERYUAN_NO2_SCHOOL, organisation);
		assertThat(changed.status()).as("%s", changed).isEqualTo(200);
		assertThat(this.jdbc.queryForMap("SELECT updated_by, updated_at FROM zc_organisation WHERE credit_code = ?",
				ERYUAN_NO2_SCHOOL)).containsEntry("UPDATED_BY", "demo");
	}

	Map<String, Object> form() {
		Map<String, Object> form = cn.zhicheng.application.ApplicationFixtures.teacher(this.fixture.openYear(),
				nextIdNumber());
		form.put("unitCreditCode", ERYUAN_NO1_SCHOOL);
		return form;
	}

}
