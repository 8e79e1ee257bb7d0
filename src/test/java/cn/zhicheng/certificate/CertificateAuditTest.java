package cn.zhicheng.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 10 item 6 for certification (C1, C2, X1): the qualification document's issue and the office's name
 * check are traceable — who and when in the user operation log, what in that operation's historic details —
 * as are the document's creator and a certificate's revocation (who, when, why) in the domain tables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class CertificateAuditTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	HistoryService historyService;

	@Autowired
	IdentityService identityService;

	@Autowired
	CertificateService certificates;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void tearDown() {
		this.identityService.clearAuthentication();
		ClockUtil.reset();
	}

	Task task(ProcessInstance pi, String key) {
		return this.taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
	}

	/** Who and when from the user operation log, what from the details of that operation. */
	Map<String, Object> traced(String taskId, String login) {
		List<UserOperationLogEntry> entries = this.historyService.createUserOperationLogQuery()
			.taskId(taskId)
			.operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
			.list();
		assertThat(entries).isNotEmpty().allSatisfy(entry -> {
			assertThat(entry.getUserId()).isEqualTo(login);
			assertThat(entry.getTimestamp()).isNotNull();
		});
		Map<String, Object> what = new HashMap<>();
		this.historyService.createHistoricDetailQuery().userOperationId(entries.get(0).getOperationId())
			.variableUpdates().list()
			.forEach(d -> what.put(((HistoricVariableUpdate) d).getVariableName(), ((HistoricVariableUpdate) d).getValue()));
		return what;
	}

	@Test
	void documentIssueNameCheckAndRevocationAreTraceable() {
		CertificationFixture fixture = new CertificationFixture(this.context);
		CertificationFixture.Cycle cycle = fixture.cycle(List.of("周建国:GENERAL"), List.of());
		Date approvedAt = CertificationFixture.beijing("2024-11-04T10:00:00");
		ClockUtil.setCurrentTime(approvedAt);
		ProcessInstance caller = this.runtimeService.createProcessInstanceByKey(CertificationFixture.CALLER_KEY)
			.businessKey(cycle.cycle().businessKey())
			.setVariable(CertificationProcess.CYCLE_ID.name(), cycle.cycle().id())
			.setVariable(CertificationProcess.POST_FILING_APPROVED_AT.name(), approvedAt)
			.execute();
		ProcessInstance pi = this.runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId())
			.processDefinitionKey(CertificationProcess.KEY).singleResult();

		ClockUtil.setCurrentTime(CertificationFixture.beijing("2024-11-05T09:30:00"));
		Task document = task(pi, CertificationProcess.TASK_ISSUE_DOCUMENT);
		fixture.driver.complete("eyrsj", document,
				Map.of("documentTitle", "关于周建国取得中级专业技术职务任职资格的通知", "documentDate", "2024-11-05"));
		assertThat(traced(document.getId(), "eyrsj")).containsEntry("documentTitle", "关于周建国取得中级专业技术职务任职资格的通知");
		assertThat(this.certificates.document(cycle.cycle().id()).orElseThrow().createdBy()).isEqualTo("eyrsj");

		Task check = task(pi, CertificationProcess.TASK_CHECK_NAMES);
		fixture.driver.complete("eyzgb", check, Map.of("namesConfirmed", true, "nameCheckNote", "姓名、专业与文件一致"));
		assertThat(traced(check.getId(), "eyzgb")).containsEntry("namesConfirmed", true);

		this.managementService.executeJob(this.managementService.createJobQuery().processInstanceId(pi.getId())
			.activityId(CertificationProcess.TASK_ISSUE_CERTIFICATES).singleResult().getId());
		Certificate issued = this.certificates.certificates(cycle.cycle().id()).get(0);

		// X1: revocation by the HR bureau, with who, when and why
		this.certificates.revoke(issued.certificateNumber(), "经查，申报材料中的获奖证书系伪造（X1）", "eyrsj",
				List.of(cn.zhicheng.cycle.CycleDriver.ERYUAN_HR_BUREAU));
		Map<String, Object> row = this.jdbc.queryForMap(
				"SELECT status, revoked_by, revoked_at, revocation_reason FROM zc_certificate WHERE certificate_number = ?",
				issued.certificateNumber());
		assertThat(row).containsEntry("STATUS", "REVOKED").containsEntry("REVOKED_BY", "eyrsj")
			.containsEntry("REVOCATION_REASON", "经查，申报材料中的获奖证书系伪造（X1）");
		assertThat(row.get("REVOKED_AT")).isNotNull();
	}

}
