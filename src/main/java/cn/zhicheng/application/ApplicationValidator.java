package cn.zhicheng.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.zhicheng.application.ApplicationForm.Achievement;
import cn.zhicheng.application.ApplicationForm.AssessmentEntry;
import cn.zhicheng.application.ApplicationForm.ContinuingEducationEntry;
import cn.zhicheng.application.ApplicationForm.HistoryEntry;
import cn.zhicheng.common.IdNumber;
import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.qualification.ApplicantFacts.AssessmentResult;
import cn.zhicheng.qualification.ApplicantFacts.EducationLevel;
import cn.zhicheng.qualification.ApplicantFacts.EmploymentKind;
import cn.zhicheng.qualification.ApplicantFacts.PunishmentKind;
import cn.zhicheng.qualification.Track;

import org.springframework.stereotype.Component;

/**
 * Checks a submitted 申报评审表 field by field (A21, GB 11643, GB/T 2260) and turns it into a typed
 * {@link Application}; the committee must accept applications for the year today (its notice published,
 * its window open: {@link ApplicationWindow}, N2, A17). Every refusal is a {@link RuleViolation} naming
 * the field and the rule, in Chinese; nothing is stored before all checks passed. Whether the applicant qualifies is not decided
 * here but by the qualification rules (Q1).
 */
@Component
class ApplicationValidator {

	static final int WORK_SUMMARY_MAX = 2000;

	static final int LIST_MAX = 50;

	/** HTML or script markup is refused in every text field. */
	private static final Pattern MARKUP = Pattern.compile("[<>]");

	private static final LocalDate EARLIEST = LocalDate.of(1940, 1, 1);

	private final OrganisationService organisations;

	private final ObjectMapper json;

	private final ApplicationWindow window;

	ApplicationValidator(OrganisationService organisations, ObjectMapper json, ApplicationWindow window) {
		this.organisations = organisations;
		this.json = json;
		this.window = window;
	}

