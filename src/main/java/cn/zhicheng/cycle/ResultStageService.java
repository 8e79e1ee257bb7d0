package cn.zhicheng.cycle;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationService;
import cn.zhicheng.calendar.WorkingDayCalendar;
import cn.zhicheng.calendar.WorkingDays;
import cn.zhicheng.common.EngineClock;
import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.meeting.ReviewResults;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.OrganisationKind;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.organisation.Region;
import cn.zhicheng.organisation.RegionLevel;
import cn.zhicheng.publicity.Complaint;
import cn.zhicheng.publicity.Publicity;
import cn.zhicheng.publicity.PublicityService;
import cn.zhicheng.publicity.PublicitySubject;
import cn.zhicheng.publicity.Revocation;
import cn.zhicheng.qualification.DeadlineSelector;
import cn.zhicheng.qualification.PackDeadlines;
import cn.zhicheng.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review cycle after its meeting: the result publicity (R1–R3) and the results it lets through to the
 * applications (R2, X1), and the post-filing (PF1–PF3), each on the working-day calendar with the
 * deadlines of the policy packs ({@link DeadlineSelector}). The process (processes/review-cycle.bpmn)
 * calls these steps through thin delegates.
 */
@Service
public class ResultStageService {

	/** R1: the result publicity lasts at least 5 working days. */
	public static final int RESULT_PUBLICITY_DAYS = PublicityService.MINIMUM_WORKING_DAYS;

	private final ResultStageMapper mapper;

	private final ReviewCycleService cycles;

	private final ReviewResults results;

	private final PublicityService publicities;

	private final ApplicationService applications;

	private final OrganisationService organisations;

	private final DeadlineSelector deadlines;

	private final WorkingDayCalendar calendar;

	ResultStageService(ResultStageMapper mapper, ReviewCycleService cycles, ReviewResults results,
			PublicityService publicities, ApplicationService applications, OrganisationService organisations,
			DeadlineSelector deadlines, WorkingDayCalendar calendar) {
		this.mapper = mapper;
		this.cycles = cycles;
		this.results = results;
		this.publicities = publicities;
		this.applications = applications;
		this.organisations = organisations;
		this.deadlines = deadlines;
		this.calendar = calendar;
	}


	/** The end (23:59:59 Beijing) of a due day, as timers and due dates take it. */
	public static Date endOf(LocalDate day) {
		return Date.from(LocalDateTime.of(day, WorkingDays.END_OF_DAY).atZone(WorkingDayCalendar.ZONE).toInstant());
	}

	// reads

	public Optional<CycleResult> find(String cycleId) {
		return Optional.ofNullable(cycleId == null ? null : this.mapper.find(cycleId));
	}

	public CycleResult require(String cycleId) {
		return find(cycleId).orElseThrow(() -> new NotFoundException("cycleId", "评审周期尚未召开评审会议：" + cycleId));
	}

	public List<PostFiling> postFilings(String cycleId) {
		return this.mapper.findPostFilings(cycleId);
	}

	public PostFiling postFiling(String id) {
		PostFiling filing = this.mapper.findPostFiling(id);
		if (filing == null) {
			throw new NotFoundException("postFilingId", "会后备案不存在：" + id);
		}
		return filing;
	}

	/** The deadlines that apply to the cycle's meeting (R3, PF1, PF2, PF3). */
	public DeadlineSelector.Selection deadlines(ReviewCycle cycle, String meetingId) {
		Committee committee = this.cycles.committeeOf(cycle);
		List<DeadlineSelector.Applicant> reviewed = new ArrayList<>();
		for (ReviewResults.Result r : this.results.results(meetingId)) {
			Application a = this.applications.require(r.applicationId());
			reviewed.add(new DeadlineSelector.Applicant(a.track(), a.regionCode()));
		}
		return this.deadlines.forCycle(committee.regionCode(), cycle.reviewYear(), reviewed);
	}

	// the result publicity (R1–R3)

	/** What the office's form shows before it starts the result publicity. */
	public record PublicityPlan(Date startDueAt, LocalDate startDueOn, String rule, int passedCount, String summary,
			String basis) {
	}

