package cn.zhicheng.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationFixtures;
import cn.zhicheng.application.ApplicationProcess;
import cn.zhicheng.application.ApplicationService;
import cn.zhicheng.application.ApplicationStatus;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The review meeting entered the way production does: qualified applications stored by
 * ApplicationService as their unit's staff, each with its application process waiting for the result;
 * the meeting started like the review cycle's call activity; every task worked by its own user through
 * the form service (as Tasklist submits forms) and ballots cast through BallotService. The draw is the
 * test's {@link FakeDrawnCommittee} over the demo experts. Each test uses its own review year, so the
 * meetings of one test never see another's applicants.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(FakeDrawnCommittee.Configuration.class)
abstract class MeetingTestSupport {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	static final String COMMITTEE = "EYTEACHERINT";

	/** 洱源县职称改革工作领导小组办公室 (login eyzgb). */
	static final String OFFICE = "115329304310054872";

	static final String OFFICE_LOGIN = "eyzgb";

	/** 洱源县纪委监委派驻第三纪检监察组 (login eyjjz). */
	static final String SUPERVISION = "115329304310068507";

	static final String SUPERVISION_LOGIN = "eyjjz";

	/** 洱源县第一中学 (login ey1z): employer of expert01, expert13, expert25, expert37. */
	static final String NO1_SCHOOL = "125329304310123376";

	/** 洱源县第二中学 (login ey2z): employer of expert02, expert14, expert26, expert38. */
	static final String NO2_SCHOOL = "12532930431013700B";

	private static final AtomicInteger SEQUENCE = new AtomicInteger(1);

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	FormService formService;

	@Autowired
	IdentityService identityService;

	@Autowired
	ManagementService managementService;

	@Autowired
	HistoryService historyService;

	@Autowired
	ApplicationService applications;

	@Autowired
	MeetingService meetings;

	@Autowired
	BallotService ballots;

	@Autowired
	FakeDrawnCommittee draws;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReviewResults reviewResults;

	@BeforeEach
	void initEngine() {
		init(this.processEngine);
	}

	@AfterEach
	void resetEngine() {
		this.identityService.clearAuthentication();
		ClockUtil.reset();
	}