	/**
	 * @param unit the employer unit, already resolved from the form and the submitter (A1, A15)
	 */
	Application validate(ApplicationForm form, Organisation unit, String id, ApplicationStatus status,
			LocalDate today) {
		RuleViolation.require(form != null, "form", "A21", "申报评审表不能为空");
		// the review applied to
		Integer year = form.reviewYear();
		RuleViolation.require(year != null, "reviewYear", "必填", "评审年度（reviewYear）不能为空");
		RuleViolation.require(year >= today.getYear() - 1 && year <= today.getYear() + 1, "reviewYear", "N1",
				"评审年度（reviewYear）应为" + (today.getYear() - 1) + "至" + (today.getYear() + 1) + "年");
		String committeeCode = text(form.committeeCode(), "committeeCode", "评委会编码", 32, true);
		Committee committee = this.organisations.committee(committeeCode)
			.orElseThrow(() -> new RuleViolation("committeeCode", "N3", "评委会（committeeCode）不存在：" + committeeCode));
		// N2, A17: only while the committee's notice for the year is published and its window is open
		this.window.requireOpen(committee, year, today);
		Track track = code(form.track(), "track", "评价方式", Track.class, Track::label);

		// table 1
		String name = text(form.name(), "name", "姓名", 64, true);
		String idNumber = text(form.idNumber(), "idNumber", "身份证号码", 18, true).toUpperCase();
		IdNumber.problem(idNumber, today).ifPresent(problem -> {
			throw new RuleViolation("idNumber", IdNumber.RULE, problem);
		});
		LocalDate birthDate = IdNumber.birthDate(idNumber);
		String regionCode = form.regionCode() == null || form.regionCode().isBlank() ? unit.regionCode()
				: form.regionCode().strip();
		RuleViolation.require(this.organisations.region(regionCode).isPresent(), "regionCode", "GB/T 2260",
				"工作地行政区划代码（regionCode）不存在：" + regionCode + "（GB/T 2260）");
		RuleViolation.require(regionCode.equals(unit.regionCode()), "regionCode", "GB/T 2260",
				"工作地行政区划代码（regionCode）" + regionCode + "与用人单位所在地" + unit.regionCode() + "不一致");
		EmploymentKind employmentKind = code(form.employmentKind(), "employmentKind", "人员类别", EmploymentKind.class,
				EmploymentKind::label);
		EducationLevel education = code(form.education(), "education", "最高学历", EducationLevel.class,
				EducationLevel::label);
		LocalDate graduationDate = date(form.graduationDate(), "graduationDate", "毕业时间", true, birthDate, today);
		LocalDate workStartDate = date(form.workStartDate(), "workStartDate", "参加工作时间", true, birthDate, today);
		RuleViolation.require(!workStartDate.isBefore(birthDate.plusYears(16)), "workStartDate", "A9",
				"参加工作时间（workStartDate）" + workStartDate + "早于申报人年满16周岁");

		// titles
		TitleLevel currentLevel = optionalCode(form.currentTitleLevel(), "currentTitleLevel", "现职称级别", TitleLevel.class,
				TitleLevel::label);
		String currentSeries = text(form.currentTitleSeries(), "currentTitleSeries", "现职称系列", 64, currentLevel != null);
		LocalDate currentDate = date(form.currentTitleDate(), "currentTitleDate", "现职称取得时间", currentLevel != null,
				birthDate, today);
		LocalDate sameLevelSince = date(form.currentTitleSameLevelSince(), "currentTitleSameLevelSince",
				"同级职称首次取得时间", false, birthDate, today);
		if (currentLevel == null) {
			RuleViolation.require(currentSeries == null && currentDate == null, "currentTitleLevel", "A21",
					"填写了现职称系列或取得时间，但未填写现职称级别（currentTitleLevel）");
		}
		String targetSeries = text(form.targetSeries(), "targetSeries", "申报系列", 64, true);
		String targetSpecialty = text(form.targetSpecialty(), "targetSpecialty", "申报专业", 64, true);
		TitleLevel targetLevel = code(form.targetLevel(), "targetLevel", "申报级别", TitleLevel.class, TitleLevel::label);
		RuleViolation.require(committee.series().equals(targetSeries) && committee.titleLevel() == targetLevel,
				"committeeCode", "N3", "评委会“" + committee.name() + "”评审" + committee.series()
						+ committee.titleLevel().label() + "，与申报的" + targetSeries + targetLevel.label() + "不符");

		// facts
		int baseYears = years(form.yearsAtBaseLevel(), "yearsAtBaseLevel", "基层工作年限");
		int directedYears = years(form.yearsInDirectedArea(), "yearsInDirectedArea", "在定向地区累计工作年限");
		int ruralYears = years(form.ruralServiceYears(), "ruralServiceYears", "农村基层服务年限");
		int townshipYears = years(form.townshipYearsAfterIntermediate(), "townshipYearsAfterIntermediate",
				"取得中级后在乡镇连续工作年限");
		int povertyYears = years(form.povertyAlleviationYears(), "povertyAlleviationYears", "脱贫攻坚服务年限");
		PunishmentKind punishment = form.punishmentKind() == null || form.punishmentKind().isBlank()
				? PunishmentKind.NONE
				: code(form.punishmentKind(), "punishmentKind", "处分", PunishmentKind.class, PunishmentKind::label);
		LocalDate punishmentUntil = date(form.punishmentUntil(), "punishmentUntil", "处分期满日期", false, birthDate,
				today.plusYears(10));
		String seriesChangeFrom = text(form.seriesChangeFrom(), "seriesChangeFrom", "转评前系列", 64, false);

		// table 3 and the lists
		String workSummary = text(form.workSummary(), "workSummary", "工作总结（表3）", WORK_SUMMARY_MAX, true);
		List<HistoryEntry> studyHistory = history(form.studyHistory(), "studyHistory", "学习经历", birthDate, today);
		List<HistoryEntry> workHistory = history(form.workHistory(), "workHistory", "工作经历", birthDate, today);
		Map<String, List<Achievement>> achievements = new LinkedHashMap<>();
		achievements.put("projects", achievements(form.projects(), "projects", "项目", birthDate, today));
		achievements.put("patents", achievements(form.patents(), "patents", "专利", birthDate, today));
		achievements.put("awards", achievements(form.awards(), "awards", "获奖", birthDate, today));
		achievements.put("publications", achievements(form.publications(), "publications", "论文著作", birthDate, today));
		List<ContinuingEducationEntry> continuingEducation = continuingEducation(form.continuingEducation(), year);
		List<AssessmentEntry> assessments = assessments(form.annualAssessments(), year);

		return new Application(id, year, committeeCode, track, status, null, name, idNumber, IdNumber.sex(idNumber),
				birthDate, text(form.ethnicity(), "ethnicity", "民族", 32, false),
				phone(form.phone()), unit.creditCode(), unit.unitLevel(), regionCode, employmentKind, education,
				graduationDate, text(form.graduationSchool(), "graduationSchool", "毕业院校", 128, false),
				text(form.major(), "major", "所学专业", 64, false), workStartDate, currentLevel, currentSeries, currentDate,
				sameLevelSince, yes(form.currentTitleDirected()), yes(form.currentTitleByCertificate()), targetSeries,
				targetSpecialty, targetLevel, baseYears, directedYears, ruralYears, townshipYears, punishment,
				punishmentUntil, yes(form.unitEntrustmentLetter()), yes(form.countyEntrustmentLetter()),
				yes(form.unitStationed()), yes(form.unitCombinesReviewAndAppointment()), yes(form.specialTalent()),
				yes(form.postExempt()), yes(form.exceptionalApplication()), povertyYears,
				yes(form.povertyAlleviationCompetent()), yes(form.enterprisePostdocFunded()),
				yes(form.townshipGraduateFirstApplication()), seriesChangeFrom,
				yes(form.seriesChangeAssessmentPassed()), yes(form.continuingEducationCompleted()),
				yes(form.pledgeSigned()), workSummary, toJson(studyHistory), toJson(workHistory), toJson(achievements),
				toJson(continuingEducation), toJson(assessments));
	}

