package cn.zhicheng.cycle;

import static cn.zhicheng.cycle.ReviewCycleProcess.COMMITTEE_CODE;
import static cn.zhicheng.cycle.ReviewCycleProcess.COMMITTEE_NAME;
import static cn.zhicheng.cycle.ReviewCycleProcess.COMMITTEE_OFFICE_GROUP_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.CYCLE_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.FILING_AUTHORITY_GROUP_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.HR_BUREAU_GROUP_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.NOTICE_DEADLINE;
import static cn.zhicheng.cycle.ReviewCycleProcess.REVIEW_YEAR;
import static cn.zhicheng.cycle.ReviewCycleProcess.SUPERVISION_GROUP_ID;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.calendar.WorkingDayCalendar;
import cn.zhicheng.common.EngineClock;
import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.publicity.Publicity;
import cn.zhicheng.publicity.PublicityService;
import cn.zhicheng.publicity.PublicitySubject;
import cn.zhicheng.system.ForbiddenException;
import cn.zhicheng.system.NotFoundException;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review cycles, one per committee and review year: the notice (N1, N2) and its approval by the HR
 * bureau, the application window (N2, A17), the qualified list and its pre-meeting publicity (Q2), and
 * the pre-meeting filing (F1). The process (processes/review-cycle.bpmn) calls these steps through thin
 * delegates; the rules are in {@link NoticeRules}. "Today" is the engine clock's day in Beijing.
 */
@Service
@EnableConfigurationProperties(MilestoneProperties.class)
public class ReviewCycleService {

	/** Applications still on their way to a qualification decision (Q1). */
	static final List<ApplicationStatus> UNDECIDED = List.of(ApplicationStatus.SUBMITTED,
			ApplicationStatus.IN_QUALIFICATION_CHECK, ApplicationStatus.IN_QUALIFICATION_REVIEW);

	private final ReviewCycleMapper mapper;

	private final OrganisationService organisations;

	private final NoticeRules rules;

	private final MilestoneProperties milestones;

	private final RuntimeService runtimeService;

	private final IdentityService identityService;

	private final PublicityService publicities;

	ReviewCycleService(ReviewCycleMapper mapper, OrganisationService organisations, NoticeRules rules,
			MilestoneProperties milestones, RuntimeService runtimeService, IdentityService identityService,
			PublicityService publicities) {
		this.mapper = mapper;
		this.organisations = organisations;
		this.rules = rules;
		this.milestones = milestones;
		this.runtimeService = runtimeService;
		this.identityService = identityService;
		this.publicities = publicities;
	}

