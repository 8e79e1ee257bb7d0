package cn.zhicheng.qualification;

import static cn.zhicheng.common.TitleLevel.ASSOCIATE_SENIOR;
import static cn.zhicheng.common.TitleLevel.INTERMEDIATE;
import static cn.zhicheng.common.TitleLevel.SENIOR;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.organisation.CreditCode;
import cn.zhicheng.organisation.UnitLevel;
import cn.zhicheng.qualification.ApplicantFacts.AssessmentResult;
import cn.zhicheng.qualification.ApplicantFacts.CurrentTitle;
import cn.zhicheng.qualification.ApplicantFacts.EducationLevel;
import cn.zhicheng.qualification.ApplicantFacts.EmploymentKind;
import cn.zhicheng.common.IdNumber.Sex;
import cn.zhicheng.qualification.ApplicantFacts.Unit;

/**
 * Test applicants: one ordinary, fully qualified applicant per policy pack (synthetic people; ID numbers
 * and credit codes carry correct check characters), and the service built from the repository's real pack
 * files and decision table.
 */
final class Applicants {

	static final Path PACK_DIRECTORY = Path.of("config", "policy-packs");

	static final Path BASELINE_DMN = Path.of("processes", "baseline-series-conditions.dmn");

	/** Parsed once: the DMN engine takes a moment to start. */
	static final BaselineConditions BASELINE = DmnBaselineConditions.fromFile(BASELINE_DMN);

	static final PolicyPacks PACKS = PolicyPacks.load(PACK_DIRECTORY);

	// units (统一社会信用代码, GB 32100 check characters computed)
	static final String ERYUAN_SCHOOL = "125329304310123376";

	static final String HUIZE_SCHOOL = "12530326431031511L";

	static final String DIQING_HOSPITAL = "125334014310260343";

	static final String SHANGRILA_CLINIC = creditCode("12533401MB0000101");

	static final String NUJIANG_HOSPITAL = creditCode("12533301MB0000201");

	static final String DAHUA_AGRICULTURE = creditCode("12451229MB0000301");

	static final String KORLA_HOSPITAL = creditCode("12652801MB0000401");

	static final String HEJING_ENTERPRISE = creditCode("91652827MA0000501");

	// people
	static final String ID_YUNNAN = idNumber("53293019850501002");

	static final String ID_HUIZE = idNumber("53032619800301001");

	static final String ID_GUANGXI = idNumber("45122919860201003");

	static final String ID_KORLA = idNumber("65280119881001004");

	static final String ID_HEJING = idNumber("65282719870315005");

	private Applicants() {
	}

	static QualificationService service(QualificationData data) {
		return new QualificationService(PACKS, BASELINE, data);
	}

	/** The data every base applicant needs to pass: the directed quotas of their units. */
	static FakeQualificationData standardData() {
		return new FakeQualificationData().intermediateStaff(HUIZE_SCHOOL, 40) // 15 % → 6 posts
			.directedPostsUsed(HUIZE_SCHOOL, "YUNNAN-2020-DIRECTED", ASSOCIATE_SENIOR, 2)
			.intermediateStaff(SHANGRILA_CLINIC, 20) // 15 % → 3 posts
			.directedPostsUsed(SHANGRILA_CLINIC, "YUNNAN-2020-DIRECTED", ASSOCIATE_SENIOR, 0)
			.intermediateStaff(DIQING_HOSPITAL, 50) // 10 % → 5 posts
			.directedPostsUsed(DIQING_HOSPITAL, "YUNNAN-2020-DIRECTED", ASSOCIATE_SENIOR, 1)
			.intermediateStaff(NUJIANG_HOSPITAL, 30) // 10 % → 3 posts
			.directedPostsUsed(NUJIANG_HOSPITAL, "YUNNAN-2020-DIRECTED", ASSOCIATE_SENIOR, 0)
			.approvedDirectedPosts(KORLA_HOSPITAL, "BAZHOU-2024-DIRECTED", ASSOCIATE_SENIOR, 3)
			.directedPostsUsed(KORLA_HOSPITAL, "BAZHOU-2024-DIRECTED", ASSOCIATE_SENIOR, 1)
			.approvedDirectedPosts(KORLA_HOSPITAL, "BAZHOU-2024-DIRECTED", SENIOR, 1)
			.directedPostsUsed(KORLA_HOSPITAL, "BAZHOU-2024-DIRECTED", SENIOR, 0);
	}