	/**
	 * Task_PrepareResultPublicity (R3): the meeting is over; the result publicity of the passed applicants
	 * must start within the pack's working days after the meeting. Stores the cycle's result record.
	 */
	@Transactional
	public PublicityPlan prepareResultPublicity(String cycleId, String meetingId, String by) {
		ReviewCycle cycle = this.cycles.require(cycleId);
		ReviewResults.Facts meeting = this.results.facts(meetingId)
			.orElseThrow(() -> new NotFoundException("meetingId", "评审会议不存在：" + meetingId));
		LocalDate meetingDate = meeting.meetingDate() != null ? meeting.meetingDate() : ReviewCycleService.today();
		DeadlineSelector.Selection selection = deadlines(cycle, meetingId);
		PackDeadlines d = selection.deadlines();
		LocalDate due = this.calendar.addWorkingDays(meetingDate, d.resultPublicityStartWorkingDays());
		if (this.mapper.update(cycleId, meetingId, meetingDate, selection.basis(), due, by) == 0) {
			this.mapper.insert(cycleId, meetingId, meetingDate, selection.basis(), due, by);
		}
		this.cycles.setStatus(cycleId, CycleStatus.MEETING_HELD, by);
		List<ReviewResults.Result> all = this.results.results(meetingId);
		List<ReviewResults.Result> passed = all.stream().filter(ReviewResults.Result::passed).toList();
		StringBuilder text = new StringBuilder("评审" + all.size() + "人，通过" + passed.size() + "人。拟公示名单：");
		passed.forEach(r -> text.append("\n").append(r.reviewGroup()).append(" ").append(r.name()).append("（")
			.append(r.unitName()).append("）"));
		if (passed.isEmpty()) {
			text.append("无（本次评审无人通过，不进行结果公示）");
		}
		String rule = d.resultPublicityRule();
		text.append("\n评审会议于").append(meetingDate).append("召开，结果公示应于").append(due).append("（")
			.append(d.resultPublicityStartWorkingDays()).append("个工作日内，").append(rule).append("）前开始，公示不少于")
			.append(RESULT_PUBLICITY_DAYS).append("个工作日（R1）。").append(selection.basis()).append("。");
		return new PublicityPlan(endOf(due), due, rule, passed.size(), text.toString(), selection.basis());
	}

	/**
	 * Task_RecordResultPublicity (R1): the office confirmed; the passed applicants are prepared as the
	 * result publicity (at least 5 working days; complaints investigated by the office, R2). Returns the
	 * publicity's id, or empty when nobody passed.
	 */
	@Transactional
	public Optional<String> startResultPublicity(String cycleId, Boolean confirmed, String by) {
		RuleViolation.require(Boolean.TRUE.equals(confirmed), "resultPublicityConfirmed", "R1",
				"请核对拟公示名单并勾选“发布评审结果公示”（R1）");
		ReviewCycle cycle = this.cycles.require(cycleId);
		CycleResult result = require(cycleId);
		List<String> passed = this.results.results(result.meetingId()).stream()
			.filter(ReviewResults.Result::passed)
			.map(ReviewResults.Result::applicationId)
			.toList();
		if (passed.isEmpty()) {
			return Optional.empty();
		}
		Committee committee = this.cycles.committeeOf(cycle);
		Publicity publicity = this.publicities.prepare(PublicitySubject.RESULT,
				committee.name() + cycle.reviewYear() + "年度评审结果公示", cycleId, committee.code(), cycle.reviewYear(),
				committee.officeCreditCode(), passed, RESULT_PUBLICITY_DAYS, by);
		this.mapper.startPublicity(cycleId, publicity.id(), EngineClock.now(), by);
		this.cycles.setStatus(cycleId, CycleStatus.RESULT_PUBLICITY, by);
		return Optional.of(publicity.id());
	}

	/** The post-filing's deadline and first decider, once the results are out. */
	public record PostFilingPlan(Date dueAt, LocalDate dueOn, String rule, String firstGroupId, String firstLabel) {
	}

	/**
	 * Task_PublishResults (R1, R2, X1, PF1, PF2): the publicity is over; every application learns its result,
	 * a result revoked during the publicity as not passed. The post-filing becomes due: 20 working days after
	 * the meeting (PF1), or where the pack says so a number of working days after the publicity ends (PF2).
	 */
	@Transactional
	public PostFilingPlan publishResults(String cycleId, String by) {
		CycleResult result = require(cycleId);
		Map<String, String> revoked = new LinkedHashMap<>();
		for (Revocation r : this.publicities.revocations(result.resultPublicityId())) {
			revoked.put(r.applicationId(), r.reason());
		}
		this.results.notifyApplications(result.meetingId(), revoked);
		ReviewCycle cycle = this.cycles.require(cycleId);
		PackDeadlines d = deadlines(cycle, result.meetingId()).deadlines();
		LocalDate due = this.calendar.addWorkingDays(result.meetingDate(), d.postFilingWorkingDaysAfterMeeting());
		String rule = d.postFilingRule();
		if (d.postFilingWorkingDaysAfterPublicity() != null && result.resultPublicityId() != null) {
			Publicity publicity = this.publicities.require(result.resultPublicityId());
			due = this.calendar.addWorkingDays(publicity.endsAt().toLocalDate(), d.postFilingWorkingDaysAfterPublicity());
		}
		this.mapper.publishResults(cycleId, EngineClock.now(), due, by);
		this.cycles.setStatus(cycleId, CycleStatus.POST_FILING, by);
		PostFiling.Step first = route(cycle, d).get(0);
		return new PostFilingPlan(endOf(due), due, rule, first.groupId(), first.label());
	}

