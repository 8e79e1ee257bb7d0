package cn.zhicheng.qualification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.zhicheng.common.IdNumber.Sex;
import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.organisation.UnitLevel;

/**
 * Everything the qualification rules (Q1) need to know about one application, independent of how the
 * application form is stored. The caller maps the stored form (000 attachment 3, A21) onto this record;
 * facts that must be looked up elsewhere (other applications, the integrity record, posts) come through
 * {@link QualificationData} instead.
 *
 * <p>
 * Years given as numbers ({@code yearsInDirectedArea}, {@code ruralServiceYears}, …) are whole years
 * counted up to 12-31 of the review year (A9). Years the rules compute themselves (years of work, years in
 * the current title) are computed from the dates here, with the same cut-off.
 *
 * @param applicationId the stored application's id, or null for a precheck; A4 ignores this application
 * when the port returns it among the person's applications
 * @param reviewYear the review year (评审年度); A9 counts years up to 12-31 of this year
 * @param checkDate the day the facts are judged at (the submission date, or today for a precheck): the
 * punishment period (A7), the integrity record (X1) and the legal retirement age (DY2) are judged on it
 * @param idNumber 居民身份证号码; the key for other applications (A4) and the integrity record (X1)
 * @param birthDate birth date, taken from the ID number (GB 11643) by the caller
 * @param sex sex, taken from the ID number by the caller
 * @param track general or directed (双定向)
 * @param regionCode GB/T 2260 code (6 digits) of the county where the applicant works; selects the policy
 * pack and decides the directed scope (DY1, DG1, DB1) and the hardship-area measures (G1)
 * @param committeeCode code of the review committee applied to (A4)
 * @param targetSeries series applied for, e.g. 中小学教师, 卫生技术, 农业技术, 工程
 * @param targetSpecialty specialty within the series (informational)
 * @param targetLevel level applied for
 * @param currentTitle the title held now, or null for none (a first application)
 * @param education highest education with its graduation date
 * @param workStartDate date professional work began (参加工作时间)
 * @param employmentKind kind of employment (A1, A6, DY2)
 * @param unit the employer unit
 * @param unitEntrustmentLetter A2: the entrustment letter (委托评审函) from the HR department of a central
 * or provincial unit stationed locally is attached
 * @param countyEntrustmentLetter A3: the county HR bureau's entrustment letter for a series the county
 * does not review is attached
 * @param yearsAtBaseLevel years of work in county or township units (scoring bonus M9, DB7; no
 * qualification rule uses it)
 * @param yearsInDirectedArea cumulative years of work in the directed area (DG3)
 * @param ruralServiceYears years of rural (农村基层) service (G3)
 * @param townshipYearsAfterIntermediate continuous years at township level after obtaining the
 * intermediate title (G2)
 * @param punishment a disciplinary punishment, or null / kind NONE for none (A7)
 * @param specialTalent applies through the special-talent route (特殊人才, A8 exemption)
 * @param postExempt covered by a policy exempting from the post limit, recognised by the competent
 * department (A8)
 * @param continuingEducationCompleted the continuing-education requirement is met (A10)
 * @param pledgeSigned the honesty pledge (个人承诺书, table 10) is signed (A13)
 * @param assessments annual assessments of the last 5 years (table 11)
 * @param seriesChange present when this application is a series change (转评, A11)
 * @param exceptionalApplication exceptional application (破格, G1) for outstanding contributions: level,
 * education or years not met go to human review instead of failing
 * @param povertyAlleviation service in poverty alleviation (G4), or null for none
 * @param enterprisePostdocFunded enterprise postdoc funded by the China Postdoctoral Science Foundation or
 * leading a provincial or higher project, staying in the enterprise (G5)
 * @param townshipGraduateFirstApplication a university graduate working at township level or below, applying
 * for a title for the first time (G1: one year early in hardship areas)
 */