	// field checks

	static String text(String value, String field, String label, int maxLength, boolean required) {
		if (value == null || value.isBlank()) {
			RuleViolation.require(!required, field, "A21", label + "（" + field + "）不能为空");
			return null;
		}
		String trimmed = value.strip();
		int length = trimmed.codePointCount(0, trimmed.length());
		RuleViolation.require(length <= maxLength, field, "A21",
				label + "（" + field + "）不能超过" + maxLength + "个字符，实为" + length + "个");
		RuleViolation.require(!MARKUP.matcher(trimmed).find(), field, "输入安全",
				label + "（" + field + "）不能包含 < 或 > 等网页标记字符");
		RuleViolation.require(trimmed.codePoints().noneMatch(cp -> Character.isISOControl(cp) && cp != '\n' && cp != '\r'
				&& cp != '\t'), field, "输入安全", label + "（" + field + "）包含控制字符");
		return trimmed;
	}

	static <E extends Enum<E>> E code(String value, String field, String label, Class<E> type,
			Function<E, String> labelOf) {
		E parsed = optionalCode(value, field, label, type, labelOf);
		RuleViolation.require(parsed != null, field, "A21", label + "（" + field + "）不能为空");
		return parsed;
	}

	static <E extends Enum<E>> E optionalCode(String value, String field, String label, Class<E> type,
			Function<E, String> labelOf) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			String allowed = Arrays.stream(type.getEnumConstants())
				.map(e -> e.name() + "（" + labelOf.apply(e) + "）")
				.collect(Collectors.joining("、"));
			throw new RuleViolation(field, "A21", label + "（" + field + "）的值“" + shorten(value) + "”无效，应为：" + allowed);
		}
	}

	/** A date (YYYY-MM-DD, or YYYY-MM for "to the month", A21) between {@code earliest} and {@code latest}. */
	static LocalDate date(String value, String field, String label, boolean required, LocalDate earliest,
			LocalDate latest) {
		if (value == null || value.isBlank()) {
			RuleViolation.require(!required, field, "A21", label + "（" + field + "）不能为空");
			return null;
		}
		String v = value.strip();
		LocalDate parsed;
		try {
			// a date-time (Tasklist's datetime field) is cut at its time; any other tail makes the date invalid
			parsed = v.length() == 7 ? LocalDate.parse(v + "-01")
					: LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v);
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation(field, "A21", label + "（" + field + "）“" + shorten(v) + "”不是有效日期，格式应为 YYYY-MM-DD");
		}
		LocalDate lower = earliest == null || earliest.isBefore(EARLIEST) ? EARLIEST : earliest;
		RuleViolation.require(!parsed.isBefore(lower), field, "A21",
				label + "（" + field + "）" + parsed + "不能早于" + lower + (earliest != null ? "（出生日期或下限）" : ""));
		RuleViolation.require(!parsed.isAfter(latest), field, "A21", label + "（" + field + "）" + parsed + "不能晚于" + latest);
		return parsed;
	}

	private static int years(Integer value, String field, String label) {
		if (value == null) {
			return 0;
		}
		RuleViolation.require(value >= 0 && value <= 60, field, "A9", label + "（" + field + "）应为0至60的整数");
		return value;
	}

	private static String phone(String value) {
		String phone = text(value, "phone", "联系电话", 32, false);
		RuleViolation.require(phone == null || phone.matches("[0-9+\\- ]{5,32}"), "phone", "A21",
				"联系电话（phone）只能包含数字、空格、+ 和 -");
		return phone;
	}

	private static boolean yes(Boolean value) {
		return Boolean.TRUE.equals(value);
	}

	private static <T> List<T> list(List<T> items, String field, String label) {
		if (items == null) {
			return List.of();
		}
		RuleViolation.require(items.size() <= LIST_MAX, field, "A21", label + "（" + field + "）最多" + LIST_MAX + "条");
		RuleViolation.require(items.stream().allMatch(java.util.Objects::nonNull), field, "A21",
				label + "（" + field + "）含有空条目");
		return items;
	}

	private static List<HistoryEntry> history(List<HistoryEntry> items, String field, String label, LocalDate birth,
			LocalDate today) {
		List<HistoryEntry> clean = new java.util.ArrayList<>();
		int i = 0;
		for (HistoryEntry item : list(items, field, label)) {
			String f = field + "[" + i++ + "]";
			LocalDate from = date(item.from(), f + ".from", label + "起始时间", true, birth, today);
			LocalDate to = date(item.to(), f + ".to", label + "截止时间", false, birth, today);
			RuleViolation.require(to == null || !to.isBefore(from), f + ".to", "A21", label + "截止时间早于起始时间");
			clean.add(new HistoryEntry(from.toString(), to == null ? null : to.toString(),
					text(item.organisation(), f + ".organisation", label + "单位或学校", 128, true),
					text(item.description(), f + ".description", label + "说明", 500, false)));
		}
		return clean;
	}

	private static List<Achievement> achievements(List<Achievement> items, String field, String label, LocalDate birth,
			LocalDate today) {
		List<Achievement> clean = new java.util.ArrayList<>();
		int i = 0;
		for (Achievement item : list(items, field, label)) {
			String f = field + "[" + i++ + "]";
			LocalDate date = date(item.date(), f + ".date", label + "时间", true, birth, today);
			clean.add(new Achievement(date.toString(), text(item.title(), f + ".title", label + "名称", 200, true),
					text(item.level(), f + ".level", label + "级别", 32, false),
					text(item.description(), f + ".description", label + "说明", 500, false)));
		}
		return clean;
	}

	private static List<ContinuingEducationEntry> continuingEducation(List<ContinuingEducationEntry> items, int year) {
		List<ContinuingEducationEntry> clean = new java.util.ArrayList<>();
		int i = 0;
		for (ContinuingEducationEntry item : list(items, "continuingEducation", "继续教育")) {
			String f = "continuingEducation[" + i++ + "]";
			RuleViolation.require(item.year() != null && item.year() >= year - 10 && item.year() <= year, f + ".year",
					"A10", "继续教育年度（" + f + ".year）应在" + (year - 10) + "至" + year + "年之间");
			RuleViolation.require(item.hours() != null && item.hours() >= 0 && item.hours() <= 2000, f + ".hours",
					"A10", "继续教育学时（" + f + ".hours）应为0至2000");
			clean.add(new ContinuingEducationEntry(item.year(), item.hours(),
					text(item.content(), f + ".content", "继续教育内容", 200, false)));
		}
		return clean;
	}

	/** Table 11: at most the last 5 years before the review year, each once. */
	private static List<AssessmentEntry> assessments(List<AssessmentEntry> items, int year) {
		List<AssessmentEntry> clean = new java.util.ArrayList<>();
		Set<Integer> seen = new HashSet<>();
		int i = 0;
		for (AssessmentEntry item : list(items, "annualAssessments", "年度考核")) {
			String f = "annualAssessments[" + i++ + "]";
			RuleViolation.require(item.year() != null && item.year() >= year - 5 && item.year() <= year, f + ".year",
					"A21", "年度考核年度（" + f + ".year）应为近5年（" + (year - 5) + "至" + year + "年）");
			RuleViolation.require(seen.add(item.year()), f + ".year", "A21", "年度考核年度" + item.year() + "重复");
			AssessmentResult result = code(item.result(), f + ".result", "考核等次", AssessmentResult.class,
					AssessmentResult::label);
			clean.add(new AssessmentEntry(item.year(), result.name()));
		}
		return clean;
	}

	private String toJson(Object value) {
		try {
			return this.json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String shorten(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}

}
