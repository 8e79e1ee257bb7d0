package cn.zhicheng.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.zhicheng.calendar.WorkingDayCalendar;
import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.cycle.MilestoneProperties;
import cn.zhicheng.cycle.ReviewCycle;
import cn.zhicheng.cycle.ReviewCycleProcess;
import cn.zhicheng.cycle.ReviewCycleService;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.OrganisationKind;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.organisation.Region;
import cn.zhicheng.qualification.Track;
import cn.zhicheng.system.EngineAccess;
import cn.zhicheng.system.ForbiddenException;
import cn.zhicheng.system.NotFoundException;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual review plan (评审计划表, N3): versions per year and owning HR department, entered as JSON or
 * imported from a spreadsheet (all rows or none), approved by the owning HR department in
 * processes/annual-plan.bpmn. On approval each review row starts its committee's review cycle with the
 * notice pre-filled (or links the cycle that already runs), and each duty row becomes a task (DY7, AR3, N1).
 * Every row is held against its deadline ({@link ScheduleRules}). "Today" is the engine clock's day.
 */
@Service
public class AnnualPlanService {

	private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})\\s*[年/.-]\\s*(\\d{1,2})\\s*[月/.-]\\s*(\\d{1,2})\\s*日?");

	private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

	private static final Pattern POSTS_LINE = Pattern.compile("\\s*([0-9A-Za-z]{18})\\s*[,，]\\s*(\\d{1,5})\\s*[,，]\\s*(\\d{1,5})\\s*");

	private final AnnualPlanMapper mapper;

	private final OrganisationService organisations;

	private final ReviewCycleService cycles;

	private final MilestoneProperties milestones;

	private final ScheduleRules rules;

	private final RuntimeService runtimeService;

	private final EngineAccess engineAccess;

	private final WorkingDayCalendar calendar;

	private final IdentityService identityService;

	AnnualPlanService(AnnualPlanMapper mapper, OrganisationService organisations, ReviewCycleService cycles,
			MilestoneProperties milestones, ScheduleRules rules, RuntimeService runtimeService,
			EngineAccess engineAccess, WorkingDayCalendar calendar, IdentityService identityService) {
		this.identityService = identityService;
		this.mapper = mapper;
		this.organisations = organisations;
		this.cycles = cycles;
		this.milestones = milestones;
		this.rules = rules;
		this.runtimeService = runtimeService;
		this.engineAccess = engineAccess;
		this.calendar = calendar;
	}

	// reads

	public AnnualPlan require(String planId) {
		AnnualPlan plan = planId == null ? null : this.mapper.find(planId);
		if (plan == null) {
			throw new NotFoundException("planId", "年度评审计划不存在：" + planId);
		}
		return plan;
	}

	public List<AnnualPlan> plans(int year) {
		return this.mapper.findByYear(year);
	}

	public List<PlanItem> items(String planId) {
		return this.mapper.items(planId);
	}

	public PlanItem item(String itemId) {
		PlanItem item = itemId == null ? null : this.mapper.item(itemId);
		if (item == null) {
			throw new NotFoundException("itemId", "年度评审计划事项不存在：" + itemId);
		}
		return item;
	}

	/** The plans the schedule follows: per owner the approved version, else the newest one awaiting approval. */
	public List<AnnualPlan> current(int year) {
		Map<String, AnnualPlan> byOwner = new LinkedHashMap<>();
		for (AnnualPlan plan : this.mapper.findByYear(year)) {
			AnnualPlan known = byOwner.get(plan.ownerGroupId());
			if (known == null || known.status() != PlanStatus.APPROVED && plan.status() == PlanStatus.APPROVED) {
				if (plan.status() == PlanStatus.APPROVED || plan.status() == PlanStatus.AWAITING_APPROVAL) {
					byOwner.put(plan.ownerGroupId(), plan);
				}
			}
		}
		return List.copyOf(byOwner.values());
	}

	/** N3: schedules are for supervision and HR departments (and administrators); units and offices get 403. */
	public void requireScheduleReader(String user, List<String> groups) {
		if (groups.contains(Groups.CAMUNDA_ADMIN)) {
			return;
		}
		boolean allowed = groups.stream()
			.map(this.organisations::organisation)
			.flatMap(Optional::stream)
			.anyMatch(org -> org.kind() == OrganisationKind.SUPERVISION || org.kind() == OrganisationKind.HR_BUREAU
					|| org.kind() == OrganisationKind.FILING_AUTHORITY);
		if (!allowed) {
			throw new ForbiddenException("年度评审计划执行情况仅供纪检监察部门和人力资源社会保障部门查看（N3）");
		}
	}

	// entering a plan (N3)

	/** Imports a plan version from an xlsx: nothing is stored when any row is bad. */
	@Transactional
	public AnnualPlan importSpreadsheet(byte[] content, Integer year, String ownerCreditCode, String title, String by) {
		PlanSpreadsheet.Read read = PlanSpreadsheet.read(content);
		return submit(new PlanDraft(year, ownerCreditCode, title, read.rows()), "XLSX", read.rowNumbers(),
				read.columns(), by);
	}

	/** Enters a plan version (JSON API, demo data): nothing is stored when any row is bad. */
	@Transactional
	public AnnualPlan submit(PlanDraft draft, String source, String by) {
		return submit(draft, source, null, null, by);
	}

	private AnnualPlan submit(PlanDraft draft, String source, List<Integer> rowNumbers, Map<String, String> columns,
			String by) {
		RuleViolation.require(draft != null, "plan", "必填", "年度评审计划不能为空（N3）");
		RuleViolation.require(draft.planYear() != null && draft.planYear() >= 2000 && draft.planYear() <= 2100,
				"planYear", "N3", "计划年度（planYear）应为2000至2100之间的年份（N3）");
		int year = draft.planYear();
		RuleViolation.require(draft.ownerCreditCode() != null && !draft.ownerCreditCode().isBlank(), "ownerCreditCode",
				"必填", "制定计划的人社部门（ownerCreditCode）不能为空（N3）");
		Organisation owner = this.organisations.organisation(draft.ownerCreditCode().strip())
			.filter(org -> org.kind() == OrganisationKind.HR_BUREAU || org.kind() == OrganisationKind.FILING_AUTHORITY)
			.orElseThrow(() -> new RuleViolation("ownerCreditCode", "N3",
					"制定计划的部门（ownerCreditCode）须为已登记的人力资源社会保障部门：" + draft.ownerCreditCode()));
		requireEditor(owner, by);
		String title = RuleViolation.requireText(draft.title() == null || draft.title().isBlank()
				? owner.name() + year + "年度职称评审计划" : draft.title(), "title", "计划名称", 200);
		List<PlanRow> rows = draft.rows() == null ? List.of() : draft.rows();
		RuleViolation.require(!rows.isEmpty(), "rows", "N3", "未导入任何数据：年度评审计划至少应有一行（N3）");
		RuleViolation.require(rows.size() <= PlanSpreadsheet.MAX_ROWS, "rows", "N3",
				"年度评审计划最多" + PlanSpreadsheet.MAX_ROWS + "行（N3）");

		String planId = UUID.randomUUID().toString();
		List<String> problems = new ArrayList<>();
		List<PlanItem> items = new ArrayList<>();
		Set<String> committees = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			String where = rowNumbers == null ? "第" + (i + 1) + "行" : "第" + rowNumbers.get(i) + "行";
			Validation v = new Validation(where, columns, problems);
			PlanItem item = validate(rows.get(i), i + 1, planId, year, v);
			if (item != null && item.committeeCode() != null && !committees.add(item.committeeCode())) {
				v.problem("committeeCode", "评委会“" + item.committeeCode() + "”在计划中重复出现，每个评委会每年只有一个评审周期（N1）");
			}
			if (v.ok && item != null) {
				items.add(item);
			}
		}
		if (!problems.isEmpty()) {
			throw new RuleViolation("rows", "N3", "未导入任何数据：" + rows.size() + "行中有" + problems.size()
					+ "处错误，请改正后重新提交整个计划：" + String.join("；", problems));
		}
		int version = this.mapper.maxVersion(year, owner.groupId()) + 1;
		// an older version still awaiting approval is replaced by this one
		for (AnnualPlan older : this.mapper.findVersions(year, owner.groupId())) {
			if (older.status() == PlanStatus.AWAITING_APPROVAL) {
				supersede(older, version);
			}
		}
		this.mapper.insertPlan(planId, year, version, owner.groupId(), title, PlanStatus.AWAITING_APPROVAL, source, by);
		items.forEach(this.mapper::insertItem);
		String summary = summary(items);
		String processInstanceId = this.engineAccess.asSystem(() -> this.runtimeService
			.createProcessInstanceByKey(AnnualPlanProcess.KEY)
			.businessKey(year + "-" + owner.groupId() + "-v" + version)
			.setVariable(AnnualPlanProcess.PLAN_ID.name(), planId)
			.setVariable(AnnualPlanProcess.PLAN_YEAR.name(), year)
			.setVariable(AnnualPlanProcess.PLAN_TITLE.name(), title + "（第" + version + "版）")
			.setVariable(AnnualPlanProcess.OWNER_GROUP_ID.name(), owner.groupId())
			.setVariable(AnnualPlanProcess.PLAN_SUMMARY.name(), summary)
			.execute()
			.getId());
		this.mapper.updateProcessInstance(planId, processInstanceId);
		return require(planId);
	}

	/** Members of the owning HR department, committee offices in its region or below, and administrators. */
	private void requireEditor(Organisation owner, String by) {
		List<String> memberships = by == null ? List.of()
				: this.identityService.createGroupQuery().groupMember(by).list().stream().map(g -> g.getId()).toList();
		if (isAdmin(by) || memberships.contains(owner.groupId())) {
			return;
		}
		boolean office = memberships.stream()
			.map(this.organisations::organisation)
			.flatMap(Optional::stream)
			.anyMatch(org -> org.kind() == OrganisationKind.COMMITTEE_OFFICE && within(org.regionCode(), owner.regionCode()));
		if (!office) {
			throw new ForbiddenException("只有“" + owner.name() + "”及其辖区内评委会组建部门的工作人员可以提交该部门的年度评审计划（N3）");
		}
	}

	private boolean isAdmin(String user) {
		return user != null && this.identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).groupMember(user)
			.count() > 0;
	}

	private boolean within(String regionCode, String ancestorCode) {
		String code = regionCode;
		while (code != null) {
			if (code.equals(ancestorCode)) {
				return true;
			}
			code = this.organisations.region(code).map(Region::parentCode).orElse(null);
		}
		return false;
	}

	/** Collects the problems of one row; names row, column and rule. */
	private static final class Validation {

		final String where;

		final Map<String, String> columns;

		final List<String> problems;

		boolean ok = true;

		Validation(String where, Map<String, String> columns, List<String> problems) {
			this.where = where;
			this.columns = columns;
			this.problems = problems;
		}

		void problem(String field, String message) {
			this.ok = false;
			String column = this.columns == null ? field
					: (this.columns.containsKey(field) ? this.columns.get(field) + "列" : "") + "“"
							+ PlanSpreadsheet.HEADINGS.get(field) + "”";
			this.problems.add(this.where + (this.columns == null ? "（" + column + "）" : column) + "：" + message);
		}

	}

	private PlanItem validate(PlanRow row, int rowNo, String planId, int year, Validation v) {
		Optional<PlanItemKind> kind = PlanItemKind.parse(row.kind());
		if (kind.isEmpty()) {
			v.problem("kind", "事项类型应为评审、核定定向评价岗位、报送工作总结、报送典型案例或专家库换届之一（N3）");
		}
		String name = text(row.name(), 200, "name", "评委会或事项名称", true, v);
		String organiser = text(row.organiser(), 200, "organiser", "组建部门或责任单位", true, v);
		String region = text(row.region(), 100, "region", "地区", true, v);
		String notes = text(row.notes(), 1000, "notes", "备注", false, v);
		String series = text(row.series(), 64, "series", "系列", false, v);
		LocalDate deadline = date(row.deadline(), year, v);
		String track = track(row.track(), v);
		String level = null;
		if (row.titleLevel() != null && !row.titleLevel().isBlank()) {
			level = level(row.titleLevel().strip());
			if (level == null) {
				v.problem("titleLevel", "层级应为初级、中级、副高级或正高级（N3）");
			}
		}
		String committeeCode = null;
		String responsible = null;
		if (row.committeeCode() != null && !row.committeeCode().isBlank()) {
			Optional<Committee> committee = this.organisations.committee(row.committeeCode().strip());
			if (committee.isEmpty()) {
				v.problem("committeeCode", "评委会编码“" + row.committeeCode().strip() + "”未登记（N3）");
			}
			else {
				committeeCode = committee.get().code();
				responsible = committee.get().officeCreditCode();
			}
		}
		if (row.responsibleCreditCode() != null && !row.responsibleCreditCode().isBlank()) {
			String code = row.responsibleCreditCode().strip();
			if (!CREDIT_CODE.matcher(code).matches() || this.organisations.organisation(code).isEmpty()) {
				v.problem("responsibleCreditCode", "责任部门统一社会信用代码“" + code + "”不是已登记的部门（N3）");
			}
			else {
				responsible = code;
			}
		}
		if (kind.isPresent() && kind.get() == PlanItemKind.REVIEW) {
			if (series == null && v.ok) {
				v.problem("series", "评审事项须填写系列（N3）");
			}
			if (level == null && (row.titleLevel() == null || row.titleLevel().isBlank())) {
				v.problem("titleLevel", "评审事项须填写层级（初级、中级、副高级或正高级）（N3）");
			}
		}
		else if (kind.isPresent() && responsible == null
				&& (row.responsibleCreditCode() == null || row.responsibleCreditCode().isBlank())) {
			v.problem("responsibleCreditCode", kind.get().label() + "须填写责任部门统一社会信用代码，任务将发送到该部门的待办（"
					+ kind.get().rule() + "）");
		}
		if (!v.ok) {
			return null;
		}
		return new PlanItem(UUID.randomUUID().toString(), planId, rowNo, kind.get(), committeeCode, name, series, level,
				organiser, responsible, region, track, deadline, this.rules.dueOn(deadline), notes, null, null, null, null,
				null, null);
	}

	private static String text(String value, int max, String field, String label, boolean required, Validation v) {
		if (value == null || value.isBlank()) {
			if (required) {
				v.problem(field, label + "不能为空");
			}
			return null;
		}
		String clean = value.strip();
		if (clean.codePointCount(0, clean.length()) > max) {
			v.problem(field, label + "不能超过" + max + "个字符");
			return null;
		}
		return clean;
	}

	private LocalDate date(String value, int year, Validation v) {
		if (value == null || value.isBlank()) {
			v.problem("deadline", "完成时限不能为空（N3）");
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
		}
		catch (DateTimeParseException ex) {
			Matcher m = CHINESE_DATE.matcher(value.strip());
			try {
				date = m.matches() ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3))) : null;
			}
			catch (java.time.DateTimeException bad) {
				date = null;
			}
		}
		if (date == null) {
			v.problem("deadline", "完成时限“" + value.strip() + "”不是有效日期，应写作 " + year + "-10-31（N3）");
			return null;
		}
		if (date.getYear() != year) {
			v.problem("deadline", "完成时限" + date + "不在计划年度" + year + "年内（N3）");
			return null;
		}
		if (!this.calendar.hasData(year)) {
			v.problem("deadline", year + "年的节假日安排尚未导入工作日历，无法计算到期工作日");
			return null;
		}
		return date;
	}

	private static String track(String value, Validation v) {
		if (value == null || value.isBlank()) {
			return Track.GENERAL.name();
		}
		String t = value.strip();
		if (t.equals("普通评价") || t.equals("普通") || t.equalsIgnoreCase("GENERAL")) {
			return Track.GENERAL.name();
		}
		if (t.equals("定向评价") || t.equals("定向") || t.equals("双定向") || t.equalsIgnoreCase("DIRECTED")) {
			return Track.DIRECTED.name();
		}
		v.problem("track", "评价类型应为普通评价或定向评价（DY1）");
		return null;
	}

	private static String level(String value) {
		for (TitleLevel level : TitleLevel.values()) {
			if (level.label().equals(value) || level.name().equalsIgnoreCase(value)) {
				return level.name();
			}
		}
		return null;
	}

	private static String summary(List<PlanItem> items) {
		StringBuilder text = new StringBuilder();
		for (PlanItem i : items) {
			text.append(i.rowNo()).append(". ").append(i.kind().label()).append("：").append(i.name());
			if (i.series() != null) {
				text.append("（").append(i.series()).append(i.titleLevel() == null ? "" : TitleLevel.valueOf(i.titleLevel()).label())
					.append("）");
			}
			text.append("，").append(i.organiser()).append("，").append(i.region()).append("，")
				.append(Track.valueOf(i.track()) == Track.DIRECTED ? "定向评价" : "普通评价").append("，").append(i.deadline())
				.append("前");
			if (!i.deadline().equals(i.dueOn())) {
				text.append("（非工作日，提前至").append(i.dueOn()).append("）");
			}
			text.append("\n");
		}
		return text.toString();
	}

	private void supersede(AnnualPlan older, int byVersion) {
		this.mapper.supersede(older.id());
		if (older.processInstanceId() != null && this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(older.processInstanceId())
			.count() > 0) {
			this.engineAccess.asSystem(() -> this.runtimeService.deleteProcessInstance(older.processInstanceId(),
					"被第" + byVersion + "版年度评审计划替代（N3）", true, true));
		}
	}

	// approval and execution (processes/annual-plan.bpmn)

	/** Task_RecordPlanDecision: the owning HR department approves or returns the version (N3). */
	@Transactional
	public boolean decide(String planId, String decision, String opinion, String by) {
		RuleViolation.require("APPROVE".equals(decision) || "RETURN".equals(decision), "planDecision", "N3",
				"审批结论（planDecision）应为 APPROVE（批准）或 RETURN（退回）（N3）");
		boolean approved = "APPROVE".equals(decision);
		String clean = opinion == null || opinion.isBlank() ? null : opinion.strip();
		RuleViolation.require(approved || clean != null, "planOpinion", "N3", "退回年度评审计划须说明理由（planOpinion）（N3）");
		RuleViolation.require(clean == null || clean.length() <= 1000, "planOpinion", "长度", "审批意见不能超过1000个字符");
		RuleViolation.require(clean == null || clean.indexOf('<') < 0 && clean.indexOf('>') < 0, "planOpinion", "网页标记",
				"审批意见（planOpinion）不能包含 < 或 > 等网页标记字符");
		RuleViolation.require(this.mapper.decide(planId, approved ? PlanStatus.APPROVED : PlanStatus.RETURNED, clean,
				by) == 1, "planId", "N3", "该版年度评审计划已处理或已被新版本替代，不能重复审批（N3）");
		return approved;
	}

	/** What approval set going: the rows to hold against their deadlines, and the duty rows. */
	public record Started(List<String> reviewItemIds, List<String> dutyItemIds) {
	}

	/**
	 * Task_StartPlannedCycles (N3): older approved versions are superseded (their tracking ends); each review
	 * row with a registered committee starts its cycle with the notice pre-filled, or links the cycle that
	 * already runs for the year; a row whose cycle cannot start (e.g. a year not open for cycles) keeps the
	 * reason and is still tracked against its deadline.
	 */
	@Transactional
	public Started startCycles(String planId, String by) {
		AnnualPlan plan = require(planId);
		for (AnnualPlan older : this.mapper.findVersions(plan.planYear(), plan.ownerGroupId())) {
			if (older.status() == PlanStatus.APPROVED && !older.id().equals(planId)) {
				supersede(older, plan.version());
			}
		}
		List<String> reviews = new ArrayList<>();
		List<String> duties = new ArrayList<>();
		for (PlanItem item : this.mapper.items(planId)) {
			if (item.kind().isDuty()) {
				duties.add(item.id());
				continue;
			}
			reviews.add(item.id());
			if (item.committeeCode() == null) {
				this.mapper.linkCycle(item.id(), null, "计划行未填写评委会编码，不自动启动评审周期");
				continue;
			}
			Optional<ReviewCycle> existing = this.cycles.active(item.committeeCode(), plan.planYear());
			if (existing.isPresent()) {
				this.mapper.linkCycle(item.id(), existing.get().id(), "已关联本年度已启动的评审周期");
				continue;
			}
			Optional<String> refusal = cannotStart(plan.planYear());
			if (refusal.isPresent()) {
				this.mapper.linkCycle(item.id(), null, refusal.get());
				continue;
			}
			ReviewCycle cycle = this.cycles.startPlanned(item.committeeCode(), plan.planYear(), notice(plan, item), by);
			this.mapper.linkCycle(item.id(), cycle.id(), "按计划启动评审周期");
		}
		return new Started(reviews, duties);
	}

	/** N1: cycles start only for this year or the next, with milestones configured. */
	private Optional<String> cannotStart(int year) {
		int thisYear = ReviewCycleService.today().getYear();
		if (year != thisYear && year != thisYear + 1) {
			return Optional.of("未启动评审周期：评审周期只能在" + thisYear + "或" + (thisYear + 1) + "年度启动（N1）");
		}
		if (this.milestones.of(year).isEmpty()) {
			return Optional.of("未启动评审周期：" + year + "年度的评审时间节点未配置（N1）");
		}
		return Optional.empty();
	}

	/** The notice as pre-filled from the plan row (N2 items the plan knows). */
	private Map<String, Object> notice(AnnualPlan plan, PlanItem item) {
		Map<String, Object> notice = new LinkedHashMap<>();
		String level = item.titleLevel() == null ? "" : TitleLevel.valueOf(item.titleLevel()).label();
		notice.put(ReviewCycleProcess.BASIS.name(), plan.title() + "（第" + plan.version() + "版）");
		notice.put(ReviewCycleProcess.REVIEW_SCOPE.name(), item.region() + "符合" + item.series() + level + "职称申报条件的在职在岗专业技术人员"
				+ (Track.DIRECTED.name().equals(item.track()) ? "（定向评价、定向使用）" : ""));
		notice.put(ReviewCycleProcess.SPECIALTIES.name(), item.series() + "系列各专业");
		notice.put(ReviewCycleProcess.REVIEW_DATE.name(), item.dueOn().toString());
		return notice;
	}

	/** What a duty's form shows (DY7, AR3, N1). */
	String detail(PlanItem item, int year) {
		String text = switch (item.kind()) {
			case DIRECTED_POSTS -> "DY7：核定" + year + "年度各单位定向评价高级岗位。每行填写一个单位：统一社会信用代码,中级职称在岗人数,副高级空缺岗位数"
					+ "（定向岗位按中级职称人数的10%（州市级单位）或15%（县级单位）计算）。";
			case WORK_SUMMARY -> "AR3：报送" + year + "年度职称评审工作总结。";
			case TYPICAL_CASES -> "AR3：报送" + year + "年度职称评审典型案例1至2个。";
			case EXPERT_POOL -> "N1：完成评委会专家库到期换届及新组建评委会专家库工作，填写换届情况。";
			case REVIEW -> item.name();
		};
		return text + "截止日：" + item.deadline() + (item.deadline().equals(item.dueOn()) ? ""
				: "（非工作日，到期日提前至" + item.dueOn() + "）") + (item.notes() == null ? "" : "。备注：" + item.notes());
	}

	/**
	 * Task_CheckReviewOnTime: at the end of the row's due day, whether its review is late (the status as
	 * on the day after the due day) and why; marks the row escalated once.
	 */
	@Transactional
	public Optional<String> checkLate(String itemId) {
		PlanItem item = item(itemId);
		LocalDate today = ReviewCycleService.today();
		LocalDate day = today.isAfter(item.dueOn()) ? today : item.dueOn().plusDays(1);
		ScheduleRules.Verdict verdict = item.kind().isDuty() ? this.rules.duty(item, day)
				: this.rules.review(item, item.cycleId() == null ? null : this.cycles.find(item.cycleId()).orElse(null), day);
		if (verdict.status() != ScheduleStatus.LATE) {
			return Optional.empty();
		}
		this.mapper.markEscalated(itemId, today);
		return Optional.of(item.name() + "（" + item.organiser() + "）：" + verdict.reason());
	}

	/** BoundaryEvent_DutyOverdue: the duty's due day is over; marks it escalated once. */
	@Transactional
	public String dutyOverdue(String itemId) {
		PlanItem item = item(itemId);
		this.mapper.markEscalated(itemId, ReviewCycleService.today());
		return item.kind().label() + "“" + item.name() + "”（" + item.organiser() + "）应于" + item.dueOn() + "前完成，截至该日仍未完成（"
				+ item.kind().rule() + "）";
	}

	/**
	 * Task_RecordDuty: the responsible department's answer. DY7 stores the directed posts per unit in
	 * zc_unit_posts (副高级, the input of the directed quota rule); AR3 and N1 store the report.
	 */
	@Transactional
	public void recordDuty(String itemId, String unitPosts, String report, Number caseCount, String by) {
		PlanItem item = item(itemId);
		AnnualPlan plan = require(item.planId());
		String outcome;
		if (item.kind() == PlanItemKind.DIRECTED_POSTS) {
			RuleViolation.require(unitPosts != null && !unitPosts.isBlank(), "unitPosts", "DY7",
					"请填写各单位定向评价岗位（每行：统一社会信用代码,中级职称在岗人数,副高级空缺岗位数）（DY7）");
			List<String[]> lines = new ArrayList<>();
			String[] raw = unitPosts.strip().split("\\R");
			for (int i = 0; i < raw.length; i++) {
				if (raw[i].isBlank()) {
					continue;
				}
				Matcher m = POSTS_LINE.matcher(raw[i]);
				RuleViolation.require(m.matches(), "unitPosts", "DY7", "定向评价岗位第" + (i + 1)
						+ "行格式不正确，应为：统一社会信用代码,中级职称在岗人数,副高级空缺岗位数（DY7）");
				String unit = m.group(1).toUpperCase();
				Optional<Organisation> org = this.organisations.organisation(unit);
				RuleViolation.require(org.isPresent() && org.get().kind() == OrganisationKind.UNIT, "unitPosts", "DY7",
						"定向评价岗位第" + (i + 1) + "行：“" + unit + "”不是已登记的用人单位（DY7）");
				lines.add(new String[] { unit, m.group(2), m.group(3) });
			}
			RuleViolation.require(!lines.isEmpty(), "unitPosts", "DY7", "请至少填写一个单位的定向评价岗位（DY7）");
			String level = TitleLevel.ASSOCIATE_SENIOR.name();
			for (String[] l : lines) {
				int staff = Integer.parseInt(l[1]);
				int vacant = Integer.parseInt(l[2]);
				if (this.mapper.countPosts(l[0], plan.planYear(), level) == 0) {
					this.mapper.insertPosts(l[0], plan.planYear(), level, vacant, staff, by);
				}
				else {
					this.mapper.updatePosts(l[0], plan.planYear(), level, vacant, staff, by);
				}
			}
			outcome = "已核定" + lines.size() + "个单位的定向评价岗位：\n" + unitPosts.strip();
		}
		else {
			outcome = RuleViolation.requireText(report, "dutyReport", item.kind().label() + "内容", 4000);
			if (item.kind() == PlanItemKind.TYPICAL_CASES) {
				RuleViolation.require(caseCount != null && caseCount.doubleValue() >= 1 && caseCount.doubleValue() <= 2
						&& caseCount.doubleValue() == caseCount.intValue(), "caseCount", "AR3",
						"典型案例数（caseCount）应为1至2个（AR3）");
				outcome = "典型案例" + caseCount.intValue() + "个：" + outcome;
			}
		}
		RuleViolation.require(this.mapper.markDone(itemId, ReviewCycleService.today(), by, outcome) == 1, "itemId", "N3",
				"该事项已办结，不能重复提交");
	}

	// schedule tracking (N3)

	/** One row of the schedule: a committee's review or a duty, with its status and the reason. */
	public record ScheduleEntry(String itemId, int rowNo, String kind, String kindLabel, String name,
			String committeeCode, String series, String titleLevel, String organiser, String region, String track,
			LocalDate deadline, LocalDate dueOn, String cycleId, String cycleStatus, String status, String statusLabel,
			String reason, LocalDate escalatedOn) {
	}

	public record PlanSchedule(String planId, int planYear, int version, String title, String ownerGroupId,
			String ownerName, String planStatus, String planStatusLabel, LocalDate today, List<ScheduleEntry> entries) {
	}

	public List<PlanSchedule> schedule(int year) {
		LocalDate today = ReviewCycleService.today();
		List<PlanSchedule> result = new ArrayList<>();
		for (AnnualPlan plan : current(year)) {
			List<ScheduleEntry> entries = new ArrayList<>();
			for (PlanItem item : this.mapper.items(plan.id())) {
				ReviewCycle cycle = item.cycleId() == null ? null : this.cycles.find(item.cycleId()).orElse(null);
				ScheduleRules.Verdict verdict = item.kind().isDuty() ? this.rules.duty(item, today)
						: this.rules.review(item, cycle, today);
				if (plan.status() != PlanStatus.APPROVED && verdict.status() != ScheduleStatus.LATE) {
					verdict = new ScheduleRules.Verdict(verdict.status(), "计划待审批；" + verdict.reason());
				}
				entries.add(new ScheduleEntry(item.id(), item.rowNo(), item.kind().name(), item.kind().label(),
						item.name(), item.committeeCode(), item.series(),
						item.titleLevel() == null ? null : TitleLevel.valueOf(item.titleLevel()).label(), item.organiser(),
						item.region(), Track.DIRECTED.name().equals(item.track()) ? "定向评价" : "普通评价", item.deadline(),
						item.dueOn(), item.cycleId(), cycle == null ? null : cycle.status().label(),
						verdict.status().name(), verdict.status().label(), verdict.reason(), item.escalatedOn()));
			}
			String ownerName = this.organisations.organisation(plan.ownerGroupId()).map(Organisation::name)
				.orElse(plan.ownerGroupId());
			result.add(new PlanSchedule(plan.id(), plan.planYear(), plan.version(), plan.title(), plan.ownerGroupId(),
					ownerName, plan.status().name(), plan.status().label(), today, entries));
		}
		return result;
	}

}
