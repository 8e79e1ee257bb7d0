package cn.zhicheng.application;

import java.time.LocalDate;

import cn.zhicheng.common.IdNumber.Sex;
import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.organisation.UnitLevel;
import cn.zhicheng.qualification.ApplicantFacts.EducationLevel;
import cn.zhicheng.qualification.ApplicantFacts.EmploymentKind;
import cn.zhicheng.qualification.ApplicantFacts.PunishmentKind;
import cn.zhicheng.qualification.Track;

/**
 * A stored application (row of {@code zc_application}), validated. The lists of tables 2, 4-9 and
 * 11 are kept as JSON arrays ({@code *Json}); {@link ApplicationService} reads them back as typed lists.
 */
public record Application(String id, int reviewYear, String committeeCode, Track track, ApplicationStatus status,
		String processInstanceId, String name, String idNumber, Sex sex, LocalDate birthDate, String ethnicity,
		String phone, String unitCreditCode, UnitLevel unitLevel, String regionCode, EmploymentKind employmentKind,
		EducationLevel education, LocalDate graduationDate, String graduationSchool, String major,
		LocalDate workStartDate, TitleLevel currentTitleLevel, String currentTitleSeries, LocalDate currentTitleDate,
		LocalDate currentTitleSameLevelSince, boolean currentTitleDirected, boolean currentTitleByCertificate,
		String targetSeries, String targetSpecialty, TitleLevel targetLevel, int yearsAtBaseLevel,
		int yearsInDirectedArea, int ruralServiceYears, int townshipYearsAfterIntermediate,
		PunishmentKind punishmentKind, LocalDate punishmentUntil, boolean unitEntrustmentLetter,
		boolean countyEntrustmentLetter, boolean unitStationed, boolean unitCombinesReviewAndAppointment,
		boolean specialTalent, boolean postExempt, boolean exceptionalApplication, int povertyAlleviationYears,
		boolean povertyAlleviationCompetent, boolean enterprisePostdocFunded,
		boolean townshipGraduateFirstApplication, String seriesChangeFrom, boolean seriesChangeAssessmentPassed,
		boolean continuingEducationCompleted, boolean pledgeSigned, String workSummary, String studyHistoryJson,
		String workHistoryJson, String achievementsJson, String continuingEducationJson,
		String annualAssessmentsJson) {

	/** For lists and logs (personal data). */
	public String maskedIdNumber() {
		return cn.zhicheng.common.IdNumber.mask(this.idNumber);
	}

	/** The name as shown in business keys and lists: the surname and stars, e.g. 杨**. */
	public String maskedName() {
		if (this.name.codePointCount(0, this.name.length()) <= 1) {
			return this.name;
		}
		int first = this.name.offsetByCodePoints(0, 1);
		return this.name.substring(0, first) + "*".repeat(this.name.codePointCount(first, this.name.length()));
	}

}
