package cn.zhicheng.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tally rules (M4, M5, M7, M8) at their boundaries, without engine or database. */
class TallyTest {

	@ParameterizedTest(name = "M4: {0} yes of {1} attending → {2}")
	@CsvSource({ "17, 25, true", "16, 25, false", "16, 24, true", "15, 22, true", "14, 22, false", "10, 15, true",
			"9, 15, false", "0, 1, false", "1, 1, true" })
	void twoThirdsOfTheAttendingExpertsInExactArithmetic(int yes, int attending, boolean passes) {
		assertThat(Tally.reachesTwoThirds(yes, attending)).isEqualTo(passes);
		Tally.Outcome outcome = Tally.firstRound(List.of(new Tally.Count("a", yes, false)), attending, null);
		assertThat(outcome.verdicts().get("a")).isEqualTo(passes ? Verdict.PASSED : Verdict.BELOW_TWO_THIRDS);
	}

	@Test
	void m8AVetoFailsWhateverTheVotes() {
		Tally.Outcome outcome = Tally.firstRound(
				List.of(new Tally.Count("unanimous-but-vetoed", 25, true), new Tally.Count("clean", 17, false)), 25, null);
		assertThat(outcome.verdicts()).containsEntry("unanimous-but-vetoed", Verdict.VETOED)
			.containsEntry("clean", Verdict.PASSED);
		assertThat(outcome.runOffRequired()).isFalse();
	}

	@Test
	void m5CapIsAFloorOfThePercentOfTheGroupsApplicants() {
		assertThat(Tally.maxPassing(null, 30)).isEqualTo(30);
		assertThat(Tally.maxPassing(50, 30)).isEqualTo(15);
		assertThat(Tally.maxPassing(50, 7)).isEqualTo(3);
		assertThat(Tally.maxPassing(10, 9)).isZero();
		assertThat(Tally.maxPassing(100, 9)).isEqualTo(9);
	}

	@Test
	void m5MostYesVotesPassWhenMoreReachTwoThirdsThanTheCapAllows() {
		// 6 applicants, cap 50 %: at most 3 pass; 5 reach 2/3 of 9 (≥ 6)
		List<Tally.Count> counts = List.of(new Tally.Count("a", 9, false), new Tally.Count("b", 8, false),
				new Tally.Count("c", 7, false), new Tally.Count("d", 6, false), new Tally.Count("e", 6, false),
				new Tally.Count("f", 5, false));
		Tally.Outcome outcome = Tally.firstRound(counts, 9, 50);
		assertThat(outcome.with(Verdict.PASSED)).containsExactlyInAnyOrder("a", "b", "c");
		assertThat(outcome.with(Verdict.OVER_CAP)).containsExactlyInAnyOrder("d", "e");
		assertThat(outcome.with(Verdict.BELOW_TWO_THIRDS)).containsExactly("f");
		assertThat(outcome.runOffRequired()).isFalse();
	}

	@Test
	void m5ATieAtTheBoundaryGoesToARunOffForTheSeatsLeft() {
		// cap 50 % of 6: 3 seats; a passes alone above, b, c, d tie at 7 for the 2 seats left
		List<Tally.Count> counts = List.of(new Tally.Count("a", 9, false), new Tally.Count("b", 7, false),
				new Tally.Count("c", 7, false), new Tally.Count("d", 7, false), new Tally.Count("e", 6, false),
				new Tally.Count("f", 2, false));
		Tally.Outcome outcome = Tally.firstRound(counts, 9, 50);
		assertThat(outcome.with(Verdict.PASSED)).containsExactly("a");
		assertThat(outcome.with(Verdict.RUN_OFF)).containsExactlyInAnyOrder("b", "c", "d");
		assertThat(outcome.runOffSeats()).isEqualTo(2);
		assertThat(outcome.with(Verdict.OVER_CAP)).containsExactly("e");
		assertThat(outcome.with(Verdict.BELOW_TWO_THIRDS)).containsExactly("f");

		Tally.Outcome runOff = Tally.runOff(List.of(new Tally.Count("b", 5, false), new Tally.Count("c", 8, false),
				new Tally.Count("d", 3, false)), 2);
		assertThat(runOff.with(Verdict.PASSED)).containsExactlyInAnyOrder("b", "c");
		assertThat(runOff.with(Verdict.OVER_CAP)).containsExactly("d");

		Tally.Outcome again = Tally.runOff(List.of(new Tally.Count("b", 6, false), new Tally.Count("c", 4, false),
				new Tally.Count("d", 4, false)), 2);
		assertThat(again.with(Verdict.PASSED)).containsExactly("b");
		assertThat(again.with(Verdict.RUN_OFF)).containsExactlyInAnyOrder("c", "d");
		assertThat(again.runOffSeats()).isEqualTo(1);
	}

	@Test
	void aTieThatFitsTheSeatsPassesWithoutRunOff() {
		Tally.Outcome outcome = Tally.firstRound(List.of(new Tally.Count("a", 9, false),
				new Tally.Count("b", 7, false), new Tally.Count("c", 7, false), new Tally.Count("d", 1, false)), 9, 75);
		assertThat(outcome.with(Verdict.PASSED)).containsExactlyInAnyOrder("a", "b", "c");
		assertThat(outcome.runOffRequired()).isFalse();
	}

	@Test
	void vetoedApplicantsTakeNoSeatUnderTheCap() {
		Tally.Outcome outcome = Tally.firstRound(List.of(new Tally.Count("a", 9, true), new Tally.Count("b", 8, false),
				new Tally.Count("c", 7, false), new Tally.Count("d", 6, false)), 9, 50);
		assertThat(outcome.with(Verdict.PASSED)).containsExactlyInAnyOrder("b", "c");
		assertThat(outcome.with(Verdict.VETOED)).containsExactly("a");
		assertThat(outcome.with(Verdict.OVER_CAP)).containsExactly("d");
	}

}
