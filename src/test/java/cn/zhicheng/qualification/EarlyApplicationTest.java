package cn.zhicheng.qualification;

import static cn.zhicheng.common.TitleLevel.INTERMEDIATE;
import static cn.zhicheng.common.TitleLevel.JUNIOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.zhicheng.common.TitleLevel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DG3 (001): 在8个挂牌督战县累计工作分别满5年、10年以上的，可提前1年申报中、高级职称. One year earlier: 中级 after ≥ 5
 * cumulative years in the counties, 副高 and 正高 after ≥ 10.
 */
class EarlyApplicationTest {

	private final QualificationService service = Applicants.service(Applicants.standardData());

	@ParameterizedTest(name = "{0}，下一级职称自{1}，累计{2}年 → {3}")
	@CsvSource({
			// 本科 副高 needs 5 years; 4 years 10 months in 中级 (to 2021-12-31)
			"ASSOCIATE_SENIOR, 2017-03-01, 10, PASS",
			"ASSOCIATE_SENIOR, 2017-03-01,  9, FAIL",
			// exactly 4 years: one year early is enough, a day short is not
			"ASSOCIATE_SENIOR, 2018-01-01, 10, PASS",
			"ASSOCIATE_SENIOR, 2018-01-02, 10, FAIL",
			// 本科 中级 needs 4 years in 初级; 3 years 10 months
			"INTERMEDIATE, 2018-03-01, 5, PASS",
			"INTERMEDIATE, 2018-03-01, 4, FAIL",
			// the 中级 threshold (5) is not enough for 高级 (10)
			"ASSOCIATE_SENIOR, 2017-03-01, 5, FAIL",
			// 正高 is 高级 too: 本科 needs 5 years in 副高
			"SENIOR, 2017-03-01, 10, PASS",
			"SENIOR, 2017-03-01, 9, FAIL" })
	void oneYearEarlyAfterEnoughCumulativeYears(TitleLevel target, LocalDate lowerTitleSince, int yearsInArea,
			Outcome expected) {
		TitleLevel lower = TitleLevel.values()[target.ordinal() - 1];
		ApplicantFacts facts = Applicants.guangxiDirected()
			.targetLevel(target)
			.currentTitle(Applicants.title(lower, "农业技术", lowerTitleSince))
			.yearsInDirectedArea(yearsInArea)
			.build();

		QualificationReport report = this.service.check(facts);

		assertThat(report.result("BASE-YEARS")).hasValueSatisfying(r -> assertThat(r.outcome()).as(r.message()).isEqualTo(expected));
		assertThat(report.result("DG3")).hasValueSatisfying(r -> {
			assertThat(r.outcome()).isEqualTo(Outcome.PASS);
			boolean early = yearsInArea >= (target == INTERMEDIATE ? 5 : 10);
			assertThat(r.message()).contains(early ? "可提前1年" : "不适用");
		});
	}

	@Test
	void stacksWithTheRelaxedEducation() {
		// DG2: 大专 副高 needs 5 years; DG3 takes one off: 4 years 7 months suffice
		ApplicantFacts facts = Applicants.guangxiDirected()
			.education(ApplicantFacts.EducationLevel.JUNIOR_COLLEGE, LocalDate.of(2006, 7, 1))
			.currentTitle(Applicants.title(INTERMEDIATE, "农业技术", LocalDate.of(2017, 6, 1)))
			.yearsInDirectedArea(10)
			.build();

		assertThat(this.service.check(facts).result("BASE-YEARS")).hasValueSatisfying(r -> {
			assertThat(r.outcome()).isEqualTo(Outcome.PASS);
			assertThat(r.message()).contains("要求4年").contains("DG2").contains("DG3缩短1年");
		});
	}

	@Test
	void notForAFirstJuniorTitle() {
		ApplicantFacts facts = Applicants.guangxiDirected()
			.target("农业技术", "农学", JUNIOR)
			.currentTitle(null)
			.education(ApplicantFacts.EducationLevel.BACHELOR, LocalDate.of(2021, 7, 1))
			.workStartDate(LocalDate.of(2021, 8, 1))
			.yearsInDirectedArea(10)
			.build();

		QualificationReport report = this.service.check(facts);

		assertThat(report.result("DG3")).hasValueSatisfying(r -> assertThat(r.message()).contains("不适用"));
		assertThat(report.result("BASE-YEARS")).hasValueSatisfying(r -> assertThat(r.outcome()).isEqualTo(Outcome.FAIL));
	}

	@Test
	void onlyInThePackThatGrantsIt() {
		// the same years in a Bazhou directed application: no DG3
		ApplicantFacts facts = Applicants.bazhouDirected()
			.currentTitle(Applicants.title(INTERMEDIATE, "卫生技术", LocalDate.of(2020, 3, 1)))
			.yearsInDirectedArea(15)
			.build();

		QualificationReport report = this.service.check(facts);

		assertThat(report.result("DG3")).isEmpty();
		assertThat(report.result("BASE-YEARS")).hasValueSatisfying(r -> assertThat(r.outcome()).isEqualTo(Outcome.FAIL));
	}

}
