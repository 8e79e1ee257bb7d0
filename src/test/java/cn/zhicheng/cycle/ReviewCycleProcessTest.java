package cn.zhicheng.cycle;

import static cn.zhicheng.cycle.CycleDriver.DALI_FILING_AUTHORITY;
import static cn.zhicheng.cycle.CycleDriver.ERYUAN_HR_BUREAU;
import static cn.zhicheng.cycle.CycleDriver.ERYUAN_OFFICE;
import static cn.zhicheng.cycle.CycleDriver.ERYUAN_SUPERVISION;
import static cn.zhicheng.cycle.CycleDriver.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationProcess;
import cn.zhicheng.application.ApplicationService;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.calendar.WorkingDayCalendar;
import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.publicity.ComplaintForm;
import cn.zhicheng.publicity.ComplaintStatus;
import cn.zhicheng.publicity.EntryStatus;
import cn.zhicheng.publicity.Publicity;
import cn.zhicheng.publicity.PublicityEntry;
import cn.zhicheng.publicity.PublicityProcess;
import cn.zhicheng.publicity.PublicityService;
import cn.zhicheng.publicity.PublicityStatus;
import cn.zhicheng.system.ForbiddenException;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * processes/review-cycle.bpmn and processes/publicity.bpmn as deployed by the application, entered the
 * way the departments do (the service as the committee office, task completions as each department's
 * demo user). Review year 2024 (complete holiday data); each test has its own committee. Time moves on
 * the engine clock: notice 2024-04-01, review (meeting) 2024-09-20, window closing 2024-06-28.
 */
@SpringBootTest
@ActiveProfiles("demo")
class ReviewCycleProcessTest {

	static final String REVIEW_DATE = "2024-09-20";

	static final String WINDOW_CLOSES = "2024-06-28";

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	ReviewCycleService cycles;

	@Autowired
	PublicityService publicities;

	@Autowired
	ApplicationService applications;

	@Autowired
	WorkingDayCalendar calendar;

	CycleDriver driver;

	Committee committee;

	@BeforeEach
	void setUp() {
		init(this.processEngine);
		this.driver = new CycleDriver(this.context);
		this.committee = this.driver.freshCommittee();
		setClock("2024-04-01T09:00:00");
	}

	@AfterEach
	void tearDown() {
		this.identityService.clearAuthentication();
		ClockUtil.reset();
	}

	ProcessInstance instance(ReviewCycle cycle) {
		return this.runtimeService.createProcessInstanceQuery().processInstanceId(cycle.processInstanceId())
			.singleResult();
	}

	ProcessInstance publicityInstance(ReviewCycle cycle) {
		return this.runtimeService.createProcessInstanceQuery().superProcessInstanceId(cycle.processInstanceId())
			.singleResult();
	}

	ReviewCycle published() {
		ReviewCycle cycle = this.driver.start(this.committee.code(), 2024);
		this.driver.draftNotice(cycle, CycleDriver.notice(REVIEW_DATE, WINDOW_CLOSES));
		setClock("2024-04-02T10:00:00");
		this.driver.approveNotice(cycle);
		return this.driver.reload(cycle);
	}

	/** Window closed (timer), list confirmed on Monday 2024-07-01: the pre-meeting publicity runs. */
	ReviewCycle inPublicity(ReviewCycle cycle) {
		setClock("2024-06-29T00:00:01");
		this.driver.executeJob(cycle.processInstanceId(), ReviewCycleProcess.TIMER_WINDOW_CLOSES);
		setClock("2024-07-01T10:00:00");
		this.driver.complete("eyzgb", this.driver.task(cycle, ReviewCycleProcess.TASK_CONFIRM_QUALIFIED_LIST),
				Map.of("listConfirmed", true));
		return this.driver.reload(cycle);
	}

	/** The publicity's period is over (timer executed on 2024-07-09). */
	void publicityPeriodOver(ReviewCycle cycle) {
		setClock("2024-07-09T00:00:05");
		this.driver.executeJob(publicityInstance(cycle).getId(), PublicityProcess.TIMER_PUBLICITY_ENDS);
	}

	Task complaintTask(ProcessInstance publicity) {
		return this.taskService.createTaskQuery().processInstanceId(publicity.getId())
			.taskDefinitionKey(PublicityProcess.TASK_INVESTIGATE_COMPLAINT).list().get(0);
	}

	void filingSubmitted(ReviewCycle cycle) {
		this.driver.complete("eyzgb", this.driver.task(cycle, ReviewCycleProcess.TASK_WRITE_WORK_PLAN),
				Map.of("workPlan", "评审采取个人述职、专家评议、无记名投票方式；专家在纪检监察组监督下随机抽取。"));
	}