	/** Today in Beijing, on the engine's clock (which tests may move). */
	public static LocalDate today() {
		return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE);
	}

	/** The business key Cockpit shows, e.g. 2026-EYTEACHERINT. */
	public static String businessKey(int reviewYear, String committeeCode) {
		return reviewYear + "-" + committeeCode;
	}

	// reads

	public Optional<ReviewCycle> find(String id) {
		return Optional.ofNullable(id == null ? null : this.mapper.find(id));
	}

	public ReviewCycle require(String id) {
		return find(id).orElseThrow(() -> new NotFoundException("cycleId", "评审周期不存在：" + id));
	}

	/** The committee's live (not cancelled) cycle of the year. */
	public Optional<ReviewCycle> active(String committeeCode, int reviewYear) {
		return Optional.ofNullable(this.mapper.findActive(businessKey(reviewYear, committeeCode)));
	}

	/** The committee's cycle whose application window is open on {@code day}, if any (N2, A17). */
	public Optional<ReviewCycle> openFor(String committeeCode, LocalDate day) {
		return this.mapper.findByCommittee(committeeCode).stream()
			.filter(cycle -> cycle.acceptsApplicationsOn(day))
			.max(Comparator.comparing(ReviewCycle::reviewYear));
	}

	/** Published notices, newest first (the public pages). */
	public List<ReviewCycle> publishedNotices() {
		return this.mapper.findPublished();
	}

	public List<Filing> filings(String cycleId) {
		return this.mapper.findFilings(cycleId);
	}

	public Filing filing(String filingId) {
		Filing filing = this.mapper.findFiling(filingId);
		if (filing == null) {
			throw new NotFoundException("filingId", "会前备案不存在：" + filingId);
		}
		return filing;
	}

	public Committee committeeOf(ReviewCycle cycle) {
		return this.organisations.committee(cycle.committeeCode()).orElseThrow();
	}

	/**
	 * F1: the meeting may open only with an approved filing that was approved at least 10 working days
	 * before the meeting date. For the meeting (issue 6) to call before it opens.
	 */
	public void requireApprovedFiling(String cycleId) {
		ReviewCycle cycle = require(cycleId);
		Optional<Filing> approved = filings(cycleId).stream().filter(f -> f.status() == FilingStatus.APPROVED)
			.reduce((first, second) -> second);
		RuleViolation.require(approved.isPresent(), "cycleId", "F1", "会前备案尚未经核准备案部门核准，评审会议不得召开（F1）");
		RuleViolation.require(this.rules.filedInTime(approved.get().approvedOn(), cycle.reviewDate()), "reviewDate", "F1",
				"会前备案于" + approved.get().approvedOn() + "核准，距评审会议" + cycle.reviewDate() + "不足" + NoticeRules.FILING_LEAD
						+ "个工作日，评审会议不得召开（F1）");
	}

	/** Who may read a cycle: its committee office, HR bureau, filing authority and supervision, or admins. */
	public boolean mayRead(ReviewCycle cycle, String user, List<String> groups) {
		if (isAdministrator(user)) {
			return true;
		}
		Routing routing = routing(committeeOf(cycle));
		return groups.contains(routing.office().groupId()) || groups.contains(routing.hrBureau().groupId())
				|| groups.contains(routing.filingAuthority().groupId())
				|| groups.contains(routing.supervision().groupId());
	}

	/** AR1, AR2: the cycle's archive and work report go to its committee office and supervision, or admins. */
	public boolean mayReadArchive(ReviewCycle cycle, String user, List<String> groups) {
		if (isAdministrator(user)) {
			return true;
		}
		Routing routing = routing(committeeOf(cycle));
		return groups.contains(routing.office().groupId()) || groups.contains(routing.supervision().groupId());
	}

	// starting a cycle

	/** The inboxes a cycle passes through. */
	record Routing(Committee committee, Organisation office, Organisation hrBureau, Organisation filingAuthority,
			Organisation supervision) {
	}

	Routing routing(Committee committee) {
		Organisation office = this.organisations.organisation(committee.officeCreditCode()).orElseThrow();
		Organisation hr = this.organisations.hrBureauOf(committee)
			.orElseThrow(() -> new RuleViolation("committeeCode", "N2",
					"评委会“" + committee.name() + "”所在地及上级地区均未登记人社部门，评审通知无人审核（N2）"));
		Organisation filing = Optional.ofNullable(committee.filingAuthorityCode())
			.flatMap(this.organisations::organisation)
			.orElseThrow(() -> new RuleViolation("committeeCode", "F1",
					"评委会“" + committee.name() + "”未登记核准备案部门，无法会前备案（F1）"));
		Organisation supervision = this.organisations.supervisionOf(committee)
			.orElseThrow(() -> new RuleViolation("committeeCode", "E1",
					"评委会“" + committee.name() + "”及其所在地未登记纪检监察部门，专家抽取和评审须有监督人员在场（E1、M1）"));
		return new Routing(committee, office, hr, filing, supervision);
	}

	/**
	 * Checks that {@code user} may start the committee's cycle for the year: a committee office member (or
	 * an administrator), a year with milestones (N1), the inboxes it needs, and no live cycle yet.
	 */
	Routing checkStart(String committeeCode, Number reviewYear, String user) {
		RuleViolation.require(committeeCode != null && !committeeCode.isBlank(), "committeeCode", "必填",
				"评委会编码（committeeCode）不能为空");
		Committee committee = this.organisations.committee(committeeCode.strip())
			.orElseThrow(() -> new RuleViolation("committeeCode", "N1", "评委会（committeeCode）不存在：" + committeeCode));
		RuleViolation.require(reviewYear != null, "reviewYear", "必填", "评审年度（reviewYear）不能为空");
		int year = reviewYear.intValue();
		int thisYear = today().getYear();
		RuleViolation.require(reviewYear.doubleValue() == year && (year == thisYear || year == thisYear + 1),
				"reviewYear", "N1", "评审年度（reviewYear）应为" + thisYear + "或" + (thisYear + 1) + "年（N1）");
		boolean planned = businessKey(year, committee.code()).equals(PLANNED_START.get());
		if (!planned && !isAdministrator(user) && !isMember(user, committee.officeCreditCode())) {
			throw new ForbiddenException("只有评委会组建部门“" + committee.officeCreditCode() + "”的工作人员可以启动本评委会的评审");
		}
		this.milestones.require(year);
		Routing routing = routing(committee);
		active(committee.code(), year).ifPresent(existing -> {
			throw new RuleViolation("reviewYear", "N1",
					"评委会“" + committee.name() + "”" + year + "年度评审已启动（" + existing.businessKey() + "），每个评委会每年只有一个评审周期");
		});
		return routing;
	}

	/**
	 * Starts the review cycle of a committee and year as {@code user} (a committee office member): the
	 * process opens the cycle and puts the notice into the office's inbox.
	 */
	@Transactional
	public ReviewCycle start(String committeeCode, Integer reviewYear, String user) {
		Routing routing = checkStart(committeeCode, reviewYear, user);
		this.runtimeService.createProcessInstanceByKey(ReviewCycleProcess.KEY)
			.businessKey(businessKey(reviewYear, routing.committee().code()))
			.setVariable(COMMITTEE_CODE.name(), routing.committee().code())
			.setVariable(REVIEW_YEAR.name(), reviewYear)
			.execute();
		return active(routing.committee().code(), reviewYear).orElseThrow();
	}

	/** The business key of the cycle {@link #startPlanned} is starting on this thread (not a process variable: not spoofable). */
	private static final ThreadLocal<String> PLANNED_START = new ThreadLocal<>();

	/**
	 * N3: starts the committee's cycle for an approved annual plan (the plan's HR department decided it, so
	 * no committee-office login is needed), with the notice pre-filled from the plan row ({@code notice}:
	 * process variables of the notice form, e.g. reviewDate, reviewScope, specialties, basis). The office
	 * still drafts and submits the notice.
	 */
	@Transactional
	public ReviewCycle startPlanned(String committeeCode, int reviewYear, Map<String, Object> notice, String by) {
		String key = businessKey(reviewYear, committeeCode);
		PLANNED_START.set(key);
		boolean anonymous = this.identityService.getCurrentAuthentication() == null;
		if (anonymous) {
			// the cycle records who started it (camunda:initiator): the plan's approver
			this.identityService.setAuthenticatedUserId(by);
		}
		try {
			Routing routing = checkStart(committeeCode, reviewYear, by);
			this.runtimeService.createProcessInstanceByKey(ReviewCycleProcess.KEY)
				.businessKey(key)
				.setVariables(notice)
				.setVariable(COMMITTEE_CODE.name(), routing.committee().code())
				.setVariable(REVIEW_YEAR.name(), reviewYear)
				.execute();
			return active(routing.committee().code(), reviewYear).orElseThrow();
		}
		finally {
			PLANNED_START.remove();
			if (anonymous) {
				this.identityService.clearAuthentication();
			}
		}
	}

	/** Task_OpenCycle: stores the cycle and puts its inboxes and deadlines into the process. */
	@Transactional
	public ReviewCycle open(String committeeCode, Number reviewYear, String initiator, String processInstanceId,
			VariableScope process) {
		Routing routing = checkStart(committeeCode, reviewYear, initiator);
		Committee committee = routing.committee();
		int year = reviewYear.intValue();
		String id = UUID.randomUUID().toString();
		String key = businessKey(year, committee.code());
		this.mapper.insert(id, committee.code(), year, key, CycleStatus.DRAFTING, key, processInstanceId, initiator);
		CYCLE_ID.set(process, id);
		COMMITTEE_CODE.set(process, committee.code());
		COMMITTEE_NAME.set(process, committee.name());
		REVIEW_YEAR.set(process, year);
		COMMITTEE_OFFICE_GROUP_ID.set(process, routing.office().groupId());
		HR_BUREAU_GROUP_ID.set(process, routing.hrBureau().groupId());
		FILING_AUTHORITY_GROUP_ID.set(process, routing.filingAuthority().groupId());
		SUPERVISION_GROUP_ID.set(process, routing.supervision().groupId());
		NOTICE_DEADLINE.set(process, this.milestones.require(year).noticeBy().toString());
		return require(id);
	}

	// the notice (N1, N2)

	/** Task_SubmitNotice: every N2 item stated, and publishable today (N1, N2); then to the HR bureau. */
	@Transactional
	Notice submitNotice(String cycleId, NoticeRules.Draft draft, String by) {
		ReviewCycle cycle = require(cycleId);
		Notice notice = this.rules.read(draft);
		this.rules.requireTimely(notice, cycle.reviewYear(), this.milestones.require(cycle.reviewYear()), today());
		this.mapper.updateNotice(cycleId, notice, CycleStatus.AWAITING_APPROVAL, by);
		return notice;
	}

	/** Task_RecordNoticeApproval: the HR bureau approves, or returns the notice to the office (N2). */
	@Transactional
	public boolean recordNoticeApproval(String cycleId, String decision, String opinion, String by) {
		RuleViolation.require("APPROVE".equals(decision) || "RETURN".equals(decision), "noticeDecision", "N2",
				"审核结论（noticeDecision）应为 APPROVE（同意发布）或 RETURN（退回修改）（N2）");
		String clean = NoticeRules.text(opinion, "noticeOpinion", "审核意见", 1000);
		boolean approved = "APPROVE".equals(decision);
		this.mapper.updateApproval(cycleId, clean, by, approved ? CycleStatus.AWAITING_APPROVAL : CycleStatus.DRAFTING);
		return approved;
	}

	/**
	 * Task_PublishNotice: publishes today if the notice is still timely (the approval may have taken days,
	 * N1, N2); otherwise returns why, and the notice goes back to the office.
	 */
	@Transactional
	public Optional<RuleViolation> publish(String cycleId, String by) {
		ReviewCycle cycle = require(cycleId);
		Notice notice = new Notice(cycle.basis(), cycle.reviewScope(), cycle.specialties(), cycle.reviewDate(),
				cycle.publicityMethod(), cycle.materials(), cycle.contactAddress(), cycle.contactPhone(),
				cycle.windowClosesOn());
		LocalDate day = today();
		Optional<RuleViolation> problem = this.rules.timingProblem(notice, cycle.reviewYear(),
				this.milestones.require(cycle.reviewYear()), day);
		if (problem.isPresent()) {
			this.mapper.updateStatus(cycleId, CycleStatus.DRAFTING, by);
		}
		else {
			this.mapper.publish(cycleId, day, by);
		}
		return problem;
	}

	/** Task_CloseWindow: the window's closing day is over; no more applications (N2, A17). */
	@Transactional
	public void closeWindow(String cycleId, String by) {
		this.mapper.updateStatus(cycleId, CycleStatus.WINDOW_CLOSED, by);
	}

	// the qualified list (Q1, Q2)

	/** The applications of the committee and year that passed the qualification check (Q1). */
	List<QualifiedApplicant> qualified(ReviewCycle cycle) {
		return this.mapper.findQualified(cycle.committeeCode(), cycle.reviewYear());
	}

	/** The list as the office's form shows it. */
	String qualifiedSummary(ReviewCycle cycle) {
		List<QualifiedApplicant> list = qualified(cycle);
		Map<String, Long> counts = counts(cycle);
		long undecided = UNDECIDED.stream().mapToLong(s -> counts.getOrDefault(s.name(), 0L)).sum();
		StringBuilder text = new StringBuilder("资格审查通过" + list.size() + "人");
		if (undecided > 0) {
			text.append("；另有").append(undecided).append("人尚未完成资格审查，完成后方可确认名单");
		}
		text.append("：");
		int i = 1;
		for (QualifiedApplicant a : list) {
			text.append("\n").append(i++).append(". ").append(a.name()).append("（").append(a.unitName()).append("，")
				.append(a.targetSpecialty()).append("）");
		}
		return text.toString();
	}

	/** The qualified list and its publicity, once the office confirmed it. */
	public record ConfirmedList(int count, String publicityId) {
	}

	/**
	 * Task_RecordQualifiedList (Q1, Q2): the office confirms the list once every application is decided;
	 * the list is prepared as the pre-meeting publicity (5 working days, the office investigates complaints).
	 * An empty list closes the cycle.
	 */
	@Transactional
	public ConfirmedList confirmQualifiedList(String cycleId, Boolean confirmed, String by) {
		ReviewCycle cycle = require(cycleId);
		RuleViolation.require(Boolean.TRUE.equals(confirmed), "listConfirmed", "Q2", "请核对并勾选“确认资格审查通过名单”（Q2）");
		Map<String, Long> counts = counts(cycle);
		long undecided = UNDECIDED.stream().mapToLong(s -> counts.getOrDefault(s.name(), 0L)).sum();
		RuleViolation.require(undecided == 0, "listConfirmed", "Q1",
				"尚有" + undecided + "份申报未完成单位推荐、主管部门审核或资格审查，全部办结后方可确认资格审查通过名单（Q1）");
		List<String> ids = qualified(cycle).stream().map(QualifiedApplicant::id).toList();
		if (ids.isEmpty()) {
			this.mapper.updateQualifiedList(cycleId, 0, null, CycleStatus.CLOSED_NO_APPLICANTS, by);
			return new ConfirmedList(0, null);
		}
		Committee committee = committeeOf(cycle);
		Publicity publicity = this.publicities.prepare(PublicitySubject.PRE_MEETING,
				committee.name() + cycle.reviewYear() + "年度评审会前公示（资格审查通过人员）", cycleId, committee.code(),
				cycle.reviewYear(), committee.officeCreditCode(), ids, NoticeRules.PUBLICITY_DAYS, by);
		this.mapper.updateQualifiedList(cycleId, ids.size(), publicity.id(), CycleStatus.PRE_MEETING_PUBLICITY, by);
		return new ConfirmedList(ids.size(), publicity.id());
	}

	// the pre-meeting filing (F1)

	/**
	 * Task_AssembleFiling (F1): the dossier from the stored facts — review time, materials-check figures,
	 * pre-meeting publicity and complaint handling — and the office's work plan, as a new version.
	 */
	@Transactional
	public Filing assembleFiling(String cycleId, String workPlan, String by) {
		ReviewCycle cycle = require(cycleId);
		String plan = NoticeRules.text(workPlan, "workPlan", "评审工作方案", NoticeRules.MATERIALS_MAX);
		Map<String, Long> counts = counts(cycle);
		int version = filings(cycleId).size() + 1;
		Filing filing = new Filing(UUID.randomUUID().toString(), cycleId, version, FilingStatus.SUBMITTED,
				cycle.reviewDate(), (int) counts.values().stream().mapToLong(Long::longValue).sum(),
				count(counts, ApplicationStatus.WITHDRAWN), count(counts, ApplicationStatus.NOT_RECOMMENDED),
				count(counts, ApplicationStatus.NOT_QUALIFIED), count(counts, ApplicationStatus.QUALIFIED),
				count(counts, ApplicationStatus.REMOVED_BY_COMPLAINT),
				cycle.publicityId() == null ? "未进行会前公示" : this.publicities.summary(cycle.publicityId()), plan,
				EngineClock.now(), by, null,
				null, null, null, null);
		this.mapper.insertFiling(filing);
		this.mapper.updateStatus(cycleId, CycleStatus.FILING, by);
		return filing;
	}

	/** The filing authority's decision and what follows from it (F1). */
	public record FilingDecision(boolean approved, boolean inTime, LocalDate earliestMeetingDate) {
	}

	/**
	 * Task_RecordFilingDecision (F1): approved or returned with a reason. An approval counts only if it
	 * comes at least 10 working days before the meeting; otherwise the meeting date must move.
	 */
	@Transactional
	public FilingDecision decideFiling(String filingId, String decision, String opinion, String by) {
		Filing filing = filing(filingId);
		RuleViolation.require("APPROVE".equals(decision) || "RETURN".equals(decision), "filingDecision", "F1",
				"备案结论（filingDecision）应为 APPROVE（核准）或 RETURN（退回）（F1）");
		String clean = NoticeRules.text(opinion, "filingOpinion", "核准备案意见", 1000);
		boolean approved = "APPROVE".equals(decision);
		LocalDate day = today();
		RuleViolation.require(this.mapper.decideFiling(filingId, approved ? FilingStatus.APPROVED : FilingStatus.RETURNED,
				clean, EngineClock.now(), by,
				approved ? day : null) == 1, "filingId", "F1", "该版会前备案已处理，不能重复核准");
		if (approved) {
			this.mapper.updateStatus(filing.cycleId(), CycleStatus.FILING_APPROVED, by);
		}
		boolean inTime = approved && this.rules.filedInTime(day, filing.meetingDate());
		return new FilingDecision(approved, inTime, this.rules.earliestMeetingDate(day));
	}

	/**
	 * Task_RecordNewMeetingDate (F1, N1): after a late approval the office sets a meeting date at least 10
	 * working days ahead and within the year's milestones; the approved filing keeps the date it approved.
	 */
	@Transactional
	public LocalDate moveMeeting(String cycleId, String filingId, String newDate, String by) {
		ReviewCycle cycle = require(cycleId);
		Filing filing = filing(filingId);
		RuleViolation.require(filing.status() == FilingStatus.APPROVED, "filingId", "F1", "会前备案尚未核准（F1）");
		LocalDate date = this.rules.newMeetingDate(newDate, filing.approvedOn(), today(), cycle.reviewYear(),
				this.milestones.require(cycle.reviewYear()));
		this.mapper.moveMeeting(filingId, date);
		this.mapper.updateReviewDate(cycleId, date, by);
		return date;
	}

	/** F1: whether an approval on {@code approvedOn} allows the meeting on {@code meetingDate}. */
	boolean filedInTime(LocalDate approvedOn, LocalDate meetingDate) {
		return this.rules.filedInTime(approvedOn, meetingDate);
	}

	@Transactional
	public void setStatus(String cycleId, CycleStatus status, String by) {
		this.mapper.updateStatus(cycleId, status, by);
	}

	/** The process was cancelled (e.g. in Cockpit): the committee may start the year again. */
	@Transactional
	public void cancel(String cycleId, String by) {
		this.mapper.cancel(cycleId, by);
	}

	private Map<String, Long> counts(ReviewCycle cycle) {
		return this.mapper.countByStatus(cycle.committeeCode(), cycle.reviewYear()).stream()
			.collect(Collectors.toMap(ApplicationCount::status, ApplicationCount::total));
	}

	private static int count(Map<String, Long> counts, ApplicationStatus status) {
		return counts.getOrDefault(status.name(), 0L).intValue();
	}

	private boolean isMember(String userId, String groupId) {
		return userId != null
				&& this.identityService.createGroupQuery().groupId(groupId).groupMember(userId).count() > 0;
	}

	private boolean isAdministrator(String userId) {
		return userId != null
				&& this.identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).groupMember(userId).count() > 0;
	}

}
