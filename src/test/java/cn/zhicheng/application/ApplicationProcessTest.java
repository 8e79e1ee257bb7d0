package cn.zhicheng.application;

import static cn.zhicheng.application.ApplicationFixtures.ERYUAN_COMMITTEE_OFFICE;
import static cn.zhicheng.application.ApplicationFixtures.ERYUAN_EDUCATION_BUREAU;
import static cn.zhicheng.application.ApplicationFixtures.ERYUAN_HR_BUREAU;
import static cn.zhicheng.application.ApplicationFixtures.ERYUAN_NO1_SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.cycle.CycleDriver;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * processes/application.bpmn as deployed by the application, entered the way a unit's staff does
 * (ApplicationService.submit as the logged-in user), with the engine clock on Friday 2024-09-27, the
 * last working day before National Day.
 */
@SpringBootTest
@ActiveProfiles("demo")
class ApplicationProcessTest {

	static final ZonedDateTime FRIDAY_BEFORE_NATIONAL_DAY = ZonedDateTime.parse("2024-09-27T10:00:00+08:00[Asia/Shanghai]");

	private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	IdentityService identityService;

	@Autowired
	ApplicationService applications;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void setUp() {
		init(this.processEngine);
		// N2, A17: EYTEACHERINT accepts 2024 applications (notice published in May, window open to 09-30)
		new CycleDriver(this.context).openWindow("EYTEACHERINT", 2024, "2024-05-06T09:00:00", "2024-10-30",
				"2024-09-30");
		ClockUtil.setCurrentTime(Date.from(FRIDAY_BEFORE_NATIONAL_DAY.toInstant()));
	}

	@AfterEach
	void tearDown() {
		this.identityService.clearAuthentication();
		ClockUtil.reset();
	}

	/** A fresh applicant (own ID number, so A4 sees one application each). */
	static Map<String, Object> teacher() {
		return ApplicationFixtures.teacher(2024, ApplicationFixtures.idNumber("19880315", SEQUENCE.getAndAdd(2)));
	}