	void filingDecided(ReviewCycle cycle, String decision, String opinion) {
		Task review = this.driver.task(cycle, ReviewCycleProcess.TASK_REVIEW_FILING);
		assertThat(review).hasCandidateGroup(DALI_FILING_AUTHORITY);
		this.driver.complete("dlrsj", review, Map.of("filingDecision", decision, "filingOpinion", opinion));
	}

	// starting

	@Test
	void theCommitteeOfficeStartsOneCycleAYearRoutedToTheRightInboxes() {
		ReviewCycle cycle = this.driver.start(this.committee.code(), 2024);
		ProcessInstance pi = instance(cycle);
		assertThat(pi.getBusinessKey()).isEqualTo("2024-" + this.committee.code());
		assertThat(pi).isWaitingAt(ReviewCycleProcess.TASK_DRAFT_NOTICE)
			.variables()
			.containsEntry("cycleId", cycle.id())
			.containsEntry("committeeOfficeGroupId", ERYUAN_OFFICE)
			.containsEntry("hrBureauGroupId", ERYUAN_HR_BUREAU)
			.containsEntry("filingAuthorityGroupId", DALI_FILING_AUTHORITY)
			.containsEntry("supervisionGroupId", ERYUAN_SUPERVISION)
			.containsEntry("reviewYear", 2024)
			.containsEntry("noticeDeadline", "2024-05-31");
		Task draft = this.driver.task(cycle, ReviewCycleProcess.TASK_DRAFT_NOTICE);
		assertThat(draft).hasCandidateGroup(ERYUAN_OFFICE);
		// N1: the notice is due by the year's notice deadline, end of day
		assertThat(CycleDriver.beijing(draft.getDueDate())).isEqualTo(LocalDateTime.parse("2024-05-31T23:59:59"));
		assertThat(cycle.status()).isEqualTo(CycleStatus.DRAFTING);

		assertThatThrownBy(() -> this.driver.start(this.committee.code(), 2024)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("已启动");
		assertThatThrownBy(() -> this.driver.as("ey1z", () -> this.cycles.start(this.committee.code(), 2025, "ey1z")))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.driver.as("eyrsj", () -> this.cycles.start(this.committee.code(), 2025, "eyrsj")))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.driver.start(this.committee.code(), 2023)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("N1");
	}

	// the notice (N1, N2)

	@ParameterizedTest
	@ValueSource(strings = { "basis", "reviewScope", "specialties", "reviewDate", "publicityMethod", "materials",
			"contactAddress", "contactPhone", "windowClosesOn" })
	void aNoticeMissingAnItemCannotBePublished(String field) {
		ReviewCycle cycle = this.driver.start(this.committee.code(), 2024);
		Map<String, Object> notice = CycleDriver.notice(REVIEW_DATE, WINDOW_CLOSES);
		notice.put(field, "  ");
		Task draft = this.driver.task(cycle, ReviewCycleProcess.TASK_DRAFT_NOTICE);
		assertThatThrownBy(() -> this.driver.complete("eyzgb", draft, notice)).isInstanceOf(NotValidException.class)
			.hasMessageContaining("（" + field + "）")
			.hasMessageContaining("不能发布（N2）");
		// nothing moved: the office still has the task, the HR bureau nothing
		assertThat(this.driver.task(cycle, ReviewCycleProcess.TASK_DRAFT_NOTICE).getId()).isEqualTo(draft.getId());
		assertThat(this.driver.task(cycle, ReviewCycleProcess.TASK_APPROVE_NOTICE)).isNull();
		assertThat(this.driver.reload(cycle).status()).isEqualTo(CycleStatus.DRAFTING);
		assertThat(this.driver.reload(cycle).basis()).isNull();
	}

