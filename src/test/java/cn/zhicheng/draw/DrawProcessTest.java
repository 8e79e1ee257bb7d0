package cn.zhicheng.draw;

import static cn.zhicheng.draw.DrawTestSupport.ERYUAN_NO1_SCHOOL;
import static cn.zhicheng.draw.DrawTestSupport.ERYUAN_OFFICE;
import static cn.zhicheng.draw.DrawTestSupport.ERYUAN_SUPERVISION;
import static cn.zhicheng.draw.DrawTestSupport.REVIEW_YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.organisation.Person;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * processes/expert-draw.bpmn as deployed by the application, started directly with the call activity's
 * in variables, signed in the inboxes of 洱源县职改办 and 洱源县纪检监察组 (E1, E2, E6, E7).
 */
@SpringBootTest
@ActiveProfiles("demo")
class DrawProcessTest {

	@Autowired
	ProcessEngine processEngine;

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
	DrawService draws;

	@Autowired
	JdbcTemplate jdbc;

	DrawTestSupport support;

	@BeforeEach
	void setUp() {
		init(this.processEngine);
		this.support = new DrawTestSupport(this.organisations, this.runtimeService, this.taskService,
				this.identityService, this.jdbc);
	}

	@AfterEach
	void tearDown() {
		this.identityService.clearAuthentication();
	}