	Application submitAs(String login, Map<String, Object> data) {
		List<String> groups = this.identityService.createGroupQuery().groupMember(login).list().stream()
			.map(Group::getId)
			.toList();
		this.identityService.setAuthentication(login, groups);
		try {
			return this.applications.submit(ApplicationFixtures.form(data), login);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	ProcessInstance instanceOf(Application application) {
		return this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(application.processInstanceId())
			.singleResult();
	}

	ProcessInstance recommendedByUnit(Application application) {
		ProcessInstance pi = instanceOf(application);
		complete(task(pi), withVariables("ballotMethod", "述职并无记名投票", "ballotVoterScope", "全体在编在岗职工",
				"ballotAttendees", 30, "ballotYes", 20));
		execute(job(pi));
		complete(task(pi), withVariables("unitRecommends", true, "unitOpinion", "经测评和公示，同意推荐。"));
		return pi;
	}

	@Test
	void happyPathFromSubmissionToTheAwardedTitle() {
		Application application = submitAs("ey1z", teacher());
		ProcessInstance pi = instanceOf(application);

		// the process carries the id and routing facts, not the form
		assertThat(pi).isWaitingAt(ApplicationProcess.TASK_RECORD_UNIT_BALLOT)
			.variables()
			.containsEntry("applicationId", application.id())
			.containsEntry("unitGroupId", ERYUAN_NO1_SCHOOL)
			.containsEntry("competentDeptGroupId", ERYUAN_EDUCATION_BUREAU)
			.containsEntry("committeeOfficeGroupId", ERYUAN_COMMITTEE_OFFICE)
			.containsEntry("hrBureauGroupId", ERYUAN_HR_BUREAU)
			.doesNotContainKey("idNumber")
			.doesNotContainKey("workSummary");
		assertThat(pi.getBusinessKey()).startsWith("2024-EYTEACHERINT-杨**-");
		assertThat(task(pi)).hasCandidateGroup(ERYUAN_NO1_SCHOOL);

		// A14: 20 of 30 is exactly two thirds
		complete(task(pi), withVariables("ballotMethod", "述职并无记名投票", "ballotVoterScope", "全体在编在岗职工",
				"ballotAttendees", 30, "ballotYes", 20));
		assertThat(pi).isWaitingAt(ApplicationProcess.TIMER_UNIT_PUBLICITY).variables().containsEntry("ballotPassed",
				true);

		// A15: internal publicity of 5 working days: 9-29 (make-up Sunday), 9-30, 10-8, 10-9, 10-10
		Job timer = job(pi);
		assertThat(timer.getDuedate().toInstant())
			.isEqualTo(ZonedDateTime.parse("2024-10-10T10:00:00+08:00[Asia/Shanghai]").toInstant());
		ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2024-10-09T23:59:59+08:00[Asia/Shanghai]").toInstant()));
		assertThat(this.processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable()
			.count()).isZero();
		ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2024-10-10T10:00:00+08:00[Asia/Shanghai]").toInstant()));
		assertThat(this.processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable()
			.count()).isEqualTo(1);
		execute(job(pi));

		assertThat(pi).isWaitingAt(ApplicationProcess.TASK_RECOMMEND_BY_UNIT);
		assertThat(task(pi)).hasCandidateGroup(ERYUAN_NO1_SCHOOL);
		complete(task(pi), withVariables("unitRecommends", true, "unitOpinion", "经测评和公示，同意推荐。"));

		assertThat(pi).isWaitingAt(ApplicationProcess.TASK_REVIEW_BY_COMPETENT_DEPT);
		assertThat(task(pi)).hasCandidateGroup(ERYUAN_EDUCATION_BUREAU);
		complete(task(pi), withVariables("competentDeptDecision", "APPROVE", "competentDeptOpinion", "同意报送。"));

		assertThat(pi).hasPassed(ApplicationProcess.TASK_CHECK_QUALIFICATION)
			.isWaitingAt(ApplicationProcess.EVENT_WAIT_FOR_RESULT)
			.variables()
			.containsEntry("qualificationOutcome", "PASS");
		assertThat(this.applications.require(application.id()).status()).isEqualTo(ApplicationStatus.QUALIFIED);

		this.runtimeService.createMessageCorrelation(ApplicationProcess.MESSAGE_REVIEW_RESULT)
			.processInstanceVariableEquals("applicationId", application.id())
			.setVariable("reviewPassed", true)
			.correlate();
		assertThat(pi).hasPassedInOrder(ApplicationProcess.TASK_REGISTER, ApplicationProcess.TASK_RECORD_UNIT_BALLOT,
				ApplicationProcess.TASK_CHECK_UNIT_BALLOT, ApplicationProcess.TIMER_UNIT_PUBLICITY,
				ApplicationProcess.TASK_RECOMMEND_BY_UNIT, ApplicationProcess.TASK_REVIEW_BY_COMPETENT_DEPT,
				ApplicationProcess.TASK_CHECK_QUALIFICATION, ApplicationProcess.EVENT_WAIT_FOR_RESULT)
			.isWaitingAt(ApplicationProcess.EVENT_WAIT_FOR_CERTIFICATE);
		assertThat(this.applications.require(application.id()).status()).isEqualTo(ApplicationStatus.PASSED);
	}

	@Test
	void ballotBelowTwoThirdsEndsWithoutRecommendation() {
		Application application = submitAs("ey1z", teacher());
		ProcessInstance pi = instanceOf(application);
		complete(task(pi), withVariables("ballotMethod", "述职并无记名投票", "ballotVoterScope", "全体在编在岗职工",
				"ballotAttendees", 30, "ballotYes", 19));
		assertThat(pi).hasPassed(ApplicationProcess.END_BALLOT_FAILED, ApplicationProcess.END_NOT_RECOMMENDED)
			.hasNotPassed(ApplicationProcess.TIMER_UNIT_PUBLICITY)
			.isEnded();
		assertThat(this.applications.require(application.id()).status()).isEqualTo(ApplicationStatus.NOT_RECOMMENDED);
	}

	@Test
	void impossibleBallotCountsAreRefusedAndTheTaskStaysOpen() {
		Application application = submitAs("ey1z", teacher());
		ProcessInstance pi = instanceOf(application);
		String taskId = task(pi).getId();
		assertThatThrownBy(() -> complete(task(pi), withVariables("ballotMethod", "述职并无记名投票",
				"ballotVoterScope", "全体职工", "ballotAttendees", 30, "ballotYes", 31)))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("不能超过参会人数")
			.hasMessageContaining("A14");
		assertThat(task(pi).getId()).isEqualTo(taskId);
	}

	@Test
	void unitDeclinesAfterPublicity() {
		Application application = submitAs("ey1z", teacher());
		ProcessInstance pi = instanceOf(application);
		complete(task(pi), withVariables("ballotMethod", "述职并无记名投票", "ballotVoterScope", "全体在编在岗职工",
				"ballotAttendees", 9, "ballotYes", 6));
		execute(job(pi));
		assertThatThrownBy(() -> complete(task(pi), withVariables("unitRecommends", false)))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("unitOpinion");
		complete(task(pi), withVariables("unitRecommends", false, "unitOpinion", "公示期间收到实名反映，经核实不予推荐。"));
		assertThat(pi).hasPassed(ApplicationProcess.END_UNIT_DECLINED, ApplicationProcess.END_NOT_RECOMMENDED).isEnded();
		assertThat(this.applications.require(application.id()).status()).isEqualTo(ApplicationStatus.NOT_RECOMMENDED);
	}

	@Test
	void competentDepartmentReturnsToTheUnitWithItsReasonThenApproves() {
		Application application = submitAs("ey1z", teacher());
		ProcessInstance pi = recommendedByUnit(application);
		complete(task(pi), withVariables("competentDeptDecision", "RETURN", "competentDeptOpinion", "缺少聘用合同复印件"));
		assertThat(pi).isWaitingAt(ApplicationProcess.TASK_RECOMMEND_BY_UNIT)
			.variables()
			.containsEntry("returnReason", "主管部门退回：缺少聘用合同复印件");
		assertThat(task(pi)).hasCandidateGroup(ERYUAN_NO1_SCHOOL);
		complete(task(pi), withVariables("unitRecommends", true, "unitOpinion", "已补齐聘用合同，同意推荐。"));
		complete(task(pi), withVariables("competentDeptDecision", "APPROVE", "competentDeptOpinion", "同意报送。"));
		assertThat(pi).isWaitingAt(ApplicationProcess.EVENT_WAIT_FOR_RESULT);
	}

	@Test
	void competentDepartmentRejects() {
		Application application = submitAs("ey1z", teacher());
		ProcessInstance pi = recommendedByUnit(application);
		complete(task(pi), withVariables("competentDeptDecision", "REJECT", "competentDeptOpinion", "不符合本单位岗位设置"));
		// the unit learns why, to tell the applicant
		assertThat(pi).hasPassed(ApplicationProcess.END_DEPT_REJECTED)
			.isWaitingAt(ApplicationProcess.TASK_NOTIFY_REJECTED_BY_DEPT);
		assertThat(task(pi)).hasCandidateGroup(ERYUAN_NO1_SCHOOL);
		assertThat(this.runtimeService.getVariable(pi.getId(), "competentDeptOpinion")).isEqualTo("不符合本单位岗位设置");
		complete(task(pi), withVariables("notified", true));
		assertThat(pi).hasPassed(ApplicationProcess.END_NOT_RECOMMENDED).isEnded();
		assertThat(this.applications.require(application.id()).status()).isEqualTo(ApplicationStatus.NOT_RECOMMENDED);
	}

	@Test
	void withdrawnDuringRecommendationButNotAfterTheQualificationCheck() {
		Application early = submitAs("ey1z", teacher());
		this.applications.withdraw(early.id(), "ey1z");
		assertThat(instanceOf(early)).isNull();
		assertThat(this.processEngine.getHistoryService().createHistoricActivityInstanceQuery()
			.processInstanceId(early.processInstanceId()).activityId(ApplicationProcess.END_WITHDRAWN).count())
			.isEqualTo(1);
		assertThat(this.applications.require(early.id()).status()).isEqualTo(ApplicationStatus.WITHDRAWN);

		Application late = submitAs("ey1z", teacher());
		ProcessInstance pi = recommendedByUnit(late);
		complete(task(pi), withVariables("competentDeptDecision", "APPROVE", "competentDeptOpinion", "同意报送。"));
		assertThatThrownBy(() -> this.applications.withdraw(late.id(), "ey1z")).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("不能撤回");
	}

	@Test
	void anotherUnitCannotWithdraw() {
		Application application = submitAs("ey1z", teacher());
		assertThatThrownBy(() -> this.applications.withdraw(application.id(), "ey2z"))
			.isInstanceOf(cn.zhicheng.system.ForbiddenException.class);
		assertThat(instanceOf(application)).isNotNull();
	}

	@Test
	void aFailedRuleGoesBackToTheUnitWithItsReason() {
		Map<String, Object> data = teacher();
		data.put("punishmentKind", "DEMERIT");
		data.put("punishmentUntil", "2025-03-31");
		Application application = submitAs("ey1z", data);
		ProcessInstance pi = recommendedByUnit(application);
		complete(task(pi), withVariables("competentDeptDecision", "APPROVE", "competentDeptOpinion", "同意报送。"));
		assertThat(pi).isWaitingAt(ApplicationProcess.TASK_NOTIFY_NOT_QUALIFIED)
			.variables()
			.containsEntry("qualificationOutcome", "FAIL");
		assertThat(task(pi)).hasCandidateGroup(ERYUAN_NO1_SCHOOL);
		assertThat((String) this.runtimeService.getVariable(pi.getId(), "qualificationFindings")).startsWith("【不通过】A7");
		assertThat(this.applications.require(application.id()).status()).isEqualTo(ApplicationStatus.NOT_QUALIFIED);
		complete(task(pi), withVariables("notified", true));
		assertThat(pi).hasPassed(ApplicationProcess.END_NOT_QUALIFIED).isEnded();
	}

	@Test
	void whatTheRulesCannotDecideIsReviewedByTheOfficeAndConfirmedByHr() {
		Map<String, Object> data = teacher();
		// A8: the unit combines review and appointment, and no vacancy figures are registered
		data.put("unitCombinesReviewAndAppointment", true);
		Application application = submitAs("ey1z", data);
		ProcessInstance pi = recommendedByUnit(application);
		complete(task(pi), withVariables("competentDeptDecision", "APPROVE", "competentDeptOpinion", "同意报送。"));
		assertThat(pi).isWaitingAt(ApplicationProcess.TASK_REVIEW_QUALIFICATION_BY_OFFICE);
		assertThat(task(pi)).hasCandidateGroup(ERYUAN_COMMITTEE_OFFICE);
		assertThat((String) this.runtimeService.getVariable(pi.getId(), "qualificationFindings")).contains("A8");
		complete(task(pi), withVariables("officeDecision", "QUALIFIED", "officeOpinion", "经核实，该校有中级空缺岗位2个。"));
		assertThat(task(pi)).hasCandidateGroup(ERYUAN_HR_BUREAU);
		complete(task(pi), withVariables("hrDecision", "QUALIFIED", "hrOpinion", "同意。"));
		assertThat(pi).isWaitingAt(ApplicationProcess.EVENT_WAIT_FOR_RESULT);
		assertThat(this.applications.require(application.id()).status()).isEqualTo(ApplicationStatus.QUALIFIED);

		this.runtimeService.createMessageCorrelation(ApplicationProcess.MESSAGE_REVIEW_RESULT)
			.processInstanceVariableEquals("applicationId", application.id())
			.setVariable("reviewPassed", false)
			.correlate();
		assertThat(pi).hasPassed(ApplicationProcess.END_NOT_PASSED).isEnded();
		assertThat(this.applications.require(application.id()).status()).isEqualTo(ApplicationStatus.NOT_PASSED);
	}

	@Test
	void theHrBureauMayOverturnTheOffice() {
		Map<String, Object> data = teacher();
		data.put("unitCombinesReviewAndAppointment", true);
		Application application = submitAs("ey1z", data);
		ProcessInstance pi = recommendedByUnit(application);
		complete(task(pi), withVariables("competentDeptDecision", "APPROVE", "competentDeptOpinion", "同意报送。"));
		complete(task(pi), withVariables("officeDecision", "QUALIFIED", "officeOpinion", "有空缺岗位。"));
		complete(task(pi), withVariables("hrDecision", "NOT_QUALIFIED", "hrOpinion", "岗位已用满。"));
		assertThat(pi).isWaitingAt(ApplicationProcess.TASK_NOTIFY_NOT_QUALIFIED);
		assertThat((String) this.runtimeService.getVariable(pi.getId(), "qualificationFindings"))
			.startsWith("【人工复核（Q1）】").contains("岗位已用满");
	}

	@Test
	void aComplaintUpheldDuringPublicityEndsTheApplicationWithoutAReview() {
		Application application = submitAs("ey1z", teacher());
		ProcessInstance pi = recommendedByUnit(application);
		complete(task(pi), withVariables("competentDeptDecision", "APPROVE", "competentDeptOpinion", "同意报送。"));
		assertThat(pi).isWaitingAt(ApplicationProcess.EVENT_WAIT_FOR_RESULT);

		// Q2, R2: what the publicity sends when the committee office upholds a complaint against the applicant
		this.runtimeService.createMessageCorrelation(ApplicationProcess.MESSAGE_REMOVED)
			.processInstanceVariableEquals("applicationId", application.id())
			.setVariable("removalReason", "会前公示期间收到投诉，经调查属实：业绩材料不实（Q2）")
			.correlate();
		assertThat(this.applications.require(application.id()).status())
			.isEqualTo(ApplicationStatus.REMOVED_BY_COMPLAINT);
		assertThat(pi).isWaitingAt(ApplicationProcess.TASK_NOTIFY_REMOVED).hasPassed(ApplicationProcess.BOUNDARY_REMOVED);
		assertThat(task(pi)).hasCandidateGroup(ERYUAN_NO1_SCHOOL);
		assertThat(this.runtimeService.getVariable(pi.getId(), "removalReason")).asString().contains("业绩材料不实");
		complete(task(pi), withVariables("notified", true));
		assertThat(pi).hasPassed(ApplicationProcess.END_REMOVED).hasNotPassed(ApplicationProcess.END_NOT_PASSED).isEnded();
		// the review result can no longer reach it
		assertThat(this.runtimeService.createMessageCorrelation(ApplicationProcess.MESSAGE_REVIEW_RESULT)
			.processInstanceVariableEquals("applicationId", application.id())
			.setVariable("reviewPassed", true)
			.correlateAllWithResult()).isEmpty();
	}

	@Test
	void aCommitteeWhoseWindowIsClosedOrNotYetOpenRefusesApplications() {
		// N2, A17: the window of EYTEACHERINT 2024 closes at the end of 09-30
		ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2024-10-01T08:00:00+08:00[Asia/Shanghai]").toInstant()));
		assertThatThrownBy(() -> submitAs("ey1z", teacher())).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("2024-09-30截止")
			.hasMessageContaining("N2");
		// EYHEALTHINT has no published 2024 notice
		ClockUtil.setCurrentTime(Date.from(FRIDAY_BEFORE_NATIONAL_DAY.toInstant()));
		Map<String, Object> nurse = teacher();
		nurse.put("committeeCode", "EYHEALTHINT");
		nurse.put("targetSeries", "卫生技术");
		nurse.put("targetSpecialty", "护理");
		assertThatThrownBy(() -> submitAs("ey1z", nurse)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("评审通知尚未发布")
			.hasMessageContaining("N2");
	}

	@Test
	void staffOfOneUnitCannotSubmitForAnother() {
		Map<String, Object> data = teacher();
		data.put("unitCreditCode", "12532930431013700B");
		assertThatThrownBy(() -> submitAs("ey1z", data)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("A15")
			.hasMessageContaining("洱源县第二中学");
	}

}
