package cn.zhicheng.draw;

import static cn.zhicheng.draw.DrawTestSupport.REVIEW_YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.zhicheng.organisation.OrganisationService;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 10 item 6 for the expert draw (E2): each of the four signatures can be traced — who and when in the
 * user operation log and in {@code zc_draw_signature}, what (the confirmation and the opinion) in the
 * historic details of that operation.
 */
@SpringBootTest
@ActiveProfiles("demo")
class DrawSignatureAuditTest {

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	IdentityService identityService;

	@Autowired
	OrganisationService organisations;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void tearDown() {
		this.identityService.clearAuthentication();
	}

	@Test
	void everyDrawSignatureIsTraceable() {
		DrawTestSupport support = new DrawTestSupport(this.organisations, this.runtimeService, this.taskService,
				this.identityService, this.jdbc);
		support.committee("DRAWAUDIT", 24);
		ProcessInstance pi = support.startDraw("DRAWAUDIT", REVIEW_YEAR);
		String drawId = (String) this.runtimeService.getVariable(pi.getId(), "drawId");
		List<String> signers = List.of("eyzgb", "eyzgb2", "eyzgb3", "eyjjz");
		List<String> signed = new java.util.ArrayList<>();
		for (String login : signers) {
			String key = login.equals("eyjjz") ? ExpertDrawProcess.TASK_SIGN_BY_SUPERVISOR
					: ExpertDrawProcess.TASK_SIGN_BY_OFFICE;
			Task task = support.tasks(pi, key).get(0);
			support.signAs(login, task);
			signed.add(task.getId());
		}
		for (int i = 0; i < signers.size(); i++) {
			List<UserOperationLogEntry> entries = this.historyService.createUserOperationLogQuery()
				.taskId(signed.get(i))
				.operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
				.list();
			String login = signers.get(i);
			assertThat(entries).as(login).isNotEmpty().allSatisfy(entry -> {
				assertThat(entry.getUserId()).isEqualTo(login);
				assertThat(entry.getTimestamp()).isNotNull();
			});
			Map<String, Object> what = new java.util.HashMap<>();
			this.historyService.createHistoricDetailQuery().userOperationId(entries.get(0).getOperationId())
				.variableUpdates().list()
				.forEach(d -> what.put(((HistoricVariableUpdate) d).getVariableName(), ((HistoricVariableUpdate) d).getValue()));
			assertThat(what).containsEntry("signatureConfirmed", true).containsEntry("signatureOpinion", login + "：同意");
		}
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"SELECT user_id, signer_role, signed_at FROM zc_draw_signature WHERE draw_id = ? ORDER BY seq_no", drawId);
		assertThat(rows).extracting(r -> r.get("USER_ID")).containsExactlyElementsOf(signers);
		assertThat(rows).allSatisfy(r -> assertThat(r.get("SIGNED_AT")).isNotNull());
	}

}