	@Test
	void aDrawIsSignedByFourDifferentPeopleAndNobodySignsTwice() {
		this.support.committee("DRAWPROC", 24);
		// 杨丽芬 of 洱源县第一中学 applies: the pool's 6 experts of that school recuse (E6); a withdrawn
		// applicant of 大理大学 does not make anyone recuse
		this.support.applicant("DRAWPROC", REVIEW_YEAR, ERYUAN_NO1_SCHOOL, "杨丽芬", 301,
				ApplicationStatus.QUALIFIED.name());
		this.support.applicant("DRAWPROC", REVIEW_YEAR, DrawTestSupport.DALI_UNIVERSITY, "李家兴", 303,
				ApplicationStatus.WITHDRAWN.name());

		ProcessInstance pi = this.support.startDraw("DRAWPROC", REVIEW_YEAR);

		assertThat(pi).isWaitingAt(ExpertDrawProcess.TASK_SIGN_BY_OFFICE, ExpertDrawProcess.TASK_SIGN_BY_SUPERVISOR)
			.hasPassed(ExpertDrawProcess.TASK_DRAW);
		String drawId = (String) this.runtimeService.getVariable(pi.getId(), "drawId");
		List<Task> office = this.support.tasks(pi, ExpertDrawProcess.TASK_SIGN_BY_OFFICE);
		assertThat(office).hasSize(3);
		office.forEach(task -> assertThat(task).hasCandidateGroup(ERYUAN_OFFICE));
		assertThat(this.support.tasks(pi, ExpertDrawProcess.TASK_SIGN_BY_SUPERVISOR).get(0))
			.hasCandidateGroup(ERYUAN_SUPERVISION);

		// E1, E3: 11 members and 3 alternates from the 18 who need not recuse
		DrawRecord record = this.draws.record(drawId);
		assertThat(record.draw().status()).isEqualTo(DrawStatus.SIGNING);
		assertThat(record.picks()).hasSize(14);
		assertThat(record.picks().stream().filter(p -> p.pickRole() == PickRole.MEMBER)).hasSize(11);
		assertThat(this.draws.members(drawId)).hasSize(11);
		assertThat(this.draws.alternates(drawId)).hasSize(3);
		Set<String> colleagues = Set.of("drawproc01", "drawproc05", "drawproc09", "drawproc13", "drawproc17",
				"drawproc21");
		assertThat(record.candidates()).hasSize(18).doesNotContainAnyElementsOf(colleagues);
		assertThat(record.exclusions()).extracting(Exclusion::userId).containsExactlyInAnyOrderElementsOf(colleagues);
		assertThat(record.exclusions()).allSatisfy(x -> {
			assertThat(x.reasonCode()).isEqualTo(ExclusionReason.SAME_UNIT);
			assertThat(x.reason()).contains("杨丽芬", "洱源县第一中学").doesNotContain("李家兴");
		});

		// E7: the process carries counts and the digest, never the list
		Map<String, Object> variables = this.runtimeService.getVariables(pi.getId());
		assertThat(variables).containsEntry("drawMemberCount", 11)
			.containsEntry("drawAlternateCount", 3)
			.containsEntry("drawCandidateCount", 18)
			.containsEntry("drawExcludedCount", 6)
			.containsEntry("drawDigest", record.draw().resultDigest());
		assertNoExpertIn(pi, variables);

		// E2: three different office staff; the first may not sign a second time
		this.support.signAs("eyzgb", office.get(0));
		assertThatThrownBy(() -> this.support.signAs("eyzgb", office.get(1))).isInstanceOf(NotValidException.class)
			.hasMessageContaining("同一人不能重复签名")
			.hasMessageContaining("E2");
		assertThat(this.support.tasks(pi, ExpertDrawProcess.TASK_SIGN_BY_OFFICE)).hasSize(2);
		// an unconfirmed signature is refused
		assertThatThrownBy(() -> this.support.as("eyzgb2",
				() -> this.taskService.complete(office.get(1).getId(), Map.of("signatureConfirmed", false))))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("确认");
		this.support.signAs("eyzgb2", office.get(1));
		// someone who works both in the office and in the supervision signs once, in one role only
		this.organisations.savePerson(new Person("drawdual", "两部门人员", null, null),
				List.of(ERYUAN_OFFICE, ERYUAN_SUPERVISION), null, "test");
		this.support.signAs("drawdual", office.get(2));
		assertThat(pi).isWaitingAt(ExpertDrawProcess.TASK_SIGN_BY_SUPERVISOR);

		// the supervisor's task: an office clerk may not even work it; an administrator may, but is no
		// supervisor; the person of both departments has signed already
		Task supervisorTask = this.support.tasks(pi, ExpertDrawProcess.TASK_SIGN_BY_SUPERVISOR).get(0);
		assertThatThrownBy(() -> this.support.signAs("eyzgb3", supervisorTask))
			.isInstanceOf(AuthorizationException.class);
		assertThatThrownBy(() -> this.support.signAs("demo", supervisorTask)).isInstanceOf(NotValidException.class)
			.hasMessageContaining("监督人员签名须由监督部门");
		assertThatThrownBy(() -> this.support.signAs("drawdual", supervisorTask)).isInstanceOf(NotValidException.class)
			.hasMessageContaining("同一人不能重复签名：drawdual")
			.hasMessageContaining("评委会组建部门工作人员身份");
		this.support.signAs("eyjjz", supervisorTask);

		assertThat(pi).isEnded().hasPassed(ExpertDrawProcess.TASK_SEAL, ExpertDrawProcess.END_EVENT);
		Draw signed = this.draws.find(drawId).orElseThrow();
		assertThat(signed.status()).isEqualTo(DrawStatus.SIGNED);
		List<DrawSignature> signatures = this.draws.record(drawId).signatures();
		assertThat(signatures).extracting(DrawSignature::userId).containsExactly("eyzgb", "eyzgb2", "drawdual", "eyjjz");
		assertThat(signatures).extracting(DrawSignature::signerRole).containsExactly(SignerRole.OFFICE,
				SignerRole.OFFICE, SignerRole.OFFICE, SignerRole.SUPERVISOR);
		assertThat(signatures.get(3).digest()).isEqualTo(signed.digest());

		DrawVerification verification = this.draws.verify(drawId);
		assertThat(verification.problems()).isEmpty();
		assertThat(verification.valid()).isTrue();
		assertThat(verification.reproduced()).isTrue();
		assertThat(verification.anchor()).isEqualTo("MATCH");

		// out variable drawId, and the form fields did not stay behind
		List<HistoricVariableInstance> history = this.historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(pi.getId())
			.list();
		assertThat(history).filteredOn(v -> v.getName().equals("drawId")).extracting(HistoricVariableInstance::getValue)
			.containsExactly(drawId);
		assertThat(history).filteredOn(v -> v.getName().equals("signatureOpinion")
				&& v.getActivityInstanceId().equals(pi.getId()) && "CREATED".equals(v.getState())).isEmpty();
	}