	/** YUNNAN-GENERAL: a 洱源县 teacher, 中级 since 2018-09, applying for 副高级 in 2024. */
	static ApplicantFacts.Builder yunnanGeneral() {
		return ApplicantFacts.builder()
			.applicationId("APP-2024-0001")
			.reviewYear(2024)
			.checkDate(LocalDate.of(2024, 6, 15))
			.idNumber(ID_YUNNAN)
			.birthDate(LocalDate.of(1985, 5, 1))
			.sex(Sex.FEMALE)
			.track(Track.GENERAL)
			.regionCode("532930")
			.committeeCode("DL-ZXXJS-FG")
			.target("中小学教师", "中学数学", ASSOCIATE_SENIOR)
			.currentTitle(title(INTERMEDIATE, "中小学教师", LocalDate.of(2018, 9, 1)))
			.education(EducationLevel.BACHELOR, LocalDate.of(2008, 7, 1))
			.workStartDate(LocalDate.of(2008, 8, 1))
			.employmentKind(EmploymentKind.PUBLIC_INSTITUTION)
			.unit(new Unit(ERYUAN_SCHOOL, UnitLevel.COUNTY, false, false))
			.ruralServiceYears(2)
			.continuingEducationCompleted(true)
			.pledgeSigned(true)
			.assessment(2019, AssessmentResult.COMPETENT)
			.assessment(2020, AssessmentResult.EXCELLENT)
			.assessment(2021, AssessmentResult.COMPETENT)
			.assessment(2022, AssessmentResult.COMPETENT)
			.assessment(2023, AssessmentResult.COMPETENT);
	}

	/** YUNNAN-2020-DIRECTED: a 会泽县 teacher, 中级 since 2015-06, applying for a directed 副高级 in 2020. */
	static ApplicantFacts.Builder yunnanDirected() {
		return ApplicantFacts.builder()
			.applicationId("APP-2020-0001")
			.reviewYear(2020)
			.checkDate(LocalDate.of(2020, 7, 10))
			.idNumber(ID_HUIZE)
			.birthDate(LocalDate.of(1980, 3, 1))
			.sex(Sex.MALE)
			.track(Track.DIRECTED)
			.regionCode("530326")
			.committeeCode("QJ-ZXXJS-GJ-DX")
			.target("中小学教师", "小学语文", ASSOCIATE_SENIOR)
			.currentTitle(title(INTERMEDIATE, "中小学教师", LocalDate.of(2015, 6, 1)))
			.education(EducationLevel.BACHELOR, LocalDate.of(2003, 7, 1))
			.workStartDate(LocalDate.of(2003, 9, 1))
			.employmentKind(EmploymentKind.PUBLIC_INSTITUTION)
			.unit(new Unit(HUIZE_SCHOOL, UnitLevel.COUNTY, false, false))
			.yearsInDirectedArea(17)
			.continuingEducationCompleted(true)
			.pledgeSigned(true)
			.assessment(2016, AssessmentResult.COMPETENT)
			.assessment(2017, AssessmentResult.COMPETENT)
			.assessment(2018, AssessmentResult.EXCELLENT)
			.assessment(2019, AssessmentResult.COMPETENT);
	}

	/**
	 * YUNNAN-2020-DIRECTED in 迪庆 (香格里拉市, a county-level clinic): 中级 since 2017-01-01, which is 4 years on
	 * 2020-12-31, with three assessed years (2017–2019); not enough without DY5.
	 */
	static ApplicantFacts.Builder diqingDirected() {
		return yunnanDirected().regionCode("533401")
			.target("卫生技术", "内科", ASSOCIATE_SENIOR)
			.currentTitle(title(INTERMEDIATE, "卫生技术", LocalDate.of(2017, 1, 1)))
			.unit(new Unit(SHANGRILA_CLINIC, UnitLevel.COUNTY, false, false))
			.assessments(List.of())
			.assessment(2017, AssessmentResult.COMPETENT)
			.assessment(2018, AssessmentResult.COMPETENT)
			.assessment(2019, AssessmentResult.COMPETENT);
	}