	@Test
	void aNoticeTooLateForItsReviewDateIsRefused() {
		ReviewCycle cycle = this.driver.start(this.committee.code(), 2024);
		Task draft = this.driver.task(cycle, ReviewCycleProcess.TASK_DRAFT_NOTICE);
		// N2: at least 30 working days between publication (today, 2024-04-01) and the review
		LocalDate earliest = this.calendar.addWorkingDays(LocalDate.parse("2024-04-01"), 30);
		String tooEarly = earliest.minusDays(1).toString();
		assertThatThrownBy(() -> this.driver.complete("eyzgb", draft, CycleDriver.notice(tooEarly, "2024-04-10")))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("至少30个工作日")
			.hasMessageContaining("最早为" + earliest)
			.hasMessageContaining("reviewDate")
			.hasMessageContaining("N2");
		// N1: all reviews of the year by 10-31
		assertThatThrownBy(() -> this.driver.complete("eyzgb", draft, CycleDriver.notice("2024-11-05", WINDOW_CLOSES)))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("2024-10-31")
			.hasMessageContaining("N1");
		// the window must close 15 working days before the meeting (Q2 publicity 5 + F1 filing 10)
		assertThatThrownBy(() -> this.driver.complete("eyzgb", draft, CycleDriver.notice(REVIEW_DATE, "2024-09-02")))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("不晚于2024-08-29")
			.hasMessageContaining("windowClosesOn");
		assertThat(this.driver.task(cycle, ReviewCycleProcess.TASK_DRAFT_NOTICE).getId()).isEqualTo(draft.getId());

		// exactly 30 working days is enough
		this.driver.complete("eyzgb", draft, CycleDriver.notice(earliest.toString(), "2024-04-10"));
		assertThat(instance(cycle)).isWaitingAt(ReviewCycleProcess.TASK_APPROVE_NOTICE);
		assertThat(this.driver.task(cycle, ReviewCycleProcess.TASK_APPROVE_NOTICE)).hasCandidateGroup(ERYUAN_HR_BUREAU);
		assertThat(this.driver.reload(cycle).status()).isEqualTo(CycleStatus.AWAITING_APPROVAL);
	}

	@Test
	void afterTheYearsNoticeDeadlineNoNoticeCanBePublished() {
		ReviewCycle cycle = this.driver.start(this.committee.code(), 2024);
		setClock("2024-06-03T09:00:00");
		assertThatThrownBy(() -> this.driver.draftNotice(cycle, CycleDriver.notice("2024-10-30", "2024-09-30")))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("应于2024-05-31前发布")
			.hasMessageContaining("N1");
	}

