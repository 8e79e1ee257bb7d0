package cn.zhicheng.qualification;

import static cn.zhicheng.common.TitleLevel.ASSOCIATE_SENIOR;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhicheng.organisation.UnitLevel;
import cn.zhicheng.qualification.ApplicantFacts.Unit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DY7 (000, 三（四）): directed senior posts are 10 % of the intermediate-title staff of prefecture-level units and
 * 15 % for county-level units. Posts are whole: the share is rounded down (a unit cannot hire 0.9 of a person,
 * and rounding up would exceed the approved proportion, which 000 forbids: 严禁超岗位数额评聘).
 */
class DirectedQuotaTest {

	private static final String PACK = "YUNNAN-2020-DIRECTED";

	@ParameterizedTest(name = "{0}人×{1}% = {2}个岗位")
	@CsvSource({ "19, 10, 1", "20, 10, 2", "9, 10, 0", "10, 10, 1", "6, 15, 0", "7, 15, 1", "13, 15, 1", "14, 15, 2",
			"20, 15, 3", "100, 15, 15", "0, 15, 0" })
	void roundsDownToWholePosts(int staff, int percent, int posts) {
		assertThat(DirectedQuotaRule.wholePosts(staff, percent)).isEqualTo(posts);
	}

	@ParameterizedTest(name = "{0}单位，中级{1}人，已用{2}个 → {3}")
	@CsvSource({ "PREFECTURE, 19, 0, PASS", "PREFECTURE, 19, 1, FAIL", "PREFECTURE, 20, 1, PASS",
			"COUNTY, 19, 1, PASS", "COUNTY, 19, 2, FAIL", "TOWNSHIP, 14, 1, PASS", "TOWNSHIP, 14, 2, FAIL",
			"COUNTY, 6, 0, FAIL" })
	void passesWhileAPostIsLeft(UnitLevel level, int staff, int used, Outcome expected) {
		String unit = Applicants.HUIZE_SCHOOL;
		FakeQualificationData data = Applicants.standardData()
			.intermediateStaff(unit, staff)
			.directedPostsUsed(unit, PACK, ASSOCIATE_SENIOR, used);
		ApplicantFacts facts = Applicants.yunnanDirected().unit(new Unit(unit, level, false, false)).build();

		RuleResult result = Applicants.service(data).check(facts).result("DY7").orElseThrow();

		assertThat(result.outcome()).as(result.message()).isEqualTo(expected);
		assertThat(result.message()).contains(staff + "人×" + (level == UnitLevel.PREFECTURE ? 10 : 15) + "%").contains("向下取整");
	}

	@Test
	void unknownCountsGoToReview() {
		FakeQualificationData data = Applicants.standardData();
		ApplicantFacts unknownUnit = Applicants.yunnanDirected()
			.unit(new Unit(Applicants.creditCode("12530326MB0000999"), UnitLevel.COUNTY, false, false))
			.build();
		ApplicantFacts noCode = Applicants.yunnanDirected().unit(new Unit(null, UnitLevel.COUNTY, false, false)).build();
		ApplicantFacts noLevel = Applicants.yunnanDirected().unit(new Unit(Applicants.HUIZE_SCHOOL, null, false, false)).build();

		QualificationService service = Applicants.service(data);

		assertThat(service.check(unknownUnit).result("DY7").orElseThrow().outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(service.check(noCode).result("DY7").orElseThrow().outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(service.check(noLevel).result("DY7").orElseThrow().outcome()).isEqualTo(Outcome.REVIEW);
	}

	@Test
	void usedPostsUnknownGoToReview() {
		String unit = Applicants.creditCode("12530326MB0000998");
		FakeQualificationData data = Applicants.standardData().intermediateStaff(unit, 40);
		ApplicantFacts facts = Applicants.yunnanDirected().unit(new Unit(unit, UnitLevel.COUNTY, false, false)).build();

		RuleResult result = Applicants.service(data).check(facts).result("DY7").orElseThrow();

		assertThat(result.outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(result.message()).contains("已使用");
	}

}