	private void assertNoExpertIn(ProcessInstance pi, Map<String, Object> variables) {
		Set<String> experts = new HashSet<>(this.organisations.pool("DRAWPROC"));
		for (Object value : variables.values()) {
			for (String expert : experts) {
				assertThat(String.valueOf(value)).doesNotContain(expert).doesNotContain("专家" + expert);
			}
		}
		assertThat(pi).isNotNull();
	}

	@Test
	void aPoolTooSmallGoesToTheOfficeInboxNotToAnIncident() {
		this.support.committee("DRAWSHORT", 13);
		this.support.applicant("DRAWSHORT", REVIEW_YEAR, ERYUAN_NO1_SCHOOL, "陈玉梅", 305, ApplicationStatus.SUBMITTED.name());

		ProcessInstance pi = this.support.startDraw("DRAWSHORT", REVIEW_YEAR);

		assertThat(pi).isWaitingAt(ExpertDrawProcess.TASK_RESOLVE_SHORTFALL);
		assertThat(this.support.tasks(pi, ExpertDrawProcess.TASK_RESOLVE_SHORTFALL).get(0))
			.hasCandidateGroup(ERYUAN_OFFICE);
		assertThat(this.runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count())
			.isZero();
		String reason = (String) this.runtimeService.getVariable(pi.getId(), "drawFailureReason");
		// 13 in the pool, 4 of 洱源县第一中学 recuse: 9 for 11 + 3
		assertThat(reason).contains("需抽取评委11人、备用评委3人，共14人", "专家库共13人", "可抽取9人", "尚缺5人", "同单位回避（E6）4人");
		String failedId = (String) this.runtimeService.getVariable(pi.getId(), "failedDrawId");
		Draw failed = this.draws.find(failedId).orElseThrow();
		assertThat(failed.status()).isEqualTo(DrawStatus.FAILED);
		assertThat(failed.failureReason()).isEqualTo(reason);
		assertThat(this.draws.record(failedId).picks()).isEmpty();
		assertThat(this.draws.verify(failedId).valid()).isTrue();
		assertThat(this.runtimeService.getVariable(pi.getId(), "drawId")).isNull();

		// the office fills the pool and draws again
		for (int n = 14; n <= 18; n++) {
			this.support.addExpert("DRAWSHORT", DrawTestSupport.expertId("DRAWSHORT", n), DrawTestSupport.DALI_UNIVERSITY);
		}
		this.support.as("eyzgb", () -> this.taskService.complete(
				this.support.tasks(pi, ExpertDrawProcess.TASK_RESOLVE_SHORTFALL).get(0).getId(),
				Map.of("shortfallNote", "已从大理大学补充5名专家")));
		assertThat(pi).isWaitingAt(ExpertDrawProcess.TASK_SIGN_BY_OFFICE, ExpertDrawProcess.TASK_SIGN_BY_SUPERVISOR);
		String drawId = (String) this.runtimeService.getVariable(pi.getId(), "drawId");
		assertThat(drawId).isNotEqualTo(failedId);
		assertThat(this.draws.record(drawId).picks()).hasSize(14);
		assertThat(this.draws.drawsOfCycle(REVIEW_YEAR + "-DRAWSHORT")).extracting(Draw::status)
			.containsExactly(DrawStatus.FAILED, DrawStatus.SIGNING);
	}