	/**
	 * PF3, DB6: who decides the post-filing, in order. Where the pack routes the committee's level, the HR
	 * bureau at the checker level checks first and the HR department at the authority level files; else
	 * the committee's filing authority approves.
	 */
	List<PostFiling.Step> route(ReviewCycle cycle, PackDeadlines d) {
		Committee committee = this.cycles.committeeOf(cycle);
		PackDeadlines.PostFilingRoute route = d.postFilingRoute();
		if (route != null && route.appliesTo(committee.titleLevel())) {
			Organisation checker = hrBureauAt(committee.regionCode(), route.checkerLevel(), route.rule());
			Organisation authority = hrBureauAt(committee.regionCode(), route.authorityLevel(), route.rule());
			return List.of(new PostFiling.Step(checker.groupId(), "审核（" + checker.name() + "，" + route.rule() + "）"),
					new PostFiling.Step(authority.groupId(), "备案（" + authority.name() + "，" + route.rule() + "）"));
		}
		Organisation authority = this.cycles.routing(committee).filingAuthority();
		return List.of(new PostFiling.Step(authority.groupId(), "核准备案（" + authority.name() + "）"));
	}

	private Organisation hrBureauAt(String regionCode, String level, String rule) {
		String code = regionCode;
		while (code != null) {
			Optional<Region> region = this.organisations.region(code);
			if (region.isPresent() && region.get().regionLevel().name().equals(level)) {
				String at = code;
				return this.organisations.organisations().stream()
					.filter(o -> o.kind() == OrganisationKind.HR_BUREAU && o.regionCode().equals(at))
					.findFirst()
					.orElseThrow(() -> new RuleViolation("postFilingRoute", rule,
							region.get().name() + "未登记人社部门，会后备案无法按" + rule + "报送"));
			}
			code = region.map(Region::parentCode).orElse(null);
		}
		throw new RuleViolation("postFilingRoute", rule, "评委会所在地没有" + RegionLevel.valueOf(level).label() + "级行政区，会后备案无法按"
				+ rule + "报送");
	}

	// the post-filing (PF1–PF3)

