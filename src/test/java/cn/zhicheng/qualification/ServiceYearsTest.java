package cn.zhicheng.qualification;

import static cn.zhicheng.common.TitleLevel.INTERMEDIATE;
import static cn.zhicheng.common.TitleLevel.JUNIOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A9: years of work and years in the current title are counted up to 12-31 of the review year. */
class ServiceYearsTest {

	@ParameterizedTest(name = "{0} → {1}年12月31日：{2}个月")
	@CsvSource({
			// 12-31 itself is counted: a title from 2020-01-01 has five full years on 2024-12-31
			"2020-01-01, 2024, 60",
			"2019-12-31, 2024, 60",
			"2020-01-02, 2024, 59",
			"2018-09-01, 2024, 76",
			"2020-03-01, 2024, 58",
			// the check date does not matter, only the review year: the same title one year later
			"2020-03-01, 2025, 70",
			"2024-12-31, 2024, 0",
			"2024-12-01, 2024, 1",
			// a date after the review year counts nothing
			"2025-03-01, 2024, 0" })
	void countsWholeMonthsUpToTheEndOfTheReviewYear(LocalDate from, int reviewYear, int months) {
		assertThat(ServiceYears.months(from, reviewYear)).isEqualTo(months);
	}

	@Test
	void formatsYearsAndMonthsInChinese() {
		assertThat(ServiceYears.format(60)).isEqualTo("5年");
		assertThat(ServiceYears.format(76)).isEqualTo("6年4个月");
		assertThat(ServiceYears.format(8)).isEqualTo("8个月");
		assertThat(ServiceYears.format(0)).isEqualTo("0个月");
	}

	@Test
	void theCutOffIsTheSameWhenCheckedEarlyOrLateInTheYear() {
		QualificationService service = Applicants.service(Applicants.standardData());
		ApplicantFacts inMarch = Applicants.yunnanGeneral()
			.checkDate(LocalDate.of(2024, 3, 1))
			.currentTitle(Applicants.title(INTERMEDIATE, "中小学教师", LocalDate.of(2020, 1, 1)))
			.build();
		ApplicantFacts inNovember = inMarch.toBuilder().checkDate(LocalDate.of(2024, 11, 30)).build();

		RuleResult march = service.check(inMarch).result("BASE-YEARS").orElseThrow();
		RuleResult november = service.check(inNovember).result("BASE-YEARS").orElseThrow();

		assertThat(march.outcome()).isEqualTo(Outcome.PASS);
		assertThat(november).isEqualTo(march);
		assertThat(march.message()).contains("5年").contains("计至2024年12月31日，A9");
	}

	@Test
	void yearsOfWorkForAFirstTitleCountFromTheLaterOfGraduationAndWorkStart() {
		QualificationService service = Applicants.service(Applicants.standardData());
		// graduated 2023-07-01 (本科 needs 1 year), but worked from 2022-09 while studying: counts from 2023-07-01
		ApplicantFacts facts = Applicants.yunnanGeneral()
			.target("中小学教师", "小学数学", JUNIOR)
			.currentTitle(null)
			.education(ApplicantFacts.EducationLevel.BACHELOR, LocalDate.of(2024, 7, 1))
			.workStartDate(LocalDate.of(2022, 9, 1))
			.build();

		RuleResult years = service.check(facts).result("BASE-YEARS").orElseThrow();

		assertThat(years.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(years.message()).contains("毕业后从事专业技术工作6个月").contains("要求1年");
	}

}
