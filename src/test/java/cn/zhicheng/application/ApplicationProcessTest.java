package cn.zhicheng.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** processes/application.bpmn as deployed by the application, entered the way a unit's staff does. */
@SpringBootTest
@ActiveProfiles("demo")
class ApplicationProcessTest {

	static final String ERYUAN_NO1_SCHOOL = "125329304310123376";

	static final String ERYUAN_EDUCATION_BUREAU = "11532930431008223R";

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	IdentityService identityService;

	@BeforeEach
	void setUp() {
		init(this.processEngine);
	}

	@AfterEach
	void tearDown() {
		this.identityService.clearAuthentication();
	}

	ProcessInstance submitAs(String login, Map<String, Object> variables) {
		List<String> groups = this.identityService.createGroupQuery().groupMember(login).list().stream()
			.map(Group::getId)
			.toList();
		this.identityService.setAuthentication(login, groups);
		try {
			return this.runtimeService.startProcessInstanceByKey(ApplicationProcess.KEY, "TEST-" + UUID.randomUUID(),
					variables);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	@Test
	void recommendedByUnitAndApprovedByCompetentDepartment() {
		ProcessInstance pi = submitAs("ey1z", Map.of("applicantName", "杨丽芬"));

		assertThat(pi).isWaitingAt(ApplicationProcess.TASK_RECOMMEND_BY_UNIT)
			.variables()
			.containsEntry("initiator", "ey1z")
			.containsEntry("unitCreditCode", ERYUAN_NO1_SCHOOL)
			.containsEntry("unitName", "洱源县第一中学")
			.containsEntry("competentDeptGroupId", ERYUAN_EDUCATION_BUREAU);
		assertThat(task()).hasCandidateGroup(ERYUAN_NO1_SCHOOL).hasName("单位推荐");

		complete(task(), withVariables("unitRecommends", true, "unitOpinion", "同意推荐"));
		assertThat(pi).isWaitingAt(ApplicationProcess.TASK_REVIEW_BY_COMPETENT_DEPT);
		assertThat(task()).hasCandidateGroup(ERYUAN_EDUCATION_BUREAU);

		complete(task(), withVariables("competentDeptApproves", true));
		assertThat(pi).hasPassedInOrder(ApplicationProcess.START_EVENT, ApplicationProcess.TASK_ROUTE,
				ApplicationProcess.TASK_RECOMMEND_BY_UNIT, "Gateway_UnitRecommends",
				ApplicationProcess.TASK_REVIEW_BY_COMPETENT_DEPT, "Gateway_CompetentDeptApproves",
				ApplicationProcess.END_RECOMMENDED)
			.isEnded();
	}

	@Test
	void notRecommendedByUnitEnds() {
		ProcessInstance pi = submitAs("ey1z", Map.of("applicantName", "李志明"));
		complete(task(pi), withVariables("unitRecommends", false));
		assertThat(pi).hasPassed(ApplicationProcess.END_NOT_RECOMMENDED).hasNotPassed(
				ApplicationProcess.TASK_REVIEW_BY_COMPETENT_DEPT).isEnded();
	}

	@Test
	void returnedByCompetentDepartmentEnds() {
		ProcessInstance pi = submitAs("eyrmyy", Map.of("applicantName", "王琳"));
		assertThat(task(pi)).hasCandidateGroup("125329304310150795");
		complete(task(pi), withVariables("unitRecommends", true));
		assertThat(task(pi)).hasCandidateGroup("115329304310095926"); // 洱源县卫生健康局
		complete(task(pi), withVariables("competentDeptApproves", false));
		assertThat(pi).hasPassed(ApplicationProcess.END_RETURNED_BY_DEPT).isEnded();
	}

	@Test
	void anAdministratorMaySubmitForANamedUnit() {
		ProcessInstance pi = submitAs("demo", Map.of("applicantName", "张三", "unitCreditCode", "12532930431013700B"));
		assertThat(task(pi)).hasCandidateGroup("12532930431013700B");
	}

	@Test
	void staffOfOneUnitCannotSubmitForAnother() {
		assertThatThrownBy(() -> submitAs("ey1z", Map.of("unitCreditCode", "12532930431013700B")))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("A15")
			.hasMessageContaining("洱源县第二中学");
	}

	@Test
	void someoneWhoBelongsToNoUnitCannotSubmit() {
		assertThatThrownBy(() -> submitAs("demo", Map.of("applicantName", "无单位申报人")))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("A15");
		// the start rolled back: no instance, running or historic, was stored
		assertThat(this.processEngine.getHistoryService().createHistoricVariableInstanceQuery()
			.variableValueEquals("applicantName", "无单位申报人").count()).isZero();
	}

}
