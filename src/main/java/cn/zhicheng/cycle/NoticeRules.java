package cn.zhicheng.cycle;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.zhicheng.calendar.WorkingDayCalendar;
import cn.zhicheng.common.RuleViolation;

import org.springframework.stereotype.Component;

/**
 * The timing and content rules of the cycle, on the working-day calendar and without Camunda types:
 * <ul>
 * <li>N2: a notice states every required item and is published at least {@value #NOTICE_LEAD} working
 * days before the review;</li>
 * <li>N1: it is published by the year's "notice by" milestone and the review lies in the review year, no
 * later than the "reviews by" milestone;</li>
 * <li>the application window closes after publication and early enough for the pre-meeting publicity
 * ({@value #PUBLICITY_DAYS} WD, Q2) and filing ({@value #FILING_LEAD} WD, F1) before the meeting;</li>
 * <li>F1: the filing is approved at least {@value #FILING_LEAD} working days before the meeting, or the
 * meeting moves to a date at least that far ahead.</li>
 * </ul>
 * "At least n working days before D" means D ≥ the n-th working day after the earlier day, i.e. at least
 * n working days in (earlier, D] (the calendar's counting).
 */
@Component
class NoticeRules {

	/** N2: publication at least 30 working days before the review. */
	static final int NOTICE_LEAD = 30;

	/** Q2: the pre-meeting publicity lasts at least 5 working days. */
	static final int PUBLICITY_DAYS = 5;

	/** F1: the filing is approved at least 10 working days before the meeting. */
	static final int FILING_LEAD = 10;

	static final int TEXT_MAX = 2000;

	static final int MATERIALS_MAX = 5000;

	private static final Pattern MARKUP = Pattern.compile("[<>]");

