package cn.zhicheng.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.OrganisationService;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import cn.zhicheng.cycle.ReviewCycleService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo (config/demo/organisation.yaml) can do what it shows: every demo committee's pool supplies
 * its members and alternates after the demo applicants' colleagues recuse (E1, E3, E6), and its office
 * has three staff and a supervisor to sign (E2).
 */
@SpringBootTest
@ActiveProfiles("demo")
class DemoPoolsTest {

	/** committee → its three office logins and its supervisor. */
	static final Map<String, List<String>> SIGNERS = Map.of("EYTEACHERINT", List.of("eyzgb", "eyzgb2", "eyzgb3", "eyjjz"),
			"EYHEALTHINT", List.of("eyzgb", "eyzgb2", "eyzgb3", "eyjjz"), "DQHEALTHSENIOR",
			List.of("dqzgb", "dqzgb2", "dqzgb3", "dqjjz"), "QJTEACHERSENIOR", List.of("qjzgb", "qjzgb2", "qjzgb3", "qjjjz"));

	@Autowired
	OrganisationService organisations;

	@Autowired
	DrawService draws;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReviewCycleService cycles;

	@Test
	void everyDemoCommitteeCanBeDrawnAndSigned() {
		DrawTestSupport support = new DrawTestSupport(this.organisations, this.runtimeService, this.taskService,
				this.identityService, this.jdbc);
		assertThat(this.organisations.committees()).extracting(Committee::code).containsAll(SIGNERS.keySet());
		for (Map.Entry<String, List<String>> entry : SIGNERS.entrySet()) {
			Committee committee = this.organisations.committee(entry.getKey()).orElseThrow();
			// the year whose window the demo opened for this committee, with the demo applicants in it
			int year = this.cycles.openFor(committee.code(), ReviewCycleService.today()).orElseThrow().reviewYear();
			PoolReadiness readiness = this.draws.readiness(committee.code(), year);
			assertThat(readiness.ready()).as("%s: %s", committee.code(), readiness.problem()).isTrue();
			assertThat(readiness.memberCount()).isGreaterThanOrEqualTo(readiness.minimumMembers());
			// the demo applicants' colleagues recuse (each demo committee has an applicant this year)
			assertThat(readiness.available()).as(committee.code()).isLessThan(readiness.poolSize());

			Map<String, Object> variables = Map.of("cycleId", year + "-" + committee.code() + "-demo-check",
					"committeeCode", committee.code(), "reviewYear", year, "committeeOfficeGroupId",
					Organisation.groupIdOf(committee.officeCreditCode()), "supervisionGroupId",
					Organisation.groupIdOf(committee.supervisionCreditCode()));
			ProcessInstance pi = this.runtimeService.startProcessInstanceByKey(ExpertDrawProcess.KEY, variables);
			String drawId = (String) this.runtimeService.getVariable(pi.getId(), "drawId");
			assertThat(drawId).as(committee.code()).isNotNull();
			List<String> signers = entry.getValue();
			for (String signer : signers.subList(0, 3)) {
				support.signAs(signer, support.tasks(pi, ExpertDrawProcess.TASK_SIGN_BY_OFFICE).get(0));
			}
			support.signAs(signers.get(3), support.tasks(pi, ExpertDrawProcess.TASK_SIGN_BY_SUPERVISOR).get(0));
			assertThat(this.draws.find(drawId).orElseThrow().status()).as(committee.code()).isEqualTo(DrawStatus.SIGNED);
		}
	}

}
