package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.MeetingTestSupport.Spec.directed;
import static cn.zhicheng.meeting.MeetingTestSupport.Spec.general;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationProcess;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.archive.Archive;
import cn.zhicheng.archive.ArchiveItem;
import cn.zhicheng.archive.ArchiveService;
import cn.zhicheng.calendar.WorkingDayCalendar;
import cn.zhicheng.cycle.CycleStatus;
import cn.zhicheng.cycle.PostFiling;
import cn.zhicheng.cycle.PostFilingStatus;
import cn.zhicheng.cycle.ResultStageService;
import cn.zhicheng.cycle.ReviewCycleProcess;
import cn.zhicheng.cycle.ReviewCycleService;
import cn.zhicheng.publicity.ComplaintForm;
import cn.zhicheng.publicity.EntryStatus;
import cn.zhicheng.publicity.PublicityEntry;
import cn.zhicheng.publicity.PublicityProcess;
import cn.zhicheng.publicity.PublicityService;
import cn.zhicheng.qualification.QualificationData;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * processes/review-cycle.bpmn after the meeting (issue 7): the cycle calls the real meeting (with the
 * test's drawn committee), then the result publicity (R1–R3) before any application learns its result,
 * complaints dismissed or upheld for fraud (R2, X1), the post-filing computed from the records and
 * approved or returned (PF1), the deadlines on the working-day calendar escalating to supervision, and the
 * archive with its 评审工作情况表 (AR1, AR2). The earlier stages of the cycle are tested in
 * ReviewCycleProcessTest; here the cycle row is stored as they leave it and the process starts at the
 * meeting. Each test uses its own review year. Run on H2 ({@link ResultStagesH2Test}) and on the MySQL-protocol
 * server ({@link ResultStagesMysqlTest}).
 */
abstract class ResultStagesScenarioTest extends MeetingTestSupport {

	static final String FILING_AUTHORITY = "11532900431002745L";

	static final String HR_BUREAU = "11532930431004118M";

	@Autowired
	ResultStageService stages;

	@Autowired
	ReviewCycleService cycles;

	@Autowired
	PublicityService publicities;

	@Autowired
	ArchiveService archives;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	QualificationData qualificationData;

	@Autowired
	TestRestTemplate rest;

	/**
	 * The review year of the n-th test: years of their own, after those of the other meeting tests (2030 …)
	 * sharing the H2 database; MySQL's TIMESTAMP ends in 2038, so its own database uses earlier years.
	 */
	int year(int n) {
		return 2040 + n;
	}

	/** A cycle as the pre-meeting stages leave it, its process started at the meeting. */
	record Cycle(String id, ProcessInstance process) {
	}

	Cycle cycleAtMeeting(int year, String drawId) {
		String id = UUID.randomUUID().toString();
		String key = year + "-" + COMMITTEE;
		this.jdbc.update("""
				INSERT INTO zc_review_cycle (id, committee_code, review_year, active_key, status, business_key,
				       basis, review_scope, specialties, review_date, publicity_method, materials, contact_address,
				       contact_phone, window_closes_on, published_on, approval_opinion, approved_by, qualified_count,
				       created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, 'EXPERT_DRAW', ?, '人社部令第40号', '洱源县中小学在职在岗教师', '语文、数学', ?,
				       '平台公示', '申报评审表', '洱源县人社局', '0872-5121234', ?, ?, '同意发布。', 'eyrsj', 3,
				       CURRENT_TIMESTAMP, 'test', CURRENT_TIMESTAMP, 'test')""", id, COMMITTEE, year, key, key,
				LocalDate.of(year, 10, 15), LocalDate.of(year, 8, 31), LocalDate.of(year, 6, 1));
		Map<String, Object> variables = new HashMap<>();
		variables.put("cycleId", id);
		variables.put("committeeCode", COMMITTEE);
		variables.put("committeeName", "洱源县中小学教师中级职称评审委员会");
		variables.put("reviewYear", year);
		variables.put("drawId", drawId);
		variables.put("reviewDate", year + "-10-15");
		variables.put("committeeOfficeGroupId", OFFICE);
		variables.put("supervisionGroupId", SUPERVISION);
		variables.put("hrBureauGroupId", HR_BUREAU);
		variables.put("filingAuthorityGroupId", FILING_AUTHORITY);
		ProcessInstance process = this.runtimeService.createProcessInstanceByKey(ReviewCycleProcess.KEY)
			.businessKey(key)
			.startBeforeActivity(ReviewCycleProcess.CALL_REVIEW_MEETING)
			.setVariables(variables)
			.execute();
		this.jdbc.update("UPDATE zc_review_cycle SET process_instance_id = ? WHERE id = ?", process.getId(), id);
		return new Cycle(id, process);
	}

	ProcessInstance sub(ProcessInstance parent, String key) {
		return this.runtimeService.createProcessInstanceQuery()
			.superProcessInstanceId(parent.getId())
			.processDefinitionKey(key)
			.singleResult();
	}

	/**
	 * The cycle's meeting, held: nine experts attend and review, everyone votes yes except for the
	 * applicants in {@code failing}; the chair and the supervisor sign and the meeting closes.
	 */
	void holdMeeting(Cycle cycle, int year, List<String> failing) {
		ProcessInstance meeting = sub(cycle.process(), ReviewMeetingProcess.KEY);
		assertThat(meeting).isNotNull();
		open(meeting, experts(1, 9), List.of(), "expert01", year);
		reviewAll(meeting);
		vetoes(meeting, Map.of());
		vote(meeting, (expert, id) -> failing.contains(id) ? BallotChoice.NO : BallotChoice.YES);
		closeAndCount(meeting);
		signAndClose(meeting);
		assertThat(meeting).isEnded();
	}

	Task cycleTask(Cycle cycle, String key) {
		return task(cycle.process(), key);
	}

	Date endOfWorkingDayAfter(LocalDate day, int n) {
		return ResultStageService.endOf(this.calendar.addWorkingDays(day, n));
	}

	/**
	 * The result publicity's period ends (its timer), then the cycle's asynchronous Task_PublishResults runs,
	 * both as the job executor would run them.
	 */
	void publicityPeriodOver(Cycle cycle) {
		ProcessInstance publicity = sub(cycle.process(), PublicityProcess.KEY);
		runJob(publicity, PublicityProcess.TIMER_PUBLICITY_ENDS);
		assertThat(cycle.process()).isWaitingAt(ReviewCycleProcess.TASK_PUBLISH_RESULTS);
		runJob(cycle.process(), ReviewCycleProcess.TASK_PUBLISH_RESULTS);
	}

	ProcessInstance applicationProcess(Application application) {
		return this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(application.processInstanceId())
			.singleResult();
	}

	String startPublicity(Cycle cycle) {
		submit(OFFICE_LOGIN, cycleTask(cycle, ReviewCycleProcess.TASK_START_RESULT_PUBLICITY),
				Map.of("resultPublicityConfirmed", true));
		return (String) this.runtimeService.getVariable(cycle.process().getId(), "resultPublicityId");
	}

	@Test
	void resultsArePublicisedFirstThenFiledReturnedApprovedAndArchivedWithTheWorkReport() throws IOException {
		int year = year(0);
		settings(MeetingSettings.DEFAULTS);
		List<Application> a = qualified(year, List.of(general("杨丽芬", NO1_SCHOOL), general("李家兴", NO2_SCHOOL),
				directed("和春燕", NO2_SCHOOL)));
		Cycle cycle = cycleAtMeeting(year, this.draws.draw(experts(1, 11), List.of()));
		holdMeeting(cycle, year, List.of(a.get(1).id()));

		// R3: the meeting is over; the office must start the result publicity within 5 working days (general
		// default of the Yunnan general pack); no application knows its result yet
		assertThat(cycle.process()).hasPassed(ReviewCycleProcess.TASK_PREPARE_RESULT_PUBLICITY)
			.isWaitingAt(ReviewCycleProcess.TASK_START_RESULT_PUBLICITY);
		Task start = cycleTask(cycle, ReviewCycleProcess.TASK_START_RESULT_PUBLICITY);
		assertThat(start).hasCandidateGroup(OFFICE);
		Date due = endOfWorkingDayAfter(LocalDate.of(year, 10, 15), 5);
		assertThat(start.getDueDate()).isEqualTo(due);
		assertThat(this.managementService.createJobQuery()
			.processInstanceId(cycle.process().getId())
			.activityId(ReviewCycleProcess.BOUNDARY_RESULT_PUBLICITY_OVERDUE)
			.singleResult()
			.getDuedate()).isEqualTo(due);
		assertThat((String) this.runtimeService.getVariable(cycle.process().getId(), "resultSummary"))
			.contains("评审3人，通过2人").contains("杨丽芬").contains("和春燕").doesNotContain("李家兴");
		assertThat(this.cycles.require(cycle.id()).status()).isEqualTo(CycleStatus.MEETING_HELD);
		for (Application application : a) {
			assertThat(this.applications.require(application.id()).status()).isEqualTo(ApplicationStatus.QUALIFIED);
			assertThat(applicationProcess(application)).isWaitingAt(ApplicationProcess.EVENT_WAIT_FOR_RESULT);
		}

		// R1: the office must confirm; then the passed applicants are publicised (masked) for 5 working days
		assertThatThrownBy(() -> submit(OFFICE_LOGIN, start, Map.of("resultPublicityConfirmed", false)))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("R1");
		String publicityId = startPublicity(cycle);
		assertThat(cycle.process()).isWaitingAt(ReviewCycleProcess.CALL_RESULT_PUBLICITY);
		assertThat(this.cycles.require(cycle.id()).status()).isEqualTo(CycleStatus.RESULT_PUBLICITY);
		List<PublicityEntry> entries = this.publicities.entries(publicityId);
		assertThat(entries).hasSize(2).extracting(PublicityEntry::maskedName).containsExactlyInAnyOrder("杨**", "和**");
		assertThat(this.publicities.require(publicityId).workingDays()).isEqualTo(5);
		assertThat(applicationProcess(a.get(0))).isWaitingAt(ApplicationProcess.EVENT_WAIT_FOR_RESULT);

		// the period ends without complaints: now the applications learn their results
		publicityPeriodOver(cycle);
		assertThat(cycle.process()).hasPassed(ReviewCycleProcess.CALL_RESULT_PUBLICITY, ReviewCycleProcess.TASK_PUBLISH_RESULTS)
			.isWaitingAt(ReviewCycleProcess.TASK_WRITE_WORK_SUMMARY);
		assertThat(this.applications.require(a.get(0).id()).status()).isEqualTo(ApplicationStatus.PASSED);
		assertThat(this.applications.require(a.get(2).id()).status()).isEqualTo(ApplicationStatus.PASSED);
		assertThat(applicationProcess(a.get(0))).isWaitingAt(ApplicationProcess.EVENT_WAIT_FOR_CERTIFICATE);
		assertThat(this.applications.require(a.get(1).id()).status()).isEqualTo(ApplicationStatus.NOT_PASSED);
		assertThat(this.historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(a.get(1).processInstanceId())
			.singleResult()
			.getEndActivityId()).isEqualTo(ApplicationProcess.END_NOT_PASSED);

		// PF1: due 20 working days after the meeting
		Task summary = cycleTask(cycle, ReviewCycleProcess.TASK_WRITE_WORK_SUMMARY);
		assertThat(summary).hasCandidateGroup(OFFICE);
		assertThat(summary.getDueDate()).isEqualTo(endOfWorkingDayAfter(LocalDate.of(year, 10, 15), 20));
		assertThatThrownBy(() -> submit(OFFICE_LOGIN, summary, Map.of("workSummary", " ")))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("workSummary");
		submit(OFFICE_LOGIN, summary, Map.of("workSummary", "本年度评审工作按程序进行，评审过程公开透明。"));

		// the dossier is computed: time, attendance, applicants, passed, pass rate per group, publicity, supervision
		Task review = cycleTask(cycle, ReviewCycleProcess.TASK_REVIEW_POST_FILING);
		assertThat(review).hasCandidateGroup(FILING_AUTHORITY);
		PostFiling first = this.stages.postFilings(cycle.id()).get(0);
		assertThat(first.committeeSize()).isEqualTo(11);
		assertThat(first.attendingCount()).isEqualTo(9);
		assertThat(first.applicantCount()).isEqualTo(3);
		assertThat(first.passedCount()).isEqualTo(2);
		assertThat(first.passRate()).isEqualTo("66.7%");
		assertThat(first.groupFigures()).contains("普通评审组：参加评审2人，通过1人，通过率50.0%")
			.contains("定向评价评审组：参加评审1人，通过1人，通过率100.0%");
		assertThat(first.complaintCount()).isZero();
		assertThat(first.supervision()).contains("赵国强").contains("签字");
		String dossier = (String) this.taskService.getVariable(review.getId(), "postFilingSummary");
		assertThat(dossier).contains("评委会组成11人，出席9人").contains("参加评审3人，评审通过2人").contains("收到投诉0件")
			.contains("本年度评审工作按程序进行");

		// returned with a reason, written again, approved
		submit("dlrsj", review, Map.of("postFilingDecision", "RETURN", "postFilingOpinion", "请补充专家回避情况。"));
		assertThat(cycle.process()).isWaitingAt(ReviewCycleProcess.TASK_WRITE_WORK_SUMMARY);
		assertThat((String) this.runtimeService.getVariable(cycle.process().getId(), "returnReason"))
			.contains("请补充专家回避情况");
		submit(OFFICE_LOGIN, cycleTask(cycle, ReviewCycleProcess.TASK_WRITE_WORK_SUMMARY),
				Map.of("workSummary", "本年度评审工作按程序进行；与申报人有利害关系的专家均已回避。"));
		submit("dlrsj", cycleTask(cycle, ReviewCycleProcess.TASK_REVIEW_POST_FILING),
				Map.of("postFilingDecision", "APPROVE", "postFilingOpinion", "同意备案。"));
		List<PostFiling> filings = this.stages.postFilings(cycle.id());
		assertThat(filings).extracting(PostFiling::status)
			.containsExactly(PostFilingStatus.RETURNED, PostFilingStatus.APPROVED);
		assertThat(filings.get(1).decidedBy()).isEqualTo("dlrsj");

		// C1, C2: the approved post-filing starts the certification; the certificates reach the applications
		assertThat(cycle.process()).isWaitingAt(ReviewCycleProcess.CALL_CERTIFICATION);
		assertThat(this.cycles.require(cycle.id()).status()).isEqualTo(CycleStatus.POST_FILING_APPROVED);
		String documentNumber = certify(cycle, year);
		assertThat(applicationProcess(a.get(0))).isWaitingAt(ApplicationProcess.TASK_RECORD_APPOINTMENT);
		assertThat(applicationProcess(a.get(2))).isWaitingAt(ApplicationProcess.TASK_RECORD_APPOINTMENT);
		assertThat(this.runtimeService.getVariable(cycle.process().getId(), "certificatesIssued")).isEqualTo(2);

		// AR1: the archive is assembled; AR2: the office's supervision department receives it
		assertThat(cycle.process()).hasPassed(ReviewCycleProcess.SUBPROCESS_POST_FILING, ReviewCycleProcess.TASK_ASSEMBLE_ARCHIVE)
			.isWaitingAt(ReviewCycleProcess.TASK_ACKNOWLEDGE_ARCHIVE);
		assertThat(this.cycles.require(cycle.id()).status()).isEqualTo(CycleStatus.ARCHIVING);
		Archive archive = this.archives.require(cycle.id());
		assertThat(this.archives.items(archive.id())).extracting(ArchiveItem::kind)
			.containsExactly("NOTICE", "PRE_MEETING_PUBLICITY", "DRAW", "MINUTES", "RESULTS", "RESULT_PUBLICITY",
					"POST_FILING", "POST_FILING", "CERTIFICATES");
		assertThat(this.archives.items(archive.id())).filteredOn(i -> i.kind().equals("CERTIFICATES"))
			.singleElement()
			.satisfies(i -> assertThat(i.summary()).contains(documentNumber).contains("发放证书2份"));
		assertThat(this.archives.items(archive.id())).filteredOn(i -> i.kind().equals("MINUTES"))
			.singleElement()
			.satisfies(i -> assertThat(i.summary()).contains("评审会议记录").contains("出席9人"));

		// the 评审工作情况表 with its figures
		Map<String, Object> report = readReport(this.archives.workReport(cycle.id()));
		assertThat(report).containsEntry("评委会人数", 11.0)
			.containsEntry("出席评委人数", 9.0)
			.containsEntry("参加评审人数", 3.0)
			.containsEntry("评审通过人数", 2.0)
			.containsEntry("结果公示期间撤销人数", 0.0)
			.containsEntry("通过率", "66.7%")
			.containsEntry("结果公示投诉件数", 0.0)
			.containsEntry("评审时间", year + "-10-15")
			.containsEntry("会后备案核准日期", filings.get(1).approvedOn().toString())
			.containsEntry("任职资格文件文号", documentNumber)
			.containsEntry("发放证书数", 2.0)
			.containsEntry("普通评审组", List.of(2.0, 1.0, "50.0%"))
			.containsEntry("定向评价评审组", List.of(1.0, 1.0, "100.0%"));

		// downloadable by the office and supervision only
		ResponseEntity<byte[]> download = this.rest.withBasicAuth("eyjjz", "demo")
			.getForEntity("/api/cycles/" + cycle.id() + "/archive/work-report", byte[].class);
		assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(download.getHeaders().getContentType().toString()).startsWith(ArchiveService.MEDIA_TYPE);
		assertThat(readReport(download.getBody())).containsEntry("评审通过人数", 2.0);
		assertThat(this.rest.withBasicAuth("ey1z", "demo")
			.getForEntity("/api/cycles/" + cycle.id() + "/archive/work-report", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

		Task receipt = cycleTask(cycle, ReviewCycleProcess.TASK_ACKNOWLEDGE_ARCHIVE);
		assertThat(receipt).hasCandidateGroup(SUPERVISION);
		assertThatThrownBy(() -> submit(SUPERVISION_LOGIN, receipt, Map.of("archiveReceived", false)))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("AR2");
		submit(SUPERVISION_LOGIN, receipt, Map.of("archiveReceived", true, "archiveOpinion", "已接收，存档备查。"));
		assertThat(cycle.process()).hasPassed(ReviewCycleProcess.TASK_CLOSE_ARCHIVE, ReviewCycleProcess.END_ARCHIVED)
			.isEnded();
		assertThat(this.cycles.require(cycle.id()).status()).isEqualTo(CycleStatus.ARCHIVED);
		Archive closed = this.archives.require(cycle.id());
		assertThat(closed.status()).isEqualTo("CLOSED");
		assertThat(closed.acknowledgedBy()).isEqualTo(SUPERVISION_LOGIN);
	}

	@Test
	void aDismissedComplaintLeavesTheResultStanding() {
		int year = year(1);
		settings(MeetingSettings.DEFAULTS);
		List<Application> a = qualified(year, List.of(general("杨丽芬", NO1_SCHOOL), general("李家兴", NO2_SCHOOL)));
		Cycle cycle = cycleAtMeeting(year, this.draws.draw(experts(1, 9), List.of()));
		holdMeeting(cycle, year, List.of());
		String publicityId = startPublicity(cycle);

		this.publicities.submitComplaint(publicityId, new ComplaintForm(1, "张三", "13800000000", "反映其业绩材料不实。"),
				"10.1.1.1");
		ProcessInstance publicity = sub(cycle.process(), PublicityProcess.KEY);
		Task investigate = task(publicity, PublicityProcess.TASK_INVESTIGATE_COMPLAINT);
		assertThat(investigate).hasCandidateGroup(OFFICE);
		// fraud can only be found in an upheld complaint (X1)
		assertThatThrownBy(() -> submit(OFFICE_LOGIN, investigate, Map.of("complaintDecision", "DISMISSED",
				"complaintReason", "经核查材料属实。", "complaintFraud", true)))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("X1");
		submit(OFFICE_LOGIN, investigate,
				Map.of("complaintDecision", "DISMISSED", "complaintReason", "经核查，业绩材料与原件一致，投诉不属实。"));
		publicityPeriodOver(cycle);

		assertThat(cycle.process()).isWaitingAt(ReviewCycleProcess.TASK_WRITE_WORK_SUMMARY);
		assertThat(this.publicities.entries(publicityId)).extracting(PublicityEntry::status)
			.containsOnly(EntryStatus.LISTED);
		assertThat(this.applications.require(a.get(0).id()).status()).isEqualTo(ApplicationStatus.PASSED);
		assertThat(this.applications.require(a.get(1).id()).status()).isEqualTo(ApplicationStatus.PASSED);
		assertThat(this.publicities.revocations(publicityId)).isEmpty();
		submit(OFFICE_LOGIN, cycleTask(cycle, ReviewCycleProcess.TASK_WRITE_WORK_SUMMARY),
				Map.of("workSummary", "评审工作总结。"));
		PostFiling filing = this.stages.postFilings(cycle.id()).get(0);
		assertThat(filing.complaintCount()).isEqualTo(1);
		assertThat(filing.publicitySummary()).contains("收到投诉1件，经调查属实0件、不属实1件")
			.contains("业绩材料与原件一致");
		assertThat(filing.passedCount()).isEqualTo(2);
	}

	@Test
	void aComplaintUpheldForFraudRevokesTheResultAfterPublicityAndRecordsThePerson() throws IOException {
		int year = year(2);
		settings(MeetingSettings.DEFAULTS);
		List<Application> a = qualified(year, List.of(general("假业绩", NO1_SCHOOL), general("李家兴", NO2_SCHOOL)));
		Cycle cycle = cycleAtMeeting(year, this.draws.draw(experts(1, 9), List.of()));
		holdMeeting(cycle, year, List.of());
		String publicityId = startPublicity(cycle);
		int entry = this.publicities.entries(publicityId).stream()
			.filter(e -> e.applicationId().equals(a.get(0).id()))
			.findFirst()
			.orElseThrow()
			.entryNumber();

		this.publicities.submitComplaint(publicityId,
				new ComplaintForm(entry, "王五", "13900000000", "其获奖证书系伪造，可向发证单位核实。"), "10.1.1.2");
		ProcessInstance publicity = sub(cycle.process(), PublicityProcess.KEY);
		submit(OFFICE_LOGIN, task(publicity, PublicityProcess.TASK_INVESTIGATE_COMPLAINT),
				Map.of("complaintDecision", "UPHELD", "complaintReason", "经向发证单位核实，获奖证书系伪造。", "complaintFraud",
						true));

		// R2: the result is revoked at once (entry removed, status), X1: the person is in the integrity record
		assertThat(this.publicities.entries(publicityId)).filteredOn(e -> e.applicationId().equals(a.get(0).id()))
			.singleElement()
			.satisfies(e -> assertThat(e.status()).isEqualTo(EntryStatus.REMOVED));
		assertThat(this.applications.require(a.get(0).id()).status()).isEqualTo(ApplicationStatus.RESULT_REVOKED);
		assertThat(ApplicationStatus.RESULT_REVOKED.label()).isEqualTo("评审结果已撤销");
		Application revoked = this.applications.require(a.get(0).id());
		Map<String, Object> record = this.jdbc.queryForMap(
				"SELECT recorded_on, valid_until, reason FROM zc_integrity_record WHERE id_number = ?",
				revoked.idNumber());
		LocalDate recordedOn = ((java.sql.Date) record.get("RECORDED_ON")).toLocalDate();
		assertThat(recordedOn).isEqualTo(LocalDate.of(year, 10, 15));
		assertThat(((java.sql.Date) record.get("VALID_UNTIL")).toLocalDate()).isEqualTo(recordedOn.plusYears(3));
		assertThat((String) record.get("REASON")).contains("X1").contains("伪造");
		// next year IntegrityRecordRule finds them (X1), after three years no longer
		assertThat(this.qualificationData.integrityRecordEntry(revoked.idNumber(), LocalDate.of(year + 1, 3, 1)))
			.isPresent();
		assertThat(this.qualificationData.integrityRecordEntry(revoked.idNumber(), LocalDate.of(year + 3, 10, 16)))
			.isEmpty();
		// the application still waits: results go out only after the publicity
		assertThat(applicationProcess(a.get(0))).isWaitingAt(ApplicationProcess.EVENT_WAIT_FOR_RESULT);

		publicityPeriodOver(cycle);
		ProcessInstance revokedProcess = applicationProcess(a.get(0));
		assertThat(revokedProcess).isWaitingAt(ApplicationProcess.TASK_NOTIFY_RESULT_REVOKED);
		Task notice = task(revokedProcess, ApplicationProcess.TASK_NOTIFY_RESULT_REVOKED);
		assertThat(notice).hasCandidateGroup(NO1_SCHOOL);
		assertThat((String) this.taskService.getVariable(notice.getId(), "removalReason")).contains("伪造")
			.contains("R2");
		submit("ey1z", notice, Map.of("notified", true));
		assertThat(this.historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(a.get(0).processInstanceId())
			.singleResult()
			.getEndActivityId()).isEqualTo(ApplicationProcess.END_RESULT_REVOKED);
		assertThat(this.applications.require(a.get(0).id()).status()).isEqualTo(ApplicationStatus.RESULT_REVOKED);
		assertThat(applicationProcess(a.get(1))).isWaitingAt(ApplicationProcess.EVENT_WAIT_FOR_CERTIFICATE);

		// the post-filing counts the revocation
		submit(OFFICE_LOGIN, cycleTask(cycle, ReviewCycleProcess.TASK_WRITE_WORK_SUMMARY),
				Map.of("workSummary", "评审工作总结。"));
		PostFiling filing = this.stages.postFilings(cycle.id()).get(0);
		assertThat(filing.passedCount()).isEqualTo(1);
		assertThat(filing.revokedCount()).isEqualTo(1);
		assertThat(filing.passRate()).isEqualTo("50.0%");
		assertThat(filing.publicitySummary()).contains("经调查属实1件").contains("撤销评审结果1人")
			.contains("记入诚信档案库1人");
		submit("dlrsj", cycleTask(cycle, ReviewCycleProcess.TASK_REVIEW_POST_FILING),
				Map.of("postFilingDecision", "APPROVE", "postFilingOpinion", "同意备案。"));
		certify(cycle, year);
		Map<String, Object> report = readReport(this.archives.workReport(cycle.id()));
		assertThat(report).containsEntry("评审通过人数", 1.0)
			.containsEntry("结果公示期间撤销人数", 1.0)
			.containsEntry("投诉属实件数", 1.0)
			.containsEntry("记入诚信档案库人数（X1）", 1.0)
			.containsEntry("发放证书数", 1.0);
	}

	@Test
	void aResultPublicityNotStartedInTimeEscalatesToSupervision() {
		int year = year(3);
		settings(MeetingSettings.DEFAULTS);
		qualified(year, List.of(general("杨丽芬", NO1_SCHOOL)));
		Cycle cycle = cycleAtMeeting(year, this.draws.draw(experts(1, 9), List.of()));
		holdMeeting(cycle, year, List.of());

		Job overdue = this.managementService.createJobQuery()
			.processInstanceId(cycle.process().getId())
			.activityId(ReviewCycleProcess.BOUNDARY_RESULT_PUBLICITY_OVERDUE)
			.singleResult();
		assertThat(overdue.getDuedate()).isEqualTo(endOfWorkingDayAfter(LocalDate.of(year, 10, 15), 5));
		clockAfter(overdue.getDuedate());
		this.managementService.executeJob(overdue.getId());

		Task supervise = cycleTask(cycle, ReviewCycleProcess.TASK_SUPERVISE_RESULT_PUBLICITY_OVERDUE);
		assertThat(supervise).hasCandidateGroup(SUPERVISION);
		assertThat((String) this.taskService.getVariable(supervise.getId(), "overdueMatter")).contains("评审结果公示")
			.contains("R3");
		// the office's task stays open: the publicity must still be published
		assertThat(cycle.process()).isWaitingAt(ReviewCycleProcess.TASK_START_RESULT_PUBLICITY,
				ReviewCycleProcess.TASK_SUPERVISE_RESULT_PUBLICITY_OVERDUE);
		submit(SUPERVISION_LOGIN, supervise, Map.of());
		startPublicity(cycle);
		assertThat(cycle.process()).isWaitingAt(ReviewCycleProcess.CALL_RESULT_PUBLICITY);
	}

	@Test
	void aPostFilingNotApprovedInTimeEscalatesToSupervision() {
		int year = year(4);
		settings(MeetingSettings.DEFAULTS);
		qualified(year, List.of(general("杨丽芬", NO1_SCHOOL)));
		Cycle cycle = cycleAtMeeting(year, this.draws.draw(experts(1, 9), List.of()));
		holdMeeting(cycle, year, List.of());
		startPublicity(cycle);
		publicityPeriodOver(cycle);

		Job overdue = this.managementService.createJobQuery()
			.processInstanceId(cycle.process().getId())
			.activityId(ReviewCycleProcess.BOUNDARY_POST_FILING_OVERDUE)
			.singleResult();
		// PF1: 20 working days after the meeting
		assertThat(overdue.getDuedate()).isEqualTo(endOfWorkingDayAfter(LocalDate.of(year, 10, 15), 20));
		assertThat(this.stages.require(cycle.id()).postFilingDueOn())
			.isEqualTo(this.calendar.addWorkingDays(LocalDate.of(year, 10, 15), 20));
		clockAfter(overdue.getDuedate());
		this.managementService.executeJob(overdue.getId());

		Task supervise = cycleTask(cycle, ReviewCycleProcess.TASK_SUPERVISE_POST_FILING_OVERDUE);
		assertThat(supervise).hasCandidateGroup(SUPERVISION);
		assertThat((String) this.taskService.getVariable(supervise.getId(), "overdueMatter")).contains("会后备案")
			.contains("PF1");
		assertThat(cycle.process()).isWaitingAt(ReviewCycleProcess.TASK_WRITE_WORK_SUMMARY,
				ReviewCycleProcess.TASK_SUPERVISE_POST_FILING_OVERDUE);
	}

	@Test
	void aYunnanDirectedGroupMustBePublicisedWithinThreeWorkingDaysAndFiledFiveAfterThePublicity() {
		// YUNNAN-2020-DIRECTED (DY10) applies to the 2020 review only
		int year = 2020;
		settings(MeetingSettings.DEFAULTS);
		qualified(year, List.of(general("杨丽芬", NO1_SCHOOL), directed("和春燕", NO2_SCHOOL)),
				data -> data.put("awards", List.of(Map.of("date", "2019-09-10", "title", "洱源县优秀教师", "level", "县级"))));
		Cycle cycle = cycleAtMeeting(year, this.draws.draw(experts(1, 9), List.of()));
		holdMeeting(cycle, year, List.of());

		// R3, DY10: the strictest pack of the cycle's applicants: 3 working days, not the general 5
		Task start = cycleTask(cycle, ReviewCycleProcess.TASK_START_RESULT_PUBLICITY);
		assertThat(start.getDueDate()).isEqualTo(endOfWorkingDayAfter(LocalDate.of(year, 10, 15), 3));
		assertThat((String) this.runtimeService.getVariable(cycle.process().getId(), "resultSummary"))
			.contains("3个工作日内，DY10")
			.contains("YUNNAN-2020-DIRECTED");
		String publicityId = startPublicity(cycle);
		LocalDate publicityEnds = this.publicities.require(publicityId).endsAt().toLocalDate();
		publicityPeriodOver(cycle);

		// PF2, DY10: filed within 5 working days after the publicity ends (instead of 20 after the meeting)
		Task summary = cycleTask(cycle, ReviewCycleProcess.TASK_WRITE_WORK_SUMMARY);
		assertThat(summary.getDueDate()).isEqualTo(endOfWorkingDayAfter(publicityEnds, 5));
		assertThat(this.runtimeService.getVariable(cycle.process().getId(), "postFilingRule")).isEqualTo("DY10");
		assertThat(this.managementService.createJobQuery()
			.processInstanceId(cycle.process().getId())
			.activityId(ReviewCycleProcess.BOUNDARY_POST_FILING_OVERDUE)
			.singleResult()
			.getDuedate()).isEqualTo(endOfWorkingDayAfter(publicityEnds, 5));
	}

	@Test
	void aPassedApplicationIsAppointedAfterItsCertificateWithinTheMonth() {
		int year = year(5);
		Application application = qualified(year, List.of(general("杨丽芬", NO1_SCHOOL))).get(0);
		ProcessInstance pi = passedWithCertificate(application, LocalDate.of(year, 12, 20));

		// C3: one month (Yunnan pack), the first working day on or after 2046-01-20
		LocalDate due = firstWorkingDayFrom(LocalDate.of(year + 1, 1, 20));
		assertThat(pi).hasPassed(ApplicationProcess.TASK_SCHEDULE_APPOINTMENT)
			.isWaitingAt(ApplicationProcess.TASK_RECORD_APPOINTMENT);
		Task task = task(pi, ApplicationProcess.TASK_RECORD_APPOINTMENT);
		assertThat(task).hasCandidateGroup(NO1_SCHOOL);
		assertThat(task.getDueDate()).isEqualTo(ResultStageService.endOf(due));

		// C3: the appointment cannot precede the document; pay cannot precede the appointment
		clockAt(year + 1, 1, 10);
		assertThatThrownBy(() -> submit("ey1z", task, appointment(year + "-12-01", year + "-12-01")))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("appointedOn");
		assertThatThrownBy(() -> submit("ey1z", task, appointment((year + 1) + "-01-05", year + "-12-25")))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("payStartsOn");
		submit("ey1z", task, appointment((year + 1) + "-01-05", (year + 1) + "-01-05"));

		assertThat(pi).hasPassed(ApplicationProcess.TASK_SAVE_APPOINTMENT, ApplicationProcess.END_APPOINTMENT_RECORDED)
			.isEnded();
		assertThat(this.applications.require(application.id()).status()).isEqualTo(ApplicationStatus.APPOINTED);
		Map<String, Object> row = this.jdbc.queryForMap(
				"SELECT appointed_post, appointed_on, pay_starts_on, recorded_by, certificate_number, due_on FROM zc_appointment WHERE application_id = ?",
				application.id());
		assertThat(row).containsEntry("APPOINTED_POST", "中小学一级教师岗位")
			.containsEntry("RECORDED_BY", "ey1z")
			.containsEntry("CERTIFICATE_NUMBER", "ZC-" + year + "-0001");
		assertThat(((java.sql.Date) row.get("DUE_ON")).toLocalDate()).isEqualTo(due);
	}

	@Test
	void anOverdueAppointmentGoesToTheHrBureau() {
		int year = year(6);
		Application application = qualified(year, List.of(general("李家兴", NO2_SCHOOL))).get(0);
		ProcessInstance pi = passedWithCertificate(application, LocalDate.of(year, 11, 2));
		LocalDate due = firstWorkingDayFrom(LocalDate.of(year, 12, 2));

		Job overdue = this.managementService.createJobQuery()
			.processInstanceId(pi.getId())
			.activityId(ApplicationProcess.BOUNDARY_APPOINTMENT_OVERDUE)
			.singleResult();
		assertThat(overdue.getDuedate()).isEqualTo(ResultStageService.endOf(due));
		clockAfter(overdue.getDuedate());
		this.managementService.executeJob(overdue.getId());

		Task supervise = task(pi, ApplicationProcess.TASK_SUPERVISE_APPOINTMENT_OVERDUE);
		assertThat(supervise).hasCandidateGroup(HR_BUREAU);
		assertThat((String) this.taskService.getVariable(supervise.getId(), "overdueMatter")).contains("李家兴")
			.contains("C3")
			.contains(due.toString());
		// the unit's task stays open: it still has to appoint
		assertThat(pi).isWaitingAt(ApplicationProcess.TASK_RECORD_APPOINTMENT,
				ApplicationProcess.TASK_SUPERVISE_APPOINTMENT_OVERDUE);
	}

	// helpers

	/**
	 * The certification the cycle called (C1, C2): the HR bureau issues the document, the office checks the
	 * names, the certificates are issued and sent (their jobs run as the job executor would). Returns the 文号.
	 */
	String certify(Cycle cycle, int year) {
		ProcessInstance certification = sub(cycle.process(), "certification");
		assertThat(certification).isNotNull();
		Task document = task(certification, "Task_IssueQualificationDocument");
		assertThat(document).hasCandidateGroup(HR_BUREAU);
		submit("eyrsj", document, Map.of("documentTitle", "关于评审通过人员取得中级专业技术职务任职资格的通知", "documentDate",
				year + "-10-15"));
		submit(OFFICE_LOGIN, task(certification, "Task_CheckNamesByOffice"),
				Map.of("namesConfirmed", true, "nameCheckNote", "姓名、专业与文件一致"));
		runJob(certification, "Task_IssueCertificates");
		runJob(certification, "Task_SendCertificateMessages");
		assertThat(certification).isEnded();
		assertThat(cycle.process()).hasPassed(ReviewCycleProcess.CALL_CERTIFICATION);
		String number = (String) this.runtimeService.getVariable(cycle.process().getId(), "qualificationDocumentNumber");
		assertThat(number).isNotBlank();
		return number;
	}

	/** The application passed (after the result publicity) and the certification sent its certificate. */
	ProcessInstance passedWithCertificate(Application application, LocalDate documentDate) {
		this.runtimeService.createMessageCorrelation(ApplicationProcess.MESSAGE_REVIEW_RESULT)
			.processInstanceVariableEquals("applicationId", application.id())
			.setVariable("reviewPassed", true)
			.setVariable("resultRevoked", false)
			.correlate();
		ProcessInstance pi = applicationProcess(application);
		assertThat(pi).isWaitingAt(ApplicationProcess.EVENT_WAIT_FOR_CERTIFICATE);
		assertThat(this.applications.require(application.id()).status()).isEqualTo(ApplicationStatus.PASSED);
		this.runtimeService.createMessageCorrelation(ApplicationProcess.MESSAGE_CERTIFICATE_ISSUED)
			.processInstanceVariableEquals("applicationId", application.id())
			.setVariable("certificateNumber", "ZC-" + application.reviewYear() + "-0001")
			.setVariable("qualificationDocumentNumber", "洱人社〔" + application.reviewYear() + "〕88号")
			.setVariable("qualificationDocumentDate",
					Date.from(documentDate.atTime(10, 0).atZone(WorkingDayCalendar.ZONE).toInstant()))
			.correlate();
		return pi;
	}

	static Map<String, Object> appointment(String appointedOn, String payStartsOn) {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("appointedPost", "中小学一级教师岗位");
		form.put("appointedOn", appointedOn);
		form.put("payStartsOn", payStartsOn);
		return form;
	}

	LocalDate firstWorkingDayFrom(LocalDate day) {
		LocalDate d = day;
		while (!this.calendar.isWorkingDay(d)) {
			d = d.plusDays(1);
		}
		return d;
	}

	static void clockAt(int year, int month, int day) {
		org.camunda.bpm.engine.impl.util.ClockUtil
			.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, 9, 0, 0, 0, BEIJING).toInstant()));
	}

	static void clockAfter(Date date) {
		org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(new Date(date.getTime() + 1000));
	}

	/** The work report's lines: label → value; a review group's line → [reviewed, passed, rate]. */
	static Map<String, Object> readReport(byte[] xlsx) throws IOException {
		Map<String, Object> values = new LinkedHashMap<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheet("评审工作情况表");
			assertThat(sheet).isNotNull();
			for (Row row : sheet) {
				if (row.getCell(0) == null || row.getCell(1) == null) {
					continue;
				}
				String label = row.getCell(0).getStringCellValue();
				if (row.getCell(3) != null) {
					values.put(label, List.of(value(row, 1), value(row, 2), value(row, 3)));
				}
				else {
					values.put(label, value(row, 1));
				}
			}
		}
		return values;
	}

	private static Object value(Row row, int column) {
		return switch (row.getCell(column).getCellType()) {
			case NUMERIC -> row.getCell(column).getNumericCellValue();
			default -> row.getCell(column).getStringCellValue();
		};
	}

}
