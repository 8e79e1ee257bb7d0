package cn.zhicheng.draw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.zhicheng.common.IdNumber;
import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.Expert;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.organisation.OrganisedBy;
import cn.zhicheng.organisation.Person;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test committees of their own (so that other tests' applications do not change their recusals), their
 * pools, applicants, and a draw run and signed the way the inboxes do it. Demo organisation: 洱源县职改办
 * (office, logins eyzgb, eyzgb2, eyzgb3) and 洱源县纪检监察组 (supervision, eyjjz).
 */
final class DrawTestSupport {

	static final String ERYUAN_OFFICE = "115329304310054872";

	static final String ERYUAN_SUPERVISION = "115329304310068507";

	static final String ERYUAN_NO1_SCHOOL = "125329304310123376";

	static final String ERYUAN_NO2_SCHOOL = "12532930431013700B";

	static final String DALI_UNIVERSITY = "125329014310191849";

	static final String HUIZE_NO1_SCHOOL = "12530326431031511L";

	static final int REVIEW_YEAR = 2030;

	private final OrganisationService organisations;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final IdentityService identityService;

	private final JdbcTemplate jdbc;

	DrawTestSupport(OrganisationService organisations, RuntimeService runtimeService, TaskService taskService,
			IdentityService identityService, JdbcTemplate jdbc) {
		this.organisations = organisations;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.identityService = identityService;
		this.jdbc = jdbc;
	}

	/**
	 * A senior specialty committee of 11 members (3 alternates by default) run by 洱源县职改办, with a pool
	 * of {@code poolSize} experts {prefix}01…: every fourth at 洱源县第一中学, the rest at 大理大学 and 会泽县第一中学.
	 */
	Committee committee(String code, int poolSize) {
		Committee committee = this.organisations.saveCommittee(new Committee(code, "测试评委会" + code, "中小学教师",
				TitleLevel.ASSOCIATE_SENIOR, OrganisedBy.SPECIALTY, "532930", ERYUAN_OFFICE, null, ERYUAN_SUPERVISION, 11),
				"test");
		for (int n = 1; n <= poolSize; n++) {
			addExpert(code, expertId(code, n), n % 4 == 1 ? ERYUAN_NO1_SCHOOL : n % 2 == 0 ? DALI_UNIVERSITY
					: HUIZE_NO1_SCHOOL);
		}
		return committee;
	}

	static String expertId(String committeeCode, int n) {
		return committeeCode.toLowerCase() + String.format("%02d", n);
	}

	void addExpert(String committeeCode, String userId, String employer) {
		boolean exists = this.organisations.person(userId).isPresent();
		this.organisations.savePerson(new Person(userId, "专家" + userId, null, null), List.of(), exists ? null : "demo",
				"test");
		this.organisations.saveExpert(new Expert(userId, employer, "中小学教师", "语文", TitleLevel.SENIOR, true), "test");
		this.organisations.addToPool(committeeCode, userId, "test");
	}

	/**
	 * An applicant of the committee and year in {@code unit}: a copy of a stored application (any one;
	 * the demo has some) with its own id, ID number, name, unit, committee and year.
	 */
	String applicant(String committeeCode, int reviewYear, String unit, String name, int sequence, String status) {
		String template = this.jdbc.queryForObject("SELECT id FROM zc_application ORDER BY created_at, id LIMIT 1",
				String.class);
		Map<String, Object> row = new LinkedHashMap<>(
				this.jdbc.queryForMap("SELECT * FROM zc_application WHERE id = ?", template));
		String first17 = "532930" + "19850101" + String.format("%03d", sequence);
		String idNumber = first17 + IdNumber.checkCharacter(first17);
		String id = UUID.randomUUID().toString();
		Map<String, Object> changes = Map.of("id", id, "review_year", reviewYear, "committee_code", committeeCode,
				"unit_credit_code", unit, "name", name, "id_number", idNumber, "status", status,
				"process_instance_id", "none");
		for (String column : new ArrayList<>(row.keySet())) {
			String key = column.toLowerCase();
			if (changes.containsKey(key)) {
				row.put(column, changes.get(key));
			}
		}
		String columns = String.join(", ", row.keySet());
		String marks = row.keySet().stream().map(c -> "?").collect(Collectors.joining(", "));
		this.jdbc.update("INSERT INTO zc_application (" + columns + ") VALUES (" + marks + ")", row.values().toArray());
		return idNumber;
	}

	Map<String, Object> drawVariables(String committeeCode, int reviewYear) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("cycleId", reviewYear + "-" + committeeCode);
		variables.put("committeeCode", committeeCode);
		variables.put("reviewYear", reviewYear);
		variables.put("committeeOfficeGroupId", ERYUAN_OFFICE);
		variables.put("supervisionGroupId", ERYUAN_SUPERVISION);
		return variables;
	}

	ProcessInstance startDraw(String committeeCode, int reviewYear) {
		return this.runtimeService.startProcessInstanceByKey(ExpertDrawProcess.KEY,
				drawVariables(committeeCode, reviewYear));
	}

	List<Task> tasks(ProcessInstance pi, String taskKey) {
		return this.taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).list();
	}

	/** Completes the task as {@code login} (with their groups), the way Tasklist does, confirming the draw. */
	void signAs(String login, Task task) {
		as(login, () -> this.taskService.complete(task.getId(),
				Map.of("signatureConfirmed", true, "signatureOpinion", login + "：同意")));
	}

	void as(String login, Runnable work) {
		List<String> groups = this.identityService.createGroupQuery().groupMember(login).list().stream()
			.map(Group::getId)
			.toList();
		this.identityService.setAuthentication(login, groups);
		try {
			work.run();
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	/** Runs a draw for the committee and signs it by eyzgb, eyzgb2, eyzgb3 and eyjjz; returns its id. */
	String signedDraw(String committeeCode, int reviewYear) {
		ProcessInstance pi = startDraw(committeeCode, reviewYear);
		String drawId = (String) this.runtimeService.getVariable(pi.getId(), ExpertDrawProcess.DRAW_ID.name());
		List<String> officeSigners = List.of("eyzgb", "eyzgb2", "eyzgb3");
		for (String signer : officeSigners) {
			signAs(signer, tasks(pi, ExpertDrawProcess.TASK_SIGN_BY_OFFICE).get(0));
		}
		signAs("eyjjz", tasks(pi, ExpertDrawProcess.TASK_SIGN_BY_SUPERVISOR).get(0));
		return drawId;
	}

}
