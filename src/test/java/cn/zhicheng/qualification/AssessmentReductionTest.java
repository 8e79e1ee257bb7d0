package cn.zhicheng.qualification;

import static cn.zhicheng.common.TitleLevel.INTERMEDIATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.zhicheng.organisation.UnitLevel;
import cn.zhicheng.qualification.ApplicantFacts.AssessmentResult;
import cn.zhicheng.qualification.ApplicantFacts.CurrentTitle;

import org.junit.jupiter.api.Test;

/**
 * DY5 (000, 三（一）): 迪庆州的专业技术人员履职每满1年且年度考核为合格以上等次的，履职年限条件缩短半年. Only in 迪庆; only
 * full years in the current level count; 基本合格, 不合格 and unassessed years do not.
 */
class AssessmentReductionTest {

	private final QualificationService service = Applicants.service(Applicants.standardData());

	@Test
	void eachFullCompetentYearInPostShortensTheRequirementByHalfAYear() {
		// 中级 since 2017-01-01: 4 years on 2020-12-31; three assessed years → 5 − 1.5 = 3.5 years required
		QualificationReport report = this.service.check(Applicants.diqingDirected().build());

		assertThat(report.result("BASE-YEARS")).hasValueSatisfying(r -> {
			assertThat(r.outcome()).isEqualTo(Outcome.PASS);
			assertThat(r.message()).contains("要求3年6个月").contains("DY5缩短1年6个月");
		});
		assertThat(report.result("DY5")).hasValueSatisfying(r -> assertThat(r.message()).contains("符合3年"));
	}

	@Test
	void onlyCompetentOrExcellentYearsCount() {
		ApplicantFacts facts = Applicants.diqingDirected()
			.assessment(2017, AssessmentResult.EXCELLENT)
			.assessment(2018, AssessmentResult.BASICALLY_COMPETENT)
			.assessment(2019, AssessmentResult.NOT_ASSESSED)
			.build();

		assertThat(BaselineRule.qualifyingYears(facts)).containsExactly(2017);
	}

	@Test
	void aYearOnlyPartlyInPostDoesNotCount() {
		// obtained 2016-07-01: 2016 is not a full year in post; 2017–2019 are
		ApplicantFacts facts = Applicants.diqingDirected()
			.currentTitle(Applicants.title(INTERMEDIATE, "卫生技术", LocalDate.of(2016, 7, 1)))
			.assessment(2016, AssessmentResult.EXCELLENT)
			.build();

		assertThat(BaselineRule.qualifyingYears(facts)).containsExactly(2017, 2018, 2019);
	}

	@Test
	void yearsInTheSameLevelOfAnotherSeriesCount() {
		// A11: 转评 in 2019, the same level held since 2016-01-01
		ApplicantFacts facts = Applicants.diqingDirected()
			.currentTitle(new CurrentTitle(INTERMEDIATE, "卫生技术", LocalDate.of(2019, 3, 1), LocalDate.of(2016, 1, 1), false,
					false))
			.assessment(2016, AssessmentResult.COMPETENT)
			.build();

		assertThat(BaselineRule.qualifyingYears(facts)).containsExactly(2016, 2017, 2018, 2019);
	}

	@Test
	void aDuplicatedYearCountsOnce() {
		ApplicantFacts facts = Applicants.diqingDirected()
			.assessments(List.of(new ApplicantFacts.AnnualAssessment(2018, AssessmentResult.COMPETENT),
					new ApplicantFacts.AnnualAssessment(2018, AssessmentResult.EXCELLENT)))
			.build();

		assertThat(BaselineRule.qualifyingYears(facts)).containsExactly(2018);
	}

	@Test
	void notOutsideDiqing() {
		// the same person in 怒江州: no reduction, 4 years < 5
		ApplicantFacts facts = Applicants.diqingDirected()
			.regionCode("533301")
			.unit(new ApplicantFacts.Unit(Applicants.NUJIANG_HOSPITAL, UnitLevel.COUNTY, false, false))
			.build();

		QualificationReport report = this.service.check(facts);

		assertThat(report.result("BASE-YEARS")).hasValueSatisfying(r -> {
			assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(r.message()).contains("要求5年").doesNotContain("DY5");
		});
		assertThat(report.result("DY5")).hasValueSatisfying(r -> assertThat(r.message()).contains("不适用").contains("迪庆"));
	}

	@Test
	void notInTheGeneralTrack() {
		// a 迪庆 applicant for the province-wide title gets no DY5 reduction
		ApplicantFacts facts = Applicants.diqingDirected().track(Track.GENERAL).ruralServiceYears(3).build();

		QualificationReport report = this.service.check(facts);

		assertThat(report.policyPack()).isEqualTo("YUNNAN-GENERAL");
		assertThat(report.result("DY5")).isEmpty();
		assertThat(report.result("BASE-YEARS")).hasValueSatisfying(r -> assertThat(r.outcome()).isEqualTo(Outcome.FAIL));
	}

	@Test
	void theRequirementNeverDropsBelowZero() {
		// 博士 needs 2 years; five assessed years would take off 2.5
		ApplicantFacts facts = Applicants.diqingDirected()
			.reviewYear(2020)
			.education(ApplicantFacts.EducationLevel.DOCTORATE, LocalDate.of(2014, 7, 1))
			.currentTitle(Applicants.title(INTERMEDIATE, "卫生技术", LocalDate.of(2015, 1, 1)))
			.assessment(2015, AssessmentResult.COMPETENT)
			.assessment(2016, AssessmentResult.COMPETENT)
			.build();

		assertThat(this.service.check(facts).result("BASE-YEARS"))
			.hasValueSatisfying(r -> assertThat(r.message()).contains("要求0个月"));
	}

}
