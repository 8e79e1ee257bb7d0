package cn.zhicheng.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.meeting.ReviewAssignment.Applicant;
import cn.zhicheng.meeting.ReviewAssignment.Reviewer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** M3 (≥ 3 independent reviewers), E6 (recusal by employer unit) and balance, without engine or database. */
class ReviewAssignmentTest {

	static List<Reviewer> experts(int count, int units) {
		List<Reviewer> experts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			experts.add(new Reviewer("e" + i, "unit" + (i % units)));
		}
		return experts;
	}

	static List<Applicant> applicants(int count, int units) {
		List<Applicant> applicants = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			applicants.add(new Applicant("p" + i, "unit" + (i % units), "申报人" + i));
		}
		return applicants;
	}

	@ParameterizedTest(name = "{0} experts, {1} applicants, {2} each, {3} units")
	@CsvSource({ "25, 30, 3, 6", "9, 3, 3, 4", "11, 30, 3, 5", "15, 40, 5, 7", "25, 1, 3, 2", "7, 20, 3, 7",
			"17, 29, 4, 17" })
	void everyApplicantHasEnoughIndependentReviewersBalancedAndNeverFromTheirOwnUnit(int expertCount,
			int applicantCount, int perApplicant, int units) {
		List<Reviewer> experts = experts(expertCount, units);
		List<Applicant> applicants = applicants(applicantCount, units);
		for (long seed = 1; seed <= 20; seed++) {
			Map<String, List<String>> assignment = ReviewAssignment.assign(experts, applicants, perApplicant,
					new Random(seed));
			Map<String, Integer> load = new HashMap<>();
			experts.forEach(e -> load.put(e.expertId(), 0));
			for (Applicant applicant : applicants) {
				List<String> reviewers = assignment.get(applicant.applicationId());
				assertThat(reviewers).hasSize(perApplicant).doesNotHaveDuplicates();
				for (String id : reviewers) {
					Reviewer reviewer = experts.stream().filter(e -> e.expertId().equals(id)).findFirst().orElseThrow();
					assertThat(reviewer.employerCode()).as("E6: recusal").isNotEqualTo(applicant.unitCreditCode());
					load.merge(id, 1, Integer::sum);
				}
			}
			int max = load.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
			int min = load.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
			assertThat(max - min).as("balanced loads %s", load).isLessThanOrEqualTo(1);
		}
	}

	@Test
	void differentDrawsGiveDifferentAssignments() {
		List<Reviewer> experts = experts(25, 6);
		List<Applicant> applicants = applicants(30, 6);
		assertThat(ReviewAssignment.assign(experts, applicants, 3, new Random(1)))
			.isNotEqualTo(ReviewAssignment.assign(experts, applicants, 3, new Random(2)));
	}

	@Test
	void fewerThanThreeReviewersPerApplicantIsRefused() {
		assertThatThrownBy(() -> ReviewAssignment.assign(experts(9, 3), applicants(3, 3), 2, new Random(1)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("不少于3名")
			.hasMessageContaining("M3");
	}

	@Test
	void whenRecusalsForbidBalanceTheLargestLoadIsAsSmallAsPossible() {
		// 7 experts of 2 units, 20 applicants of the same 2 units: the 3 experts of unit1 are the only ones who
		// may read the 10 applicants of unit0 (30 reviews: 10 each); the 4 of unit0 share the other 30
		List<Reviewer> experts = experts(7, 2);
		Map<String, List<String>> assignment = ReviewAssignment.assign(experts, applicants(20, 2), 3, new Random(1));
		Map<String, Integer> load = new HashMap<>();
		assignment.values().forEach(reviewers -> reviewers.forEach(id -> load.merge(id, 1, Integer::sum)));
		assertThat(load).containsEntry("e1", 10).containsEntry("e3", 10).containsEntry("e5", 10);
		assertThat(List.of(load.get("e0"), load.get("e2"), load.get("e4"), load.get("e6"))).allMatch(l -> l == 7 || l == 8);
	}

	@Test
	void tooManyRecusalsAreRefusedRatherThanBreakingM3() {
		// 4 experts, 2 from the applicant's unit: only 2 may read them
		List<Reviewer> experts = List.of(new Reviewer("e1", "A"), new Reviewer("e2", "A"), new Reviewer("e3", "B"),
				new Reviewer("e4", "C"));
		assertThatThrownBy(() -> ReviewAssignment.assign(experts, List.of(new Applicant("p", "A", "杨丽芬")), 3,
				new Random(1)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("杨丽芬")
			.hasMessageContaining("E6");
	}

}