	@Test
	void aSeniorCommitteeBelowItsMinimumIsNotDrawn() {
		this.support.committee("DRAWE3", 40);
		this.organisations.saveCommittee(new cn.zhicheng.organisation.Committee("DRAWE3", "测试评委会DRAWE3", "中小学教师",
				cn.zhicheng.common.TitleLevel.SENIOR, cn.zhicheng.organisation.OrganisedBy.SERIES, "532930", ERYUAN_OFFICE,
				null, ERYUAN_SUPERVISION, 11), "test");

		ProcessInstance pi = this.support.startDraw("DRAWE3", REVIEW_YEAR);

		assertThat(pi).isWaitingAt(ExpertDrawProcess.TASK_RESOLVE_SHORTFALL);
		assertThat((String) this.runtimeService.getVariable(pi.getId(), "drawFailureReason")).contains("不得少于25人",
				"E3");
	}

	@Test
	void aRequestForAnotherOfficeOrWithoutSupervisionIsRefused() {
		this.support.committee("DRAWREQ", 14);
		Map<String, Object> otherOffice = this.support.drawVariables("DRAWREQ", REVIEW_YEAR);
		otherOffice.put("committeeOfficeGroupId", "115334004310232980");
		assertThatThrownBy(() -> this.runtimeService.startProcessInstanceByKey(ExpertDrawProcess.KEY, otherOffice))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("committeeOfficeGroupId");
		Map<String, Object> noSupervision = this.support.drawVariables("DRAWREQ", REVIEW_YEAR);
		noSupervision.put("supervisionGroupId", ERYUAN_OFFICE);
		assertThatThrownBy(() -> this.runtimeService.startProcessInstanceByKey(ExpertDrawProcess.KEY, noSupervision))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("纪检监察");
		assertThat(this.draws.drawsOfCycle(REVIEW_YEAR + "-DRAWREQ")).isEmpty();
	}


	/**
	 * The contract with the review cycle: a caller's call activity passes the in variables and gets drawId
	 * back, and the office clerk whose completed task starts the draw needs no permission on expertDraw.
	 */
	@Test
	void aCallerGetsTheSignedDrawId() {
		this.support.committee("DRAWCALL", 16);
		if (this.processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("drawCallerTest")
			.count() == 0) {
			this.processEngine.getRepositoryService().createDeployment().name("draw-caller-test")
				.addClasspathResource("cn/zhicheng/draw/draw-caller.bpmn").deploy();
		}
		ProcessInstance caller = this.runtimeService.startProcessInstanceByKey("drawCallerTest",
				this.support.drawVariables("DRAWCALL", REVIEW_YEAR));
		this.support.as("eyzgb", () -> this.taskService.complete(this.taskService.createTaskQuery()
			.processInstanceId(caller.getId()).singleResult().getId()));

		ProcessInstance draw = this.runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId())
			.singleResult();
		assertThat(draw).isWaitingAt(ExpertDrawProcess.TASK_SIGN_BY_OFFICE, ExpertDrawProcess.TASK_SIGN_BY_SUPERVISOR);
		String drawId = (String) this.runtimeService.getVariable(draw.getId(), "drawId");
		assertThat(this.draws.find(drawId).orElseThrow().drawnBy()).isEqualTo("eyzgb");
		for (String signer : List.of("eyzgb", "eyzgb2", "eyzgb3")) {
			this.support.signAs(signer, this.support.tasks(draw, ExpertDrawProcess.TASK_SIGN_BY_OFFICE).get(0));
		}
		this.support.signAs("eyjjz", this.support.tasks(draw, ExpertDrawProcess.TASK_SIGN_BY_SUPERVISOR).get(0));

		assertThat(caller).isWaitingAt("Task_AfterDraw").variables().containsEntry("drawId", drawId);
		assertThat(this.draws.find(drawId).orElseThrow().status()).isEqualTo(DrawStatus.SIGNED);
	}

}