	/** The engine clock on 15 October of the review year, 09:00 Beijing time. */
	static void clockAt(int year) {
		ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, 10, 15, 9, 0, 0, 0, BEIJING).toInstant()));
	}

	static List<String> experts(int from, int to) {
		List<String> ids = new ArrayList<>();
		for (int i = from; i <= to; i++) {
			ids.add(String.format("expert%02d", i));
		}
		return ids;
	}

	/** An applicant: name, unit (NO1_SCHOOL or NO2_SCHOOL), track (GENERAL, DIRECTED), years at the base level. */
	record Spec(String name, String unit, String track, int yearsAtBaseLevel) {

		static Spec general(String name, String unit) {
			return new Spec(name, unit, "GENERAL", 12);
		}

		static Spec directed(String name, String unit) {
			return new Spec(name, unit, "DIRECTED", 12);
		}

	}

	/**
	 * Qualified applications of the committee EYTEACHERINT in {@code year}: stored by ApplicationService as
	 * the unit's staff, status QUALIFIED, their application process waiting at Event_WaitForReviewResult.
	 */
	List<Application> qualified(int year, List<Spec> specs) {
		return qualified(year, specs, data -> {
		});
	}

	/** As {@link #qualified(int, List)}, with the form data adjusted (e.g. an award dated before the year). */
	List<Application> qualified(int year, List<Spec> specs, java.util.function.Consumer<Map<String, Object>> adjust) {
		clockAt(year);
		List<Application> result = new ArrayList<>();
		for (Spec spec : specs) {
			Map<String, Object> data = ApplicationFixtures.teacher(year,
					ApplicationFixtures.idNumber("19880315", SEQUENCE.getAndIncrement()));
			data.put("name", spec.name());
			data.put("unitCreditCode", spec.unit());
			data.put("track", spec.track());
			data.put("yearsAtBaseLevel", spec.yearsAtBaseLevel());
			adjust.accept(data);
			String login = NO1_SCHOOL.equals(spec.unit()) ? "ey1z" : "ey2z";
			Application application = this.applications.register(ApplicationFixtures.form(data), login);
			ProcessInstance process = this.runtimeService.createProcessInstanceByKey(ApplicationProcess.KEY)
				.businessKey(year + "-" + COMMITTEE + "-" + application.id().substring(0, 8))
				.startBeforeActivity(ApplicationProcess.EVENT_WAIT_FOR_RESULT)
				.setVariable(ApplicationProcess.APPLICATION_ID.name(), application.id())
				.setVariable(ApplicationProcess.UNIT_GROUP_ID.name(), spec.unit())
				.setVariable(ApplicationProcess.APPLICANT_NAME.name(), spec.name())
				.execute();
			this.applications.withProcessInstance(application.id(), process.getId());
			this.applications.changeStatus(application.id(), ApplicationStatus.QUALIFIED);
			result.add(this.applications.require(application.id()));
		}
		return result;
	}

	void settings(MeetingSettings settings) {
		this.meetings.saveSettings(COMMITTEE, settings, "test");
	}

	/** Starts the meeting as the review cycle's call activity would, with its in-variables. */
	ProcessInstance startMeeting(int year, String drawId) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(ReviewMeetingProcess.CYCLE_ID.name(), year + "-ERYUAN-TEACHER-INTERMEDIATE");
		variables.put(ReviewMeetingProcess.COMMITTEE_CODE.name(), COMMITTEE);
		variables.put(ReviewMeetingProcess.REVIEW_YEAR.name(), year);
		variables.put(ReviewMeetingProcess.DRAW_ID.name(), drawId);
		variables.put(ReviewMeetingProcess.COMMITTEE_OFFICE_GROUP_ID.name(), OFFICE);
		variables.put(ReviewMeetingProcess.SUPERVISION_GROUP_ID.name(), SUPERVISION);
		return this.runtimeService.startProcessInstanceByKey(ReviewMeetingProcess.KEY, variables);
	}

	String meetingId(ProcessInstance pi) {
		return (String) this.historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(pi.getId())
			.variableName(ReviewMeetingProcess.MEETING_ID.name())
			.singleResult()
			.getValue();
	}

	// acting as a user

	<T> T as(String user, Supplier<T> work) {
		List<String> groups = this.identityService.createGroupQuery().groupMember(user).list().stream()
			.map(Group::getId)
			.toList();
		this.identityService.setAuthentication(user, groups);
		try {
			return work.get();
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	void as(String user, Runnable work) {
		as(user, () -> {
			work.run();
			return null;
		});
	}

	Task task(ProcessInstance pi, String taskDefinitionKey) {
		return this.taskService.createTaskQuery()
			.processInstanceId(pi.getId())
			.taskDefinitionKey(taskDefinitionKey)
			.singleResult();
	}

	List<Task> tasks(ProcessInstance pi, String taskDefinitionKey) {
		return this.taskService.createTaskQuery()
			.processInstanceId(pi.getId())
			.taskDefinitionKey(taskDefinitionKey)
			.list();
	}

	/** Submits a task's form as {@code user}, the way Tasklist does. */
	void submit(String user, Task task, Map<String, Object> variables) {
		as(user, () -> this.formService.submitTaskForm(task.getId(), variables));
	}

	// the steps of a meeting

	/** The office's attendance form: present members and alternates as JSON (as Tasklist sends checklists). */
	static Map<String, Object> attendance(List<String> presentMembers, List<String> presentAlternates, String chair,
			boolean supervisorPresent, boolean briefing, String date) {
		Map<String, Object> form = new HashMap<>();
		form.put("presentMembers", FormValues.json(presentMembers));
		form.put("presentAlternates", FormValues.json(presentAlternates));
		form.put("chairExpertId", chair);
		form.put("supervisorPresent", supervisorPresent);
		form.put("supervisorName", supervisorPresent ? "赵国强" : null);
		form.put("briefingConfirmed", briefing);
		form.put("meetingDate", date);
		return form;
	}

	void open(ProcessInstance pi, List<String> presentMembers, List<String> presentAlternates, String chair,
			int year) {
		submit(OFFICE_LOGIN, task(pi, ReviewMeetingProcess.TASK_RECORD_ATTENDANCE),
				attendance(presentMembers, presentAlternates, chair, true, true, year + "-10-15"));
	}

	/**
	 * Every expert writes their opinions (and scores, where the committee scores); then the reviews' async
	 * continuations run, as the job executor would, and the multi-instance completes.
	 */
	void reviewAll(ProcessInstance pi) {
		for (Task review : tasks(pi, ReviewMeetingProcess.TASK_REVIEW_APPLICATION)) {
			Map<String, Object> form = new HashMap<>();
			form.put("reviewOpinion", "材料真实完整，业绩突出，符合申报条件，同意提交评委会表决。");
			form.put("reviewScore", 70 + Math.floorMod(review.getAssignee().hashCode() + review.getId().hashCode(), 30));
			submit(review.getAssignee(), review, form);
		}
		for (Job job : this.managementService.createJobQuery()
			.processInstanceId(pi.getId())
			.activityId(ReviewMeetingProcess.END_REVIEW_RECORDED)
			.list()) {
			this.managementService.executeJob(job.getId());
		}
	}

	/** The office's veto list: applicationId → finding; the others unticked. */
	void vetoes(ProcessInstance pi, Map<String, String> findings) {
		Task task = task(pi, ReviewMeetingProcess.TASK_RECORD_VETOES);
		List<Map<String, Object>> list = FormValues.objects(this.taskService.getVariable(task.getId(), "vetoList"),
				"vetoList");
		List<Map<String, Object>> submitted = new ArrayList<>();
		for (Map<String, Object> line : list) {
			Map<String, Object> copy = new LinkedHashMap<>(line);
			String finding = findings.get(line.get("applicationId"));
			if (finding != null) {
				copy.put("vetoed", true);
				copy.put("vetoKind", "FRAUD");
				copy.put("finding", finding);
			}
			submitted.add(copy);
		}
		submit(OFFICE_LOGIN, task, Map.of("vetoList", FormValues.json(submitted)));
	}

	/** Every open ballot of the round is cast by its expert: {@code choice.apply(expert, applicationId)}. */
	void vote(ProcessInstance pi, BiFunction<String, String, BallotChoice> choice) {
		for (Task ballot : tasks(pi, ReviewMeetingProcess.TASK_CAST_BALLOT)) {
			cast(ballot, choice);
		}
	}

	/** The expert of {@code ballot} reads their ballot paper and casts it through BallotService, as the ballot page does. */
	void cast(Task ballot, BiFunction<String, String, BallotChoice> choice) {
		String expert = ballot.getAssignee();
		String meetingId = (String) this.runtimeService.getVariable(ballot.getProcessInstanceId(),
				ReviewMeetingProcess.MEETING_ID.name());
		as(expert, () -> {
			BallotService.BallotPaper paper = this.ballots.paper(meetingId, expert);
			Map<String, String> choices = new HashMap<>();
			paper.sections().forEach(section -> section.applicants()
				.forEach(a -> choices.put(a.applicationId(), choice.apply(expert, a.applicationId()).name())));
			this.ballots.cast(meetingId, expert, choices);
		});
	}

	/** The office closes the ballot; then the count runs (its own job, as the job executor would run it). */
	void closeAndCount(ProcessInstance pi) {
		submit(OFFICE_LOGIN, task(pi, ReviewMeetingProcess.TASK_CLOSE_BALLOT), Map.of("ballotCloseConfirmed", true));
		runJob(pi, ReviewMeetingProcess.TASK_COUNT_VOTES);
	}

	void runJob(ProcessInstance pi, String activityId) {
		Job job = this.managementService.createJobQuery()
			.processInstanceId(pi.getId())
			.activityId(activityId)
			.singleResult();
		assertThat(job).as("job of %s", activityId).isNotNull();
		this.managementService.executeJob(job.getId());
	}

	/**
	 * The chair and the supervisor sign; the minutes become final and the meeting closes. Then the results
	 * go out as the review cycle sends them after its result publicity (Task_PublishResults, R1): a
	 * standalone meeting has no cycle around it.
	 */
	void signAndPublish(ProcessInstance pi) {
		signAndClose(pi);
		this.reviewResults.notifyApplications(meetingId(pi), Map.of());
	}

	/** The chair and the supervisor sign; the minutes become final and the meeting closes with its results. */
	void signAndClose(ProcessInstance pi) {
		Task chair = task(pi, ReviewMeetingProcess.TASK_SIGN_BY_CHAIR);
		submit(chair.getAssignee(), chair, Map.of("chairConfirmed", true));
		submit(SUPERVISION_LOGIN, task(pi, ReviewMeetingProcess.TASK_SIGN_BY_SUPERVISOR),
				Map.of("supervisorConfirmed", true, "supervisorOpinion", "会议程序规范，同意评审结果。"));
		runJob(pi, ReviewMeetingProcess.TASK_PUBLISH_RESULTS);
	}

	Map<String, MeetingApplicant> results(String meetingId) {
		Map<String, MeetingApplicant> results = new HashMap<>();
		this.meetings.applicants(meetingId).forEach(a -> results.put(a.applicationId(), a));
		return results;
	}

}
