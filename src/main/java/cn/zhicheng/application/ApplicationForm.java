package cn.zhicheng.application;

import java.util.List;

/**
 * The 申报评审表 as submitted (000 attachment 3, A21): the JSON of {@code POST /api/applications} and
 * {@code POST /api/qualification/precheck}, and the variable names of the Tasklist start form. Codes
 * and dates are strings here so that bad input is answered with a Chinese message naming the field
 * ({@link ApplicationValidator}); booleans left out mean "no".
 */
public record ApplicationForm(
		// the review applied to
		Integer reviewYear, String committeeCode, String track,
		// table 1: basic information
		String name, String idNumber, String ethnicity, String phone, String unitCreditCode, String regionCode,
		String employmentKind, String education, String graduationDate, String graduationSchool, String major,
		String workStartDate,
		// current and target title
		String currentTitleLevel, String currentTitleSeries, String currentTitleDate,
		String currentTitleSameLevelSince, Boolean currentTitleDirected, Boolean currentTitleByCertificate,
		String targetSeries, String targetSpecialty, String targetLevel,
		// facts the rules need
		Integer yearsAtBaseLevel, Integer yearsInDirectedArea, Integer ruralServiceYears,
		Integer townshipYearsAfterIntermediate, String punishmentKind, String punishmentUntil,
		Boolean unitEntrustmentLetter, Boolean countyEntrustmentLetter, Boolean unitStationed,
		Boolean unitCombinesReviewAndAppointment, Boolean specialTalent, Boolean postExempt,
		Boolean exceptionalApplication, Integer povertyAlleviationYears, Boolean povertyAlleviationCompetent,
		Boolean enterprisePostdocFunded, Boolean townshipGraduateFirstApplication, String seriesChangeFrom,
		Boolean seriesChangeAssessmentPassed, Boolean continuingEducationCompleted, Boolean pledgeSigned,
		// table 3 and the lists of tables 2, 4-9, 11
		String workSummary, List<HistoryEntry> studyHistory, List<HistoryEntry> workHistory,
		List<Achievement> projects, List<Achievement> patents, List<Achievement> awards,
		List<Achievement> publications, List<ContinuingEducationEntry> continuingEducation,
		List<AssessmentEntry> annualAssessments) {

	/** Table 2: one period of study or work (dates to the month or day). */
	public record HistoryEntry(String from, String to, String organisation, String description) {
	}

	/** Tables 5-8: a project, patent, award or publication. */
	public record Achievement(String date, String title, String level, String description) {
	}

	/** Table 9: continuing education of one year. */
	public record ContinuingEducationEntry(Integer year, Integer hours, String content) {
	}

	/** Table 11: the annual assessment of one year. */
	public record AssessmentEntry(Integer year, String result) {
	}

}