	/** GUANGXI-2020-DIRECTED: a 大化县 agronomist, 中级 since 2015-03, applying for a directed 副高级 in 2021. */
	static ApplicantFacts.Builder guangxiDirected() {
		return ApplicantFacts.builder()
			.applicationId("APP-2021-0001")
			.reviewYear(2021)
			.checkDate(LocalDate.of(2021, 9, 15))
			.idNumber(ID_GUANGXI)
			.birthDate(LocalDate.of(1986, 2, 1))
			.sex(Sex.MALE)
			.track(Track.DIRECTED)
			.regionCode("451229")
			.committeeCode("HC-NY-GJ-DX")
			.target("农业技术", "农学", ASSOCIATE_SENIOR)
			.currentTitle(title(INTERMEDIATE, "农业技术", LocalDate.of(2015, 3, 1)))
			.education(EducationLevel.BACHELOR, LocalDate.of(2008, 7, 1))
			.workStartDate(LocalDate.of(2008, 8, 1))
			.employmentKind(EmploymentKind.PUBLIC_INSTITUTION)
			.unit(new Unit(DAHUA_AGRICULTURE, UnitLevel.COUNTY, false, false))
			.yearsInDirectedArea(6)
			.continuingEducationCompleted(true)
			.pledgeSigned(true);
	}

	/** BAZHOU-2024-DIRECTED: a 库尔勒 hospital doctor, 中级 since 2018-07, applying for a directed 副高级 in 2024. */
	static ApplicantFacts.Builder bazhouDirected() {
		return ApplicantFacts.builder()
			.applicationId("APP-2024-0101")
			.reviewYear(2024)
			.checkDate(LocalDate.of(2024, 7, 1))
			.idNumber(ID_KORLA)
			.birthDate(LocalDate.of(1988, 10, 1))
			.sex(Sex.FEMALE)
			.track(Track.DIRECTED)
			.regionCode("652801")
			.committeeCode("BZ-WSJK-FG-DX")
			.target("卫生技术", "临床医学", ASSOCIATE_SENIOR)
			.currentTitle(title(INTERMEDIATE, "卫生技术", LocalDate.of(2018, 7, 1)))
			.education(EducationLevel.BACHELOR, LocalDate.of(2010, 7, 1))
			.workStartDate(LocalDate.of(2010, 8, 1))
			.employmentKind(EmploymentKind.PUBLIC_INSTITUTION)
			.unit(new Unit(KORLA_HOSPITAL, UnitLevel.PREFECTURE, false, false))
			.continuingEducationCompleted(true)
			.pledgeSigned(true);
	}

	/** BAZHOU-2024-GENERAL: a 和静县 engineer in a state enterprise, 中级 since 2019-01, applying for 副高级 in 2024. */
	static ApplicantFacts.Builder bazhouGeneral() {
		return ApplicantFacts.builder()
			.applicationId("APP-2024-0201")
			.reviewYear(2024)
			.checkDate(LocalDate.of(2024, 7, 1))
			.idNumber(ID_HEJING)
			.birthDate(LocalDate.of(1987, 3, 15))
			.sex(Sex.MALE)
			.track(Track.GENERAL)
			.regionCode("652827")
			.committeeCode("XJ-GC-FG")
			.target("工程", "机械工程", ASSOCIATE_SENIOR)
			.currentTitle(title(INTERMEDIATE, "工程", LocalDate.of(2019, 1, 1)))
			.education(EducationLevel.BACHELOR, LocalDate.of(2009, 7, 1))
			.workStartDate(LocalDate.of(2009, 8, 1))
			.employmentKind(EmploymentKind.STATE_ENTERPRISE)
			.unit(new Unit(HEJING_ENTERPRISE, UnitLevel.COUNTY, false, false))
			.continuingEducationCompleted(true)
			.pledgeSigned(true);
	}

	static CurrentTitle title(TitleLevel level, String series, LocalDate obtainedOn) {
		return new CurrentTitle(level, series, obtainedOn, null, false, false);
	}

	static CurrentTitle directedTitle(TitleLevel level, String series, LocalDate obtainedOn) {
		return new CurrentTitle(level, series, obtainedOn, null, true, false);
	}

	static String creditCode(String first17) {
		return first17 + CreditCode.checkCharacter(first17);
	}

	/** GB 11643-1999: the check character over weights 2^(17-i) mod 11. */
	static String idNumber(String first17) {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}

}
