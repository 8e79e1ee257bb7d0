package cn.zhicheng.qualification;

import static cn.zhicheng.common.TitleLevel.ASSOCIATE_SENIOR;
import static cn.zhicheng.common.TitleLevel.INTERMEDIATE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhicheng.qualification.QualificationData.OtherApplication.Status;

import org.junit.jupiter.api.Test;

/**
 * A4 (004): 申报人年度内只能申报一次职称晋升评审。同年度内，同时向两个及以上评委会报送申报评审材料的申报人，取消其推荐申报资格.
 * With the track rules DY4, DG6, DB3: no directed and general application in the same year.
 */
class ExclusivityTest {

	private static final String ID = Applicants.ID_YUNNAN;

	private QualificationReport check(FakeQualificationData data, ApplicantFacts facts) {
		return Applicants.service(data).check(facts);
	}

	@Test
	void noOtherApplicationPasses() {
		QualificationReport report = check(Applicants.standardData(), Applicants.yunnanGeneral().build());

		assertThat(report.result("A4").orElseThrow().outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	void twoCommitteesInTheSameYearFailNamingTheOtherCommittee() {
		FakeQualificationData data = Applicants.standardData()
			.application(ID, 2024, "APP-X", "KM-ZXXJS-FG", Track.GENERAL, ASSOCIATE_SENIOR, Status.SUBMITTED);

		RuleResult a4 = check(data, Applicants.yunnanGeneral().build()).result("A4").orElseThrow();

		assertThat(a4.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(a4.message()).startsWith("A4：").contains("KM-ZXXJS-FG").contains("取消推荐申报资格");
	}

	@Test
	void aSecondApplicationToTheSameCommitteeFailsToo() {
		FakeQualificationData data = Applicants.standardData()
			.application(ID, 2024, "APP-X", "DL-ZXXJS-FG", Track.GENERAL, ASSOCIATE_SENIOR, Status.SUBMITTED);

		RuleResult a4 = check(data, Applicants.yunnanGeneral().build()).result("A4").orElseThrow();

		assertThat(a4.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(a4.message()).contains("每人每年只能申报一次");
	}

	@Test
	void evenAtAnotherLevel() {
		FakeQualificationData data = Applicants.standardData()
			.application(ID, 2024, "APP-X", "EY-ZXXJS-ZJ", Track.GENERAL, INTERMEDIATE, Status.SUBMITTED);

		assertThat(check(data, Applicants.yunnanGeneral().build()).result("A4").orElseThrow().outcome())
			.isEqualTo(Outcome.FAIL);
	}

	@Test
	void theApplicationItselfIsRecognisedByItsId() {
		FakeQualificationData data = Applicants.standardData()
			.application(ID, 2024, "APP-2024-0001", "DL-ZXXJS-FG", Track.GENERAL, ASSOCIATE_SENIOR, Status.SUBMITTED);

		assertThat(check(data, Applicants.yunnanGeneral().build()).result("A4").orElseThrow().outcome())
			.isEqualTo(Outcome.PASS);
	}

	@Test
	void aPrecheckWithoutIdCountsEveryStoredApplication() {
		FakeQualificationData data = Applicants.standardData()
			.application(ID, 2024, "APP-2024-0001", "DL-ZXXJS-FG", Track.GENERAL, ASSOCIATE_SENIOR, Status.SUBMITTED);

		QualificationReport report = check(data, Applicants.yunnanGeneral().applicationId(null).build());

		assertThat(report.result("A4").orElseThrow().outcome()).isEqualTo(Outcome.FAIL);
	}

	@Test
	void draftsAndWithdrawnApplicationsDoNotCount() {
		FakeQualificationData data = Applicants.standardData()
			.application(ID, 2024, "APP-D", "KM-ZXXJS-FG", Track.GENERAL, ASSOCIATE_SENIOR, Status.DRAFT)
			.application(ID, 2024, "APP-W", "QJ-ZXXJS-FG", Track.DIRECTED, ASSOCIATE_SENIOR, Status.WITHDRAWN);

		QualificationReport report = check(data, Applicants.yunnanGeneral().build());

		assertThat(report.result("A4").orElseThrow().outcome()).isEqualTo(Outcome.PASS);
		assertThat(report.result("DY4").orElseThrow().outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	void otherPeopleAndOtherYearsDoNotCount() {
		FakeQualificationData data = Applicants.standardData()
			.application(Applicants.ID_HUIZE, 2024, "APP-O", "KM-ZXXJS-FG", Track.GENERAL, ASSOCIATE_SENIOR, Status.SUBMITTED)
			.application(ID, 2023, "APP-P", "KM-ZXXJS-FG", Track.GENERAL, ASSOCIATE_SENIOR, Status.SUBMITTED);

		assertThat(check(data, Applicants.yunnanGeneral().build()).result("A4").orElseThrow().outcome())
			.isEqualTo(Outcome.PASS);
	}

	@Test
	void aDirectedAndAGeneralApplicationBreakBothRules() {
		FakeQualificationData data = Applicants.standardData()
			.application(Applicants.ID_HUIZE, 2020, "APP-G", "QJ-ZXXJS-GJ", Track.GENERAL, ASSOCIATE_SENIOR,
					Status.SUBMITTED);

		QualificationReport report = check(data, Applicants.yunnanDirected().build());

		assertThat(report.result("A4").orElseThrow().outcome()).isEqualTo(Outcome.FAIL);
		assertThat(report.result("DY4")).hasValueSatisfying(r -> {
			assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(r.message()).contains("通用职称").contains("QJ-ZXXJS-GJ");
		});
		assertThat(report.eligible()).isFalse();
	}

	@Test
	void withoutAnIdNumberBothAreLeftToAPerson() {
		QualificationReport report = check(Applicants.standardData(), Applicants.yunnanGeneral().idNumber(null).build());

		assertThat(report.result("A4").orElseThrow().outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(report.result("DY4").orElseThrow().outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(report.result("X1").orElseThrow().outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(report.eligible()).isTrue();
		assertThat(report.needsReview()).isTrue();
	}

}