	/**
	 * Task_AssemblePostFiling (PF1): a new version of the dossier, computed from the meeting, its results,
	 * the result publicity and supervision; only the work summary is the office's text.
	 */
	@Transactional
	public PostFiling assemblePostFiling(String cycleId, String workSummary, String by) {
		ReviewCycle cycle = this.cycles.require(cycleId);
		String summary = NoticeRules.text(workSummary, "workSummary", "评审工作总结", NoticeRules.MATERIALS_MAX);
		CycleResult result = require(cycleId);
		ReviewResults.Facts meeting = this.results.facts(result.meetingId()).orElseThrow();
		List<ReviewResults.Result> all = this.results.results(result.meetingId());
		List<Revocation> revocations = this.publicities.revocations(result.resultPublicityId());
		java.util.Set<String> revoked = new java.util.HashSet<>();
		revocations.forEach(r -> revoked.add(r.applicationId()));
		int passed = (int) all.stream().filter(r -> r.passed() && !revoked.contains(r.applicationId())).count();
		Map<String, int[]> groups = new LinkedHashMap<>();
		for (ReviewResults.Result r : all) {
			int[] n = groups.computeIfAbsent(r.reviewGroup(), k -> new int[2]);
			n[0]++;
			if (r.passed() && !revoked.contains(r.applicationId())) {
				n[1]++;
			}
		}
		List<String> lines = new ArrayList<>();
		groups.forEach((group, n) -> lines.add(
				group + "：参加评审" + n[0] + "人，通过" + n[1] + "人，通过率" + PostFiling.percent(n[1], n[0]) + "（M7）"));
		String publicity;
		int complaints = 0;
		if (result.resultPublicityId() == null) {
			publicity = "本次评审无人通过，未进行评审结果公示。";
		}
		else {
			publicity = this.publicities.summary(result.resultPublicityId());
			List<Complaint> list = this.publicities.complaints(result.resultPublicityId());
			complaints = list.size();
			if (!revocations.isEmpty()) {
				publicity += "\n撤销评审结果" + revocations.size() + "人"
						+ (revocations.stream().anyMatch(Revocation::fraud) ? "，其中弄虚作假记入诚信档案库"
								+ revocations.stream().filter(Revocation::fraud).count() + "人（X1）" : "")
						+ "。";
			}
		}
		String supervision = meeting.supervisorSignedAt() == null ? "纪检监察人员未签字确认（M1）"
				: "纪检监察人员" + (meeting.supervisorName() == null ? "" : meeting.supervisorName()) + "全程监督，于"
						+ meeting.supervisorSignedAt().toString().replace('T', ' ') + "签字确认评审结果（M1）"
						+ (meeting.supervisorOpinion() == null ? "" : "：" + meeting.supervisorOpinion());
		PackDeadlines d = deadlines(cycle, result.meetingId()).deadlines();
		int version = postFilings(cycleId).size() + 1;
		PostFiling filing = new PostFiling(UUID.randomUUID().toString(), cycleId, version, PostFilingStatus.SUBMITTED,
				result.meetingId(), result.meetingDate(), meeting.openedAt(), meeting.committeeSize(),
				meeting.attendingCount(), all.size(), passed, revoked.size(), PostFiling.percent(passed, all.size()),
				String.join("\n", lines), publicity, complaints, supervision, summary,
				PostFiling.encode(route(cycle, d)), 0,
				result.postFilingDueOn() != null ? result.postFilingDueOn() : ReviewCycleService.today(), EngineClock.now(), by, null,
				null, null, null, null, null, null);
		this.mapper.insertPostFiling(filing);
		return filing;
	}

	/** What the decision leads to: the next step of the route, the approval, or the return to the office. */
	public enum Outcome {
		NEXT, APPROVED, RETURNED
	}

	public record PostFilingDecision(Outcome outcome, PostFiling.Step next, Date approvedAt) {
	}

	/**
	 * Task_RecordPostFilingDecision (PF1–PF3): the department of the current step approves (a checking step
	 * passes the dossier to the next) or returns it with a reason.
	 */
	@Transactional
	public PostFilingDecision decidePostFiling(String postFilingId, String decision, String opinion, String by) {
		PostFiling filing = postFiling(postFilingId);
		RuleViolation.require("APPROVE".equals(decision) || "RETURN".equals(decision), "postFilingDecision", "PF1",
				"备案结论（postFilingDecision）应为 APPROVE（同意）或 RETURN（退回）（PF1）");
		String clean = NoticeRules.text(opinion, "postFilingOpinion", "审核备案意见", 1000);
		List<PostFiling.Step> steps = filing.steps();
		LocalDateTime at = EngineClock.now();
		if ("RETURN".equals(decision)) {
			RuleViolation.require(this.mapper.decide(postFilingId, filing.step(), PostFilingStatus.RETURNED, clean, at, by,
					null) == 1, "postFilingId", "PF1", "该版会后备案已处理，不能重复处理");
			return new PostFilingDecision(Outcome.RETURNED, null, null);
		}
		if (filing.step() + 1 < steps.size()) {
			RuleViolation.require(this.mapper.check(postFilingId, filing.step(), clean, at, by) == 1, "postFilingId",
					"PF3", "该版会后备案已审核，不能重复处理");
			return new PostFilingDecision(Outcome.NEXT, steps.get(filing.step() + 1), null);
		}
		RuleViolation.require(this.mapper.decide(postFilingId, filing.step(), PostFilingStatus.APPROVED, clean, at, by,
				at.toLocalDate()) == 1, "postFilingId", "PF1", "该版会后备案已处理，不能重复处理");
		this.cycles.setStatus(filing.cycleId(), CycleStatus.POST_FILING_APPROVED, by);
		return new PostFilingDecision(Outcome.APPROVED, null,
				Date.from(at.atZone(WorkingDayCalendar.ZONE).toInstant()));
	}

	/** C1, C2: what the certification reported back to the cycle. */
	@Transactional
	public void recordCertification(String cycleId, String documentNumber, Integer certificatesIssued, String by) {
		this.mapper.recordCertification(cycleId, documentNumber, certificatesIssued, by);
	}

}