	@Test
	void theHrBureauReturnsTheNoticeThenPublishesItAndTheWindowOpensAndCloses() {
		ReviewCycle cycle = this.driver.start(this.committee.code(), 2024);
		this.driver.draftNotice(cycle, CycleDriver.notice(REVIEW_DATE, WINDOW_CLOSES));
		this.driver.complete("eyrsj", this.driver.task(cycle, ReviewCycleProcess.TASK_APPROVE_NOTICE),
				Map.of("noticeDecision", "RETURN", "noticeOpinion", "评审依据请补充省级文件文号。"));
		assertThat(instance(cycle)).isWaitingAt(ReviewCycleProcess.TASK_DRAFT_NOTICE)
			.variables()
			.containsEntry("returnReason", "人社部门退回：评审依据请补充省级文件文号。")
			.containsEntry("basis", "《职称评审管理暂行规定》（人力资源社会保障部令第40号）");
		assertThat(this.driver.reload(cycle).status()).isEqualTo(CycleStatus.DRAFTING);

		// not yet published: applications are refused (N2, A17)
		assertThatThrownBy(() -> this.driver.submit(this.committee.code(), 2024)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("评审通知尚未发布")
			.hasMessageContaining("N2");

		Map<String, Object> notice = CycleDriver.notice(REVIEW_DATE, WINDOW_CLOSES);
		notice.put("basis", "《职称评审管理暂行规定》（人力资源社会保障部令第40号）、云人社通〔2019〕154号");
		this.driver.draftNotice(cycle, notice);
		setClock("2024-04-02T10:00:00");
		this.driver.approveNotice(cycle);

		ReviewCycle published = this.driver.reload(cycle);
		assertThat(published.status()).isEqualTo(CycleStatus.PUBLISHED);
		assertThat(published.publishedOn()).isEqualTo(LocalDate.parse("2024-04-02"));
		assertThat(published.basis()).contains("154号");
		assertThat(published.approvalOpinion()).isEqualTo("同意发布。");
		assertThat(published.approvedBy()).isEqualTo("eyrsj");
		ProcessInstance pi = instance(cycle);
		assertThat(pi).hasPassedInOrder(ReviewCycleProcess.TASK_DRAFT_NOTICE, ReviewCycleProcess.TASK_APPROVE_NOTICE,
				ReviewCycleProcess.TASK_DRAFT_NOTICE, ReviewCycleProcess.TASK_APPROVE_NOTICE,
				ReviewCycleProcess.TASK_PUBLISH_NOTICE)
			.isWaitingAt(ReviewCycleProcess.TIMER_WINDOW_CLOSES)
			.variables()
			.doesNotContainKeys("basis", "materials", "contactPhone")
			.containsEntry("reviewDate", REVIEW_DATE);
		assertThat(CycleDriver.beijing(this.driver.job(pi.getId(), ReviewCycleProcess.TIMER_WINDOW_CLOSES).getDuedate()))
			.isEqualTo(LocalDateTime.parse("2024-06-28T23:59:59"));

		// the window is open through its last day
		setClock("2024-06-28T23:00:00");
		Application accepted = this.driver.submit(this.committee.code(), 2024);
		assertThat(accepted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		setClock("2024-06-29T00:00:01");
		assertThatThrownBy(() -> this.driver.submit(this.committee.code(), 2024)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("已于2024-06-28截止");
		this.driver.executeJob(pi.getId(), ReviewCycleProcess.TIMER_WINDOW_CLOSES);
		assertThat(this.driver.reload(cycle).status()).isEqualTo(CycleStatus.WINDOW_CLOSED);
		assertThat(pi).isWaitingAt(ReviewCycleProcess.TASK_CONFIRM_QUALIFIED_LIST);
		Task confirm = this.driver.task(cycle, ReviewCycleProcess.TASK_CONFIRM_QUALIFIED_LIST);
		assertThat(confirm).hasCandidateGroup(ERYUAN_OFFICE);
		// Q2 + F1: confirmed 15 working days before the meeting (Mid-Autumn 09-15..17 off, Saturday 09-14 worked)
		assertThat(CycleDriver.beijing(confirm.getDueDate())).isEqualTo(LocalDateTime.parse("2024-08-29T23:59:59"));

		// Q1: the application accepted on the last day is still with the school: no list yet
		assertThatThrownBy(() -> this.driver.complete("eyzgb", confirm, Map.of("listConfirmed", true)))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("尚有1份申报未完成")
			.hasMessageContaining("Q1");
	}

	@Test
	void anApprovalThatTakesTooLongSendsTheNoticeBackToTheOffice() {
		ReviewCycle cycle = this.driver.start(this.committee.code(), 2024);
		LocalDate earliest = this.calendar.addWorkingDays(LocalDate.parse("2024-04-01"), 30);
		this.driver.draftNotice(cycle, CycleDriver.notice(earliest.toString(), "2024-04-10"));
		setClock("2024-04-08T09:00:00");
		this.driver.approveNotice(cycle);
		assertThat(instance(cycle)).hasPassed(ReviewCycleProcess.TASK_PUBLISH_NOTICE)
			.isWaitingAt(ReviewCycleProcess.TASK_DRAFT_NOTICE);
		assertThat((String) this.runtimeService.getVariable(cycle.processInstanceId(), "returnReason"))
			.startsWith("审核通过后未能发布")
			.contains("至少30个工作日");
		ReviewCycle back = this.driver.reload(cycle);
		assertThat(back.status()).isEqualTo(CycleStatus.DRAFTING);
		assertThat(back.publishedOn()).isNull();
	}

	@Test
	void aNoticeNotPublishedByTheDeadlineEscalatesToSupervision() {
		ReviewCycle cycle = this.driver.start(this.committee.code(), 2024);
		ProcessInstance pi = instance(cycle);
		assertThat(CycleDriver.beijing(this.driver.job(pi.getId(), ReviewCycleProcess.BOUNDARY_NOTICE_OVERDUE).getDuedate()))
			.isEqualTo(LocalDateTime.parse("2024-05-31T23:59:59"));
		setClock("2024-06-01T00:00:01");
		this.driver.executeJob(pi.getId(), ReviewCycleProcess.BOUNDARY_NOTICE_OVERDUE);
		Task supervise = this.driver.task(cycle, ReviewCycleProcess.TASK_SUPERVISE_NOTICE_OVERDUE);
		assertThat(supervise).hasCandidateGroup(ERYUAN_SUPERVISION);
		assertThat((String) this.taskService.getVariable(supervise.getId(), "overdueMatter")).contains("2024-05-31")
			.contains(this.committee.name());
		// non-interrupting: the office still has its draft
		assertThat(pi).isWaitingAt(ReviewCycleProcess.TASK_DRAFT_NOTICE, ReviewCycleProcess.TASK_SUPERVISE_NOTICE_OVERDUE);
		this.driver.complete("eyjjz", supervise, Map.of("supervisionOpinion", "已督促洱源县职改办限期发布。"));
		assertThat(pi).isWaitingAt(ReviewCycleProcess.TASK_DRAFT_NOTICE);
	}

	// the qualified list and the pre-meeting publicity (Q1, Q2)

	@Test
	void aComplaintUpheldRemovesTheApplicantAndTheFilingSaysSo() {
		ReviewCycle cycle = published();
		setClock("2024-04-08T09:00:00");
		Application first = this.driver.qualified(this.committee.code(), 2024);
		Application second = this.driver.qualified(this.committee.code(), 2024);
		Application withdrawn = this.driver.submit(this.committee.code(), 2024);
		this.applications.withdraw(withdrawn.id(), "ey1z");

		cycle = inPublicity(cycle);
		assertThat(cycle.status()).isEqualTo(CycleStatus.PRE_MEETING_PUBLICITY);
		assertThat(cycle.qualifiedCount()).isEqualTo(2);
		ProcessInstance publicity = publicityInstance(cycle);
		assertThat(publicity).isWaitingAt(PublicityProcess.TIMER_PUBLICITY_ENDS);
		assertThat(publicity.getBusinessKey()).isEqualTo("2024-" + this.committee.code());
		// Q2: 5 working days, to the end of the 5th: Monday 07-01 → Monday 07-08
		Publicity running = this.publicities.require(cycle.publicityId());
		assertThat(running.status()).isEqualTo(PublicityStatus.RUNNING);
		assertThat(running.endsAt()).isEqualTo(LocalDateTime.parse("2024-07-08T23:59:59"));
		assertThat(CycleDriver.beijing(this.driver.job(publicity.getId(), PublicityProcess.TIMER_PUBLICITY_ENDS).getDuedate()))
			.isEqualTo(running.endsAt());
		List<PublicityEntry> entries = this.publicities.entries(running.id());
		assertThat(entries).extracting(PublicityEntry::maskedName).containsExactly("杨**", "杨**");
		assertThat(entries).extracting(PublicityEntry::maskedIdNumber).allMatch(id -> id.matches("5329\\*{10}\\d{3}[\\dX]"));
		assertThat(entries).extracting(PublicityEntry::applicationId).containsExactly(first.id(), second.id());

		// a complaint against no. 1, from the public form
		setClock("2024-07-02T15:30:00");
		this.publicities.submitComplaint(running.id(),
				new ComplaintForm(1, "王明", "13908721234", "该申报人的县级优秀教师证书系伪造。"), "198.51.100.7");
		Task investigate = complaintTask(publicity);
		assertThat(investigate).hasCandidateGroup(ERYUAN_OFFICE);
		Map<String, Object> shown = this.taskService.getVariables(investigate.getId());
		assertThat(shown).containsEntry("complaintContent", "该申报人的县级优秀教师证书系伪造。")
			.containsEntry("complainant", "王明，联系电话 13908721234")
			.containsEntry("complaintReceivedAt", "2024-07-02 15:30");
		assertThat((String) shown.get("complaintTarget")).startsWith("第1号 杨**（洱源县第一中学，中小学教师 语文 中级）");

		// the office finds it true: no. 1 leaves the list and their application ends
		setClock("2024-07-04T10:00:00");
		assertThatThrownBy(() -> this.driver.complete("eyzgb", investigate, Map.of("complaintDecision", "UPHELD")))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("complaintReason");
		this.driver.complete("eyzgb", complaintTask(publicity),
				Map.of("complaintDecision", "UPHELD", "complaintReason", "经向县教体局核实，该证书无发文记录，投诉属实。"));
		assertThat(this.applications.require(first.id()).status()).isEqualTo(ApplicationStatus.REMOVED_BY_COMPLAINT);
		ProcessInstance firstProcess = this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(first.processInstanceId()).singleResult();
		assertThat(firstProcess).isWaitingAt(ApplicationProcess.TASK_NOTIFY_REMOVED);
		assertThat((String) this.runtimeService.getVariable(firstProcess.getId(), "removalReason"))
			.contains("无发文记录");
		assertThat(this.applications.require(second.id()).status()).isEqualTo(ApplicationStatus.QUALIFIED);
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceId(second.processInstanceId())
			.singleResult()).isWaitingAt(ApplicationProcess.EVENT_WAIT_FOR_RESULT);
		assertThat(this.publicities.entries(running.id())).extracting(PublicityEntry::status)
			.containsExactly(EntryStatus.REMOVED, EntryStatus.LISTED);
		assertThat(this.publicities.complaints(running.id())).extracting(c -> c.status())
			.containsExactly(ComplaintStatus.UPHELD);
		// the period is not over: the publicity goes on
		assertThat(publicity).isWaitingAt(PublicityProcess.TIMER_PUBLICITY_ENDS);

		publicityPeriodOver(cycle);
		assertThat(publicity).hasPassed(PublicityProcess.END_PUBLICITY_CLOSED).isEnded();
		assertThat(this.publicities.require(running.id()).status()).isEqualTo(PublicityStatus.CLOSED);
		assertThat(instance(cycle)).isWaitingAt(ReviewCycleProcess.TASK_WRITE_WORK_PLAN);

		// F1: the dossier is assembled from what happened
		filingSubmitted(cycle);
		Filing filing = this.cycles.filings(cycle.id()).get(0);
		assertThat(filing.meetingDate()).isEqualTo(LocalDate.parse(REVIEW_DATE));
		assertThat(filing.applicationsSubmitted()).isEqualTo(3);
		assertThat(filing.applicationsWithdrawn()).isEqualTo(1);
		assertThat(filing.qualified()).isEqualTo(1);
		assertThat(filing.removedByComplaint()).isEqualTo(1);
		assertThat(filing.publicitySummary()).contains("2024-07-01 10:00至2024-07-08 23:59")
			.contains("公示2人")
			.contains("收到投诉1件，经调查属实1件、不属实0件，取消评审资格1人")
			.contains("无发文记录")
			.doesNotContain("王明")
			.doesNotContain("13908721234");
		String summary = (String) this.runtimeService.getVariable(cycle.processInstanceId(), "filingSummary");
		assertThat(summary).contains("评审时间：2024-09-20").contains("评审工作方案").contains("无记名投票");

		setClock("2024-07-10T10:00:00");
		ProcessInstance pi = instance(cycle);
		filingDecided(cycle, "APPROVE", "同意备案。");
		assertThat(pi).isWaitingAt(ReviewCycleProcess.CALL_EXPERT_DRAW);
		this.driver.signDraw(cycle, List.of("eyzgb", "eyzgb2", "eyzgb3"), "eyjjz");
		assertThat(pi).hasPassedInOrder(ReviewCycleProcess.CALL_PRE_MEETING_PUBLICITY,
				ReviewCycleProcess.TASK_REVIEW_FILING, ReviewCycleProcess.CALL_EXPERT_DRAW)
			.isWaitingAt(ReviewCycleProcess.CALL_REVIEW_MEETING);
		assertThat(this.driver.reload(cycle).status()).isEqualTo(CycleStatus.READY_FOR_MEETING);
		assertThat(this.processEngine.getHistoryService().createHistoricVariableInstanceQuery()
			.processInstanceId(cycle.processInstanceId()).variableName("drawId").singleResult().getValue())
			.isNotNull();
		this.cycles.requireApprovedFiling(cycle.id());
	}

	@Test
	void thePublicityEndsOnlyWhenThePeriodIsOverAndEveryComplaintIsDecided() {
		ReviewCycle cycle = published();
		setClock("2024-04-08T09:00:00");
		Application applicant = this.driver.qualified(this.committee.code(), 2024);
		cycle = inPublicity(cycle);
		String publicityId = cycle.publicityId();
		ProcessInstance publicity = publicityInstance(cycle);

		setClock("2024-07-05T09:00:00");
		this.publicities.submitComplaint(publicityId, new ComplaintForm(1, "李华", "0872-5125555", "反映其年度考核造假。"),
				"203.0.113.1");
		this.publicities.submitComplaint(publicityId, new ComplaintForm(null, "张强", "13800000000", "公示名单未在县政府网站同步公示。"),
				"203.0.113.2");
		assertThat(this.taskService.createTaskQuery().processInstanceId(publicity.getId())
			.taskDefinitionKey(PublicityProcess.TASK_INVESTIGATE_COMPLAINT).count()).isEqualTo(2);
		assertThat(this.runtimeService.getVariable(publicity.getId(), "openComplaints")).isEqualTo(2);

		// the period ends with two complaints open: the publicity waits for them
		publicityPeriodOver(cycle);
		assertThat(publicity).isWaitingAt(PublicityProcess.EVENT_COMPLAINTS_SETTLED,
				PublicityProcess.TASK_INVESTIGATE_COMPLAINT);
		assertThat(this.publicities.require(publicityId).status()).isEqualTo(PublicityStatus.PERIOD_OVER);
		assertThat(instance(cycle)).isWaitingAt(ReviewCycleProcess.CALL_PRE_MEETING_PUBLICITY);
		// no more complaints after the period
		assertThatThrownBy(() -> this.publicities.submitComplaint(publicityId,
				new ComplaintForm(1, "李华", "0872-5125555", "补充材料。"), "203.0.113.1"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("已于2024-07-08 23:59结束");

		List<Task> open = this.taskService.createTaskQuery().processInstanceId(publicity.getId())
			.taskDefinitionKey(PublicityProcess.TASK_INVESTIGATE_COMPLAINT).list();
		Task aboutApplicant = open.stream()
			.filter(t -> this.taskService.getVariable(t.getId(), "complaintContent").toString().contains("年度考核"))
			.findFirst()
			.orElseThrow();
		Task aboutPublicity = open.stream().filter(t -> t != aboutApplicant).findFirst().orElseThrow();
		assertThat(this.taskService.getVariable(aboutPublicity.getId(), "complaintTarget")).isEqualTo("公示整体（未指明申报人）");

		setClock("2024-07-10T09:00:00");
		this.driver.complete("eyzgb", aboutApplicant,
				Map.of("complaintDecision", "DISMISSED", "complaintReason", "经核对原始考核档案，考核结果真实。"));
		assertThat(publicity).isWaitingAt(PublicityProcess.EVENT_COMPLAINTS_SETTLED,
				PublicityProcess.TASK_INVESTIGATE_COMPLAINT);
		assertThat(this.applications.require(applicant.id()).status()).isEqualTo(ApplicationStatus.QUALIFIED);

		this.driver.complete("eyzgb", aboutPublicity,
				Map.of("complaintDecision", "UPHELD", "complaintReason", "已在县政府网站补充公示。"));
		assertThat(publicity).hasPassed(PublicityProcess.EVENT_COMPLAINTS_SETTLED, PublicityProcess.END_PUBLICITY_CLOSED)
			.isEnded();
		assertThat(this.applications.require(applicant.id()).status()).isEqualTo(ApplicationStatus.QUALIFIED);
		assertThat(instance(cycle)).isWaitingAt(ReviewCycleProcess.TASK_WRITE_WORK_PLAN);
		assertThat(this.publicities.summary(publicityId)).contains("收到投诉2件，经调查属实1件、不属实1件，取消评审资格0人");
	}

	@Test
	void anEmptyListClosesTheCycleWithoutPublicity() {
		ReviewCycle cycle = published();
		cycle = inPublicity(cycle);
		assertThat(instance(cycle)).isNull();
		assertThat(this.processEngine.getHistoryService().createHistoricActivityInstanceQuery()
			.processInstanceId(cycle.processInstanceId()).activityId(ReviewCycleProcess.END_NO_QUALIFIED).count())
			.isEqualTo(1);
		assertThat(cycle.status()).isEqualTo(CycleStatus.CLOSED_NO_APPLICANTS);
		assertThat(cycle.qualifiedCount()).isZero();
		assertThat(cycle.publicityId()).isNull();
	}

	// the pre-meeting filing (F1)

	@Test
	void aReturnedFilingGoesBackToTheOfficeWithTheReasonAndIsFiledAgain() {
		ReviewCycle draft = published();
		setClock("2024-04-08T09:00:00");
		this.driver.qualified(this.committee.code(), 2024);
		ReviewCycle cycle = inPublicity(draft);
		publicityPeriodOver(cycle);
		filingSubmitted(cycle);

		setClock("2024-07-11T10:00:00");
		assertThatThrownBy(() -> filingDecided(cycle, "RETURN", " "))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("filingOpinion");
		filingDecided(cycle, "RETURN", "工作方案未明确专家抽取的时间和监督人员。");
		assertThat(instance(cycle)).isWaitingAt(ReviewCycleProcess.TASK_WRITE_WORK_PLAN)
			.variables()
			.containsEntry("returnReason", "核准备案部门退回：工作方案未明确专家抽取的时间和监督人员。")
			.containsEntry("filingApproved", false);
		assertThat(this.driver.task(cycle, ReviewCycleProcess.TASK_WRITE_WORK_PLAN)).hasCandidateGroup(ERYUAN_OFFICE);
		assertThat(this.cycles.filings(cycle.id())).extracting(Filing::status).containsExactly(FilingStatus.RETURNED);
		assertThatThrownBy(() -> this.cycles.requireApprovedFiling(cycle.id())).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("F1");

		this.driver.complete("eyzgb", this.driver.task(cycle, ReviewCycleProcess.TASK_WRITE_WORK_PLAN),
				Map.of("workPlan", "9月10日在县纪检监察组监督下抽取专家；9月20日召开评审会议。"));
		assertThat((String) this.runtimeService.getVariable(cycle.processInstanceId(), "filingSummary"))
			.contains("第2版");
		filingDecided(cycle, "APPROVE", "同意备案。");
		assertThat(this.cycles.filings(cycle.id())).extracting(Filing::status)
			.containsExactly(FilingStatus.RETURNED, FilingStatus.APPROVED);
		assertThat(this.cycles.filings(cycle.id()).get(1).approvedOn()).isEqualTo(LocalDate.parse("2024-07-11"));
		this.driver.signDraw(cycle, List.of("eyzgb", "eyzgb2", "eyzgb3"), "eyjjz");
		assertThat(instance(cycle)).isWaitingAt(ReviewCycleProcess.CALL_REVIEW_MEETING);
		assertThat(this.driver.reload(cycle).status()).isEqualTo(CycleStatus.READY_FOR_MEETING);
	}

	@Test
	void aFilingApprovedTooLateMovesTheMeeting() {
		ReviewCycle cycle = published();
		setClock("2024-04-08T09:00:00");
		this.driver.qualified(this.committee.code(), 2024);
		cycle = inPublicity(cycle);
		publicityPeriodOver(cycle);
		filingSubmitted(cycle);
		ProcessInstance pi = instance(cycle);

		// F1: approval due 10 working days before 09-20, i.e. by the end of 09-05; the deadline passes
		assertThat(CycleDriver.beijing(this.driver.task(cycle, ReviewCycleProcess.TASK_REVIEW_FILING).getDueDate()))
			.isEqualTo(LocalDateTime.parse("2024-09-05T23:59:59"));
		setClock("2024-09-06T08:00:00");
		this.driver.executeJob(pi.getId(), ReviewCycleProcess.BOUNDARY_FILING_OVERDUE);
		Task supervise = this.driver.task(cycle, ReviewCycleProcess.TASK_SUPERVISE_FILING_OVERDUE);
		assertThat(supervise).hasCandidateGroup(ERYUAN_SUPERVISION);
		assertThat((String) this.taskService.getVariable(supervise.getId(), "overdueMatter")).contains("F1");

		// approved on 09-10: only 7 working days before 09-20 (09-14 is a make-up Saturday, 09-15..17 off)
		setClock("2024-09-10T10:00:00");
		filingDecided(cycle, "APPROVE", "同意备案。");
		assertThat(pi).isWaitingAt(ReviewCycleProcess.TASK_SET_NEW_MEETING_DATE)
			.hasNotPassed(ReviewCycleProcess.CALL_EXPERT_DRAW)
			.variables()
			.containsEntry("filingInTime", false)
			.containsEntry("earliestMeetingDate", "2024-09-25");
		Task newDate = this.driver.task(cycle, ReviewCycleProcess.TASK_SET_NEW_MEETING_DATE);
		assertThat(newDate).hasCandidateGroup(ERYUAN_OFFICE);
		String cycleId = cycle.id();
		assertThatThrownBy(() -> this.cycles.requireApprovedFiling(cycleId)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("不足10个工作日");

		assertThatThrownBy(() -> this.driver.complete("eyzgb", newDate, Map.of("newReviewDate", "2024-09-24")))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("最早为2024-09-25")
			.hasMessageContaining("F1");
		assertThatThrownBy(() -> this.driver.complete("eyzgb", newDate, Map.of("newReviewDate", "2024-11-04")))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("N1");
		assertThat(pi).isWaitingAt(ReviewCycleProcess.TASK_SET_NEW_MEETING_DATE, ReviewCycleProcess.TASK_SUPERVISE_FILING_OVERDUE);

		this.driver.complete("eyzgb", newDate, Map.of("newReviewDate", "2024-09-27"));
		this.driver.signDraw(cycle, List.of("eyzgb", "eyzgb2", "eyzgb3"), "eyjjz");
		assertThat(pi).hasPassed(ReviewCycleProcess.CALL_EXPERT_DRAW).isWaitingAt(ReviewCycleProcess.CALL_REVIEW_MEETING);
		ReviewCycle moved = this.driver.reload(cycle);
		assertThat(moved.reviewDate()).isEqualTo(LocalDate.parse("2024-09-27"));
		assertThat(moved.status()).isEqualTo(CycleStatus.READY_FOR_MEETING);
		Filing filing = this.cycles.filings(cycleId).get(0);
		assertThat(filing.meetingDate()).isEqualTo(LocalDate.parse("2024-09-27"));
		assertThat(filing.approvedMeetingDate()).isEqualTo(LocalDate.parse(REVIEW_DATE));
		this.cycles.requireApprovedFiling(cycleId);
	}

	@Test
	void cancellingTheProcessFreesTheYearForANewCycle() {
		ReviewCycle cycle = this.driver.start(this.committee.code(), 2024);
		this.runtimeService.deleteProcessInstance(cycle.processInstanceId(), "演示撤销");
		assertThat(this.driver.reload(cycle).status()).isEqualTo(CycleStatus.CANCELLED);
		ReviewCycle again = this.driver.start(this.committee.code(), 2024);
		assertThat(again.id()).isNotEqualTo(cycle.id());
		assertThat(again.status()).isEqualTo(CycleStatus.DRAFTING);
	}

	@Test
	void cancellingTheCycleDuringItsPublicityClosesThePublicity() {
		ReviewCycle cycle = published();
		setClock("2024-04-08T09:00:00");
		this.driver.qualified(this.committee.code(), 2024);
		ReviewCycle running = inPublicity(cycle);
		this.runtimeService.deleteProcessInstance(running.processInstanceId(), "评委会撤销本年度评审");
		assertThat(this.driver.reload(running).status()).isEqualTo(CycleStatus.CANCELLED);
		assertThat(this.publicities.require(running.publicityId()).status()).isEqualTo(PublicityStatus.CLOSED);
		assertThatThrownBy(() -> this.publicities.submitComplaint(running.publicityId(),
				new ComplaintForm(null, "李华", "0872-5125555", "反映情况。"), "203.0.113.9"))
			.isInstanceOf(RuleViolation.class);
	}

}
