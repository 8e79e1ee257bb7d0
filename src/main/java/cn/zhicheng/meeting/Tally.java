package cn.zhicheng.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tally of one review group, without Camunda or the database.
 * <ul>
 * <li>M4: an applicant passes with yes-votes ≥ 2/3 of the <em>attending</em> experts (not of those who
 * voted: a missing ballot counts against), in exact arithmetic: 3 × yes ≥ 2 × attending.</li>
 * <li>M8: a recorded fraud finding is a veto; the applicant fails whatever the votes.</li>
 * <li>M5 / M7 / DG5: a group may have a pass-rate cap in percent of the applicants it reviewed; at most
 * ⌊cap × applicants / 100⌋ pass. When more reach two thirds, those with the most yes-votes pass; the
 * applicants tied at the boundary go to a run-off for the seats left.</li>
 * <li>Run-off: only the tied applicants are on the ballot (they have already reached two thirds); each
 * expert may vote yes for at most the seats left; the most yes-votes take the seats; a tie at the
 * boundary again goes to another run-off.</li>
 * </ul>
 */
final class Tally {

	private Tally() {
	}

	/** A candidate's count in one round. */
	record Count(String applicationId, int yes, boolean vetoed) {
	}

	/** The verdict per applicant of the round, and the seats a run-off among the RUN_OFF ones fills. */
	record Outcome(Map<String, Verdict> verdicts, int runOffSeats) {

		List<String> with(Verdict verdict) {
			return this.verdicts.entrySet().stream().filter(e -> e.getValue() == verdict).map(Map.Entry::getKey).toList();
		}

		boolean runOffRequired() {
			return this.verdicts.containsValue(Verdict.RUN_OFF);
		}

	}

	/** M4: 3 × yes ≥ 2 × attending. */
	static boolean reachesTwoThirds(int yes, int attending) {
		return attending > 0 && 3L * yes >= 2L * attending;
	}

	/** M5: how many of {@code applicants} may pass under a cap in percent; no cap: all of them. */
	static int maxPassing(Integer capPercent, int applicants) {
		if (capPercent == null) {
			return applicants;
		}
		return (int) ((long) capPercent * applicants / 100);
	}

	/**
	 * Round 1 of a group: vetoes (M8), the two-thirds rule (M4), then the cap (M5) over the
	 * {@code applicants} of the group.
	 */
	static Outcome firstRound(List<Count> counts, int attending, Integer capPercent) {
		Map<String, Verdict> verdicts = new LinkedHashMap<>();
		List<Count> eligible = new ArrayList<>();
		for (Count count : counts) {
			if (count.vetoed()) {
				verdicts.put(count.applicationId(), Verdict.VETOED);
			}
			else if (!reachesTwoThirds(count.yes(), attending)) {
				verdicts.put(count.applicationId(), Verdict.BELOW_TWO_THIRDS);
			}
			else {
				eligible.add(count);
			}
		}
		int seats = maxPassing(capPercent, counts.size());
		return rank(eligible, seats, verdicts);
	}

	/** A run-off among the tied applicants for {@code seats}: the most yes-votes win. */
	static Outcome runOff(List<Count> counts, int seats) {
		return rank(counts, seats, new LinkedHashMap<>());
	}

	private static Outcome rank(List<Count> eligible, int seats, Map<String, Verdict> verdicts) {
		if (eligible.size() <= seats) {
			eligible.forEach(count -> verdicts.put(count.applicationId(), Verdict.PASSED));
			return new Outcome(verdicts, 0);
		}
		List<Count> sorted = new ArrayList<>(eligible);
		sorted.sort(Comparator.comparingInt(Count::yes).reversed());
		if (seats <= 0) {
			sorted.forEach(count -> verdicts.put(count.applicationId(), Verdict.OVER_CAP));
			return new Outcome(verdicts, 0);
		}
		int boundary = sorted.get(seats - 1).yes();
		long above = sorted.stream().filter(count -> count.yes() > boundary).count();
		long tied = sorted.stream().filter(count -> count.yes() == boundary).count();
		boolean tieAcrossBoundary = above + tied > seats;
		for (Count count : sorted) {
			Verdict verdict;
			if (count.yes() > boundary) {
				verdict = Verdict.PASSED;
			}
			else if (count.yes() == boundary) {
				verdict = tieAcrossBoundary ? Verdict.RUN_OFF : Verdict.PASSED;
			}
			else {
				verdict = Verdict.OVER_CAP;
			}
			verdicts.put(count.applicationId(), verdict);
		}
		return new Outcome(verdicts, tieAcrossBoundary ? (int) (seats - above) : 0);
	}

}