public record ApplicantFacts(String applicationId, int reviewYear, LocalDate checkDate, String idNumber,
		LocalDate birthDate, Sex sex, Track track, String regionCode, String committeeCode, String targetSeries,
		String targetSpecialty, TitleLevel targetLevel, CurrentTitle currentTitle, Education education,
		LocalDate workStartDate, EmploymentKind employmentKind, Unit unit, boolean unitEntrustmentLetter,
		boolean countyEntrustmentLetter, int yearsAtBaseLevel, int yearsInDirectedArea, int ruralServiceYears,
		int townshipYearsAfterIntermediate, Punishment punishment, boolean specialTalent, boolean postExempt,
		boolean continuingEducationCompleted, boolean pledgeSigned, List<AnnualAssessment> assessments,
		SeriesChange seriesChange, boolean exceptionalApplication, PovertyAlleviationService povertyAlleviation,
		boolean enterprisePostdocFunded, boolean townshipGraduateFirstApplication) {

	/** The facts every rule needs; missing ones are bad input (HTTP 400 through {@link RuleViolation}). */
	public ApplicantFacts {
		RuleViolation.require(reviewYear >= 2000 && reviewYear <= 2100, "reviewYear", "必填", "评审年度（reviewYear）无效");
		RuleViolation.require(checkDate != null, "checkDate", "必填", "审查日期（checkDate）不能为空");
		RuleViolation.require(track != null, "track", "必填", "申报类型（track）不能为空");
		RuleViolation.require(regionCode != null && regionCode.matches("\\d{6}"), "regionCode", "GB/T 2260",
				"工作地行政区划代码（regionCode）应为6位数字（GB/T 2260）");
		RuleViolation.require(targetSeries != null && !targetSeries.isBlank(), "targetSeries", "必填",
				"申报系列（targetSeries）不能为空");
		RuleViolation.require(targetLevel != null, "targetLevel", "必填", "申报级别（targetLevel）不能为空");
		RuleViolation.require(education != null && education.level() != null, "education", "必填",
				"最高学历（education）不能为空");
		RuleViolation.require(employmentKind != null, "employmentKind", "必填", "人员类别（employmentKind）不能为空");
		RuleViolation.require(currentTitle == null || currentTitle.level() != null, "currentTitle.level", "必填",
				"现职称级别（currentTitle.level）不能为空；无职称时不填现职称");
		RuleViolation.require(yearsAtBaseLevel >= 0 && yearsInDirectedArea >= 0 && ruralServiceYears >= 0
				&& townshipYearsAfterIntermediate >= 0, "years", "范围", "年限不能为负数");
		unit = unit == null ? Unit.UNKNOWN : unit;
		punishment = punishment == null ? Punishment.NONE : punishment;
		assessments = assessments == null ? List.of() : List.copyOf(assessments);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** A builder preset with these facts, to vary one or two of them. */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/** 最高学历. */
	public enum EducationLevel {

		DOCTORATE("博士研究生"), MASTER("硕士研究生"), BACHELOR("大学本科"), JUNIOR_COLLEGE("大学专科"),
		SECONDARY("高中（含中专、职高、技校）");

		private final String label;

		EducationLevel(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** Highest education and its graduation date (the date may be null when not given). */
	public record Education(EducationLevel level, LocalDate graduatedOn) {
	}

	/** 人员类别 (A1, A6, DY2, DB1). */
	public enum EmploymentKind {

		PUBLIC_INSTITUTION("事业单位"), STATE_ENTERPRISE("国有企业"), PRIVATE_ENTERPRISE("民营企业"),
		NON_PUBLIC_ORGANISATION("非公经济组织、社会组织"), FREELANCE("自由职业者"), CIVIL_SERVANT("公务员"),
		CIVIL_SERVANT_MANAGED("参照公务员法管理人员（参公）"), RETIRED("离退休人员");

		private final String label;

		EmploymentKind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		public boolean isEnterprise() {
			return this == STATE_ENTERPRISE || this == PRIVATE_ENTERPRISE;
		}

	}

	/**
	 * The title held now.
	 *
	 * @param level its level
	 * @param series its series
	 * @param obtainedOn the date it was obtained (取得时间)
	 * @param sameLevelSince when a title of the same level was first obtained in another series (A11) or
	 * track (DY9, DB9), whose years add up; null when not applicable
	 * @param directed a directed title (定向评价), valid only in its region
	 * @param viaProfessionalQualification held through a professional qualification certificate (职业资格)
	 * recognised as this title (A19)
	 */
	public record CurrentTitle(TitleLevel level, String series, LocalDate obtainedOn, LocalDate sameLevelSince,
			boolean directed, boolean viaProfessionalQualification) {

		/** The date years in this level are counted from: the earlier of the two dates that add up. */
		public LocalDate countedFrom() {
			if (this.sameLevelSince != null && (this.obtainedOn == null || this.sameLevelSince.isBefore(this.obtainedOn))) {
				return this.sameLevelSince;
			}
			return this.obtainedOn;
		}

	}

	/**
	 * The employer unit.
	 *
	 * @param creditCode 统一社会信用代码 (GB 32100), the key for posts and quotas (A8, DY7, DB5)
	 * @param level the unit's level (DY7: prefecture 10 %, county 15 %)
	 * @param centralOrProvincialStationed a central or provincial unit stationed locally (A2)
	 * @param combinesReviewAndAppointment the unit combines review and appointment (评聘结合, A8)
	 */
	public record Unit(String creditCode, UnitLevel level, boolean centralOrProvincialStationed,
			boolean combinesReviewAndAppointment) {

		static final Unit UNKNOWN = new Unit(null, null, false, false);

	}

	/** 处分 kinds of public-institution staff, mildest first (A7: 记过 or heavier bars the application). */
	public enum PunishmentKind {

		NONE("无"), WARNING("警告"), DEMERIT("记过"), DEMOTION("降低岗位等级"), DISMISSAL_FROM_POST("撤职"),
		EXPULSION("开除");

		private final String label;

		PunishmentKind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		public boolean atLeastDemerit() {
			return ordinal() >= DEMERIT.ordinal();
		}

	}

	/** A punishment and the last day of its period (null when the period is not known). */
	public record Punishment(PunishmentKind kind, LocalDate until) {

		public static final Punishment NONE = new Punishment(PunishmentKind.NONE, null);

		public Punishment {
			kind = kind == null ? PunishmentKind.NONE : kind;
		}

	}

	/** 年度考核等次. */
	public enum AssessmentResult {

		EXCELLENT("优秀"), COMPETENT("合格"), BASICALLY_COMPETENT("基本合格"), INCOMPETENT("不合格"),
		NOT_ASSESSED("未参加考核或不定等次");

		private final String label;

		AssessmentResult(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		/** 合格以上等次: 优秀 or 合格. */
		public boolean competentOrBetter() {
			return this == EXCELLENT || this == COMPETENT;
		}

	}

	/** One year's assessment (table 11). */
	public record AnnualAssessment(int year, AssessmentResult result) {
	}

	/** 转评 (A11): the series changed from, and whether the unit's assessment was passed. */
	public record SeriesChange(String fromSeries, boolean unitAssessmentPassed) {
	}

	/** Poverty-alleviation service (G4): whole years served and whether assessed 合格 or better. */
	public record PovertyAlleviationService(int years, boolean assessedCompetentOrBetter) {
	}

	/** Fluent construction of {@link ApplicantFacts}; validation happens in {@link #build()}. */
	public static final class Builder {

		private String applicationId;

		private int reviewYear;

		private LocalDate checkDate;

		private String idNumber;

		private LocalDate birthDate;

		private Sex sex;

		private Track track;

		private String regionCode;

		private String committeeCode;

		private String targetSeries;

		private String targetSpecialty;

		private TitleLevel targetLevel;

		private CurrentTitle currentTitle;

		private Education education;

		private LocalDate workStartDate;

		private EmploymentKind employmentKind;

		private Unit unit;

		private boolean unitEntrustmentLetter;

		private boolean countyEntrustmentLetter;

		private int yearsAtBaseLevel;

		private int yearsInDirectedArea;

		private int ruralServiceYears;

		private int townshipYearsAfterIntermediate;

		private Punishment punishment;

		private boolean specialTalent;

		private boolean postExempt;

		private boolean continuingEducationCompleted;

		private boolean pledgeSigned;

		private List<AnnualAssessment> assessments = new ArrayList<>();

		private SeriesChange seriesChange;

		private boolean exceptionalApplication;

		private PovertyAlleviationService povertyAlleviation;

		private boolean enterprisePostdocFunded;

		private boolean townshipGraduateFirstApplication;

		private Builder() {
		}

		private Builder(ApplicantFacts facts) {
			this.applicationId = facts.applicationId;
			this.reviewYear = facts.reviewYear;
			this.checkDate = facts.checkDate;
			this.idNumber = facts.idNumber;
			this.birthDate = facts.birthDate;
			this.sex = facts.sex;
			this.track = facts.track;
			this.regionCode = facts.regionCode;
			this.committeeCode = facts.committeeCode;
			this.targetSeries = facts.targetSeries;
			this.targetSpecialty = facts.targetSpecialty;
			this.targetLevel = facts.targetLevel;
			this.currentTitle = facts.currentTitle;
			this.education = facts.education;
			this.workStartDate = facts.workStartDate;
			this.employmentKind = facts.employmentKind;
			this.unit = facts.unit;
			this.unitEntrustmentLetter = facts.unitEntrustmentLetter;
			this.countyEntrustmentLetter = facts.countyEntrustmentLetter;
			this.yearsAtBaseLevel = facts.yearsAtBaseLevel;
			this.yearsInDirectedArea = facts.yearsInDirectedArea;
			this.ruralServiceYears = facts.ruralServiceYears;
			this.townshipYearsAfterIntermediate = facts.townshipYearsAfterIntermediate;
			this.punishment = facts.punishment;
			this.specialTalent = facts.specialTalent;
			this.postExempt = facts.postExempt;
			this.continuingEducationCompleted = facts.continuingEducationCompleted;
			this.pledgeSigned = facts.pledgeSigned;
			this.assessments = new ArrayList<>(facts.assessments);
			this.seriesChange = facts.seriesChange;
			this.exceptionalApplication = facts.exceptionalApplication;
			this.povertyAlleviation = facts.povertyAlleviation;
			this.enterprisePostdocFunded = facts.enterprisePostdocFunded;
			this.townshipGraduateFirstApplication = facts.townshipGraduateFirstApplication;
		}

		public Builder applicationId(String applicationId) {
			this.applicationId = applicationId;
			return this;
		}

		public Builder reviewYear(int reviewYear) {
			this.reviewYear = reviewYear;
			return this;
		}

		public Builder checkDate(LocalDate checkDate) {
			this.checkDate = checkDate;
			return this;
		}

		public Builder idNumber(String idNumber) {
			this.idNumber = idNumber;
			return this;
		}

		public Builder birthDate(LocalDate birthDate) {
			this.birthDate = birthDate;
			return this;
		}

		public Builder sex(Sex sex) {
			this.sex = sex;
			return this;
		}

		public Builder track(Track track) {
			this.track = track;
			return this;
		}

		public Builder regionCode(String regionCode) {
			this.regionCode = regionCode;
			return this;
		}

		public Builder committeeCode(String committeeCode) {
			this.committeeCode = committeeCode;
			return this;
		}

		public Builder target(String series, String specialty, TitleLevel level) {
			this.targetSeries = series;
			this.targetSpecialty = specialty;
			this.targetLevel = level;
			return this;
		}

		public Builder targetSeries(String targetSeries) {
			this.targetSeries = targetSeries;
			return this;
		}

		public Builder targetLevel(TitleLevel targetLevel) {
			this.targetLevel = targetLevel;
			return this;
		}

		public Builder currentTitle(CurrentTitle currentTitle) {
			this.currentTitle = currentTitle;
			return this;
		}

		public Builder education(EducationLevel level, LocalDate graduatedOn) {
			this.education = new Education(level, graduatedOn);
			return this;
		}

		public Builder workStartDate(LocalDate workStartDate) {
			this.workStartDate = workStartDate;
			return this;
		}

		public Builder employmentKind(EmploymentKind employmentKind) {
			this.employmentKind = employmentKind;
			return this;
		}

		public Builder unit(Unit unit) {
			this.unit = unit;
			return this;
		}

		public Builder unitEntrustmentLetter(boolean present) {
			this.unitEntrustmentLetter = present;
			return this;
		}

		public Builder countyEntrustmentLetter(boolean present) {
			this.countyEntrustmentLetter = present;
			return this;
		}

		public Builder yearsAtBaseLevel(int years) {
			this.yearsAtBaseLevel = years;
			return this;
		}

		public Builder yearsInDirectedArea(int years) {
			this.yearsInDirectedArea = years;
			return this;
		}

		public Builder ruralServiceYears(int years) {
			this.ruralServiceYears = years;
			return this;
		}

		public Builder townshipYearsAfterIntermediate(int years) {
			this.townshipYearsAfterIntermediate = years;
			return this;
		}

		public Builder punishment(PunishmentKind kind, LocalDate until) {
			this.punishment = new Punishment(kind, until);
			return this;
		}

		public Builder specialTalent(boolean specialTalent) {
			this.specialTalent = specialTalent;
			return this;
		}

		public Builder postExempt(boolean postExempt) {
			this.postExempt = postExempt;
			return this;
		}

		public Builder continuingEducationCompleted(boolean completed) {
			this.continuingEducationCompleted = completed;
			return this;
		}

		public Builder pledgeSigned(boolean signed) {
			this.pledgeSigned = signed;
			return this;
		}

		/** Replaces the annual assessments. */
		public Builder assessments(List<AnnualAssessment> assessments) {
			this.assessments = new ArrayList<>(assessments);
			return this;
		}

		/** Sets one year's assessment, replacing an earlier entry for the same year. */
		public Builder assessment(int year, AssessmentResult result) {
			this.assessments.removeIf(a -> a.year() == year);
			this.assessments.add(new AnnualAssessment(year, result));
			return this;
		}

		public Builder seriesChange(SeriesChange seriesChange) {
			this.seriesChange = seriesChange;
			return this;
		}

		public Builder exceptionalApplication(boolean exceptional) {
			this.exceptionalApplication = exceptional;
			return this;
		}

		public Builder povertyAlleviation(PovertyAlleviationService service) {
			this.povertyAlleviation = service;
			return this;
		}

		public Builder enterprisePostdocFunded(boolean funded) {
			this.enterprisePostdocFunded = funded;
			return this;
		}

		public Builder townshipGraduateFirstApplication(boolean first) {
			this.townshipGraduateFirstApplication = first;
			return this;
		}

		public ApplicantFacts build() {
			return new ApplicantFacts(this.applicationId, this.reviewYear, this.checkDate, this.idNumber,
					this.birthDate, this.sex, this.track, this.regionCode, this.committeeCode, this.targetSeries,
					this.targetSpecialty, this.targetLevel, this.currentTitle, this.education, this.workStartDate,
					this.employmentKind, this.unit, this.unitEntrustmentLetter, this.countyEntrustmentLetter,
					this.yearsAtBaseLevel, this.yearsInDirectedArea, this.ruralServiceYears,
					this.townshipYearsAfterIntermediate, this.punishment, this.specialTalent, this.postExempt,
					this.continuingEducationCompleted, this.pledgeSigned, this.assessments, this.seriesChange,
					this.exceptionalApplication, this.povertyAlleviation, this.enterprisePostdocFunded,
					this.townshipGraduateFirstApplication);
		}

	}

}