	private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,32}");

	private final WorkingDayCalendar calendar;

	NoticeRules(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	/** The notice as the office's form sends it: text, dates as yyyy-MM-dd. */
	record Draft(String basis, String reviewScope, String specialties, String reviewDate, String publicityMethod,
			String materials, String contactAddress, String contactPhone, String windowClosesOn) {
	}

	/** N2: every required item is stated and well-formed; otherwise the violation names the first missing one. */
	Notice read(Draft draft) {
		String basis = text(draft.basis(), "basis", "评审依据", TEXT_MAX);
		String scope = text(draft.reviewScope(), "reviewScope", "评审范围及对象", TEXT_MAX);
		String specialties = text(draft.specialties(), "specialties", "评审专业", TEXT_MAX);
		LocalDate reviewDate = date(draft.reviewDate(), "reviewDate", "评审时间");
		String publicityMethod = text(draft.publicityMethod(), "publicityMethod", "公示方式", TEXT_MAX);
		String materials = text(draft.materials(), "materials", "申报材料目录清单及填报要求", MATERIALS_MAX);
		String address = text(draft.contactAddress(), "contactAddress", "联系地址", 200);
		String phone = text(draft.contactPhone(), "contactPhone", "联系电话", 32);
		RuleViolation.require(PHONE.matcher(phone).matches(), "contactPhone", "N2",
				"联系电话（contactPhone）只能包含数字、空格、括号、+ 和 -（N2）");
		LocalDate windowClosesOn = date(draft.windowClosesOn(), "windowClosesOn", "申报截止日期");
		return new Notice(basis, scope, specialties, reviewDate, publicityMethod, materials, address, phone,
				windowClosesOn);
	}

	/** N1, N2: the notice may be published on {@code day}; otherwise the reason, naming field and rule. */
	Optional<RuleViolation> timingProblem(Notice notice, int reviewYear, Milestones milestones, LocalDate day) {
		LocalDate review = notice.reviewDate();
		if (review.getYear() != reviewYear) {
			return problem("reviewDate", "N1", "评审时间" + review + "不在" + reviewYear + "年度内（N1）");
		}
		if (review.isAfter(milestones.reviewsBy())) {
			return problem("reviewDate", "N1",
					"评审时间" + review + "晚于" + reviewYear + "年度评审完成截止日期" + milestones.reviewsBy() + "（N1）");
		}
		if (day.isAfter(milestones.noticeBy())) {
			return problem("reviewDate", "N1", reviewYear + "年度评审通知应于" + milestones.noticeBy() + "前发布，今天（" + day
					+ "）已不能发布（N1）");
		}
		LocalDate earliest = earliestReviewDate(day);
		if (review.isBefore(earliest)) {
			return problem("reviewDate", "N2", "评审通知须在评审前至少" + NOTICE_LEAD + "个工作日发布：" + day + "发布时，评审时间最早为"
					+ earliest + "，而通知中为" + review + "（N2）");
		}
		LocalDate window = notice.windowClosesOn();
		if (!window.isAfter(day)) {
			return problem("windowClosesOn", "N2", "申报截止日期" + window + "应晚于通知发布日期" + day + "（N2）");
		}
		LocalDate latestClose = latestWindowClose(review);
		if (window.isAfter(latestClose)) {
			return problem("windowClosesOn", "N2",
					"申报截止日期" + window + "过晚：须为评审前至少" + (PUBLICITY_DAYS + FILING_LEAD) + "个工作日（会前公示" + PUBLICITY_DAYS
							+ "个工作日 Q2、会前备案" + FILING_LEAD + "个工作日 F1），即不晚于" + latestClose + "（N2）");
		}
		return Optional.empty();
	}

	void requireTimely(Notice notice, int reviewYear, Milestones milestones, LocalDate day) {
		Optional<RuleViolation> problem = timingProblem(notice, reviewYear, milestones, day);
		if (problem.isPresent()) {
			throw problem.get();
		}
	}

	/** N2: the earliest review date for a notice published on {@code day}. */
	LocalDate earliestReviewDate(LocalDate day) {
		return this.calendar.addWorkingDays(day, NOTICE_LEAD);
	}

	/** The last day the window may close for a meeting on {@code reviewDate} (Q2 + F1). */
	LocalDate latestWindowClose(LocalDate reviewDate) {
		return this.calendar.addWorkingDays(reviewDate, -(PUBLICITY_DAYS + FILING_LEAD));
	}

	/** F1: whether a filing approved on {@code approvedOn} allows a meeting on {@code meetingDate}. */
	boolean filedInTime(LocalDate approvedOn, LocalDate meetingDate) {
		return this.calendar.countWorkingDays(approvedOn, meetingDate) >= FILING_LEAD;
	}

	/** F1: the earliest meeting date for a filing approved on {@code approvedOn}. */
	LocalDate earliestMeetingDate(LocalDate approvedOn) {
		return this.calendar.addWorkingDays(approvedOn, FILING_LEAD);
	}

	/** F1, N1: a new meeting date, set on {@code today} after a late filing approved on {@code approvedOn}. */
	LocalDate newMeetingDate(String value, LocalDate approvedOn, LocalDate today, int reviewYear,
			Milestones milestones) {
		LocalDate date = date(value, "newReviewDate", "新的评审会议日期");
		LocalDate earliest = earliestMeetingDate(today.isAfter(approvedOn) ? today : approvedOn);
		RuleViolation.require(!date.isBefore(earliest), "newReviewDate", "F1",
				"会前备案须在评审会议前至少" + FILING_LEAD + "个工作日核准：新的评审会议日期最早为" + earliest + "，而填写的是" + date + "（F1）");
		RuleViolation.require(date.getYear() == reviewYear && !date.isAfter(milestones.reviewsBy()), "newReviewDate",
				"N1", "新的评审会议日期" + date + "晚于" + reviewYear + "年度评审完成截止日期" + milestones.reviewsBy() + "（N1）");
		return date;
	}

	static String text(String value, String field, String label, int max) {
		RuleViolation.require(value != null && !value.isBlank(), field, "N2",
				"评审通知缺少“" + label + "”（" + field + "），不能发布（N2）");
		String clean = value.strip();
		int length = clean.codePointCount(0, clean.length());
		RuleViolation.require(length <= max, field, "N2", label + "（" + field + "）不能超过" + max + "个字符，实为" + length + "个");
		RuleViolation.require(!MARKUP.matcher(clean).find(), field, "输入安全", label + "（" + field + "）不能包含 < 或 > 等网页标记字符");
		RuleViolation.require(clean.codePoints()
			.noneMatch(cp -> Character.isISOControl(cp) && cp != '\n' && cp != '\r' && cp != '\t'), field, "输入安全",
				label + "（" + field + "）包含控制字符");
		return clean;
	}

	static LocalDate date(String value, String field, String label) {
		RuleViolation.require(value != null && !value.isBlank(), field, "N2",
				"评审通知缺少“" + label + "”（" + field + "），不能发布（N2）");
		String v = value.strip();
		try {
			return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation(field, "N2",
					label + "（" + field + "）“" + (v.length() > 20 ? v.substring(0, 20) + "…" : v) + "”不是有效日期，格式应为 YYYY-MM-DD");
		}
	}

	private static Optional<RuleViolation> problem(String field, String rule, String message) {
		return Optional.of(new RuleViolation(field, rule, message));
	}

}
