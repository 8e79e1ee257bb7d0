package cn.zhicheng.meeting;

import cn.zhicheng.common.RuleViolation;

/**
 * How a committee runs its review meetings; a meeting copies them when it is prepared, so a change
 * never affects a meeting under way.
 *
 * @param reviewersPerApplicant M3: experts reading each applicant independently, at least 3
 * @param scoring M9 / DB7: experts also fill in a score sheet (量化赋分) with the computed base-level bonus
 * @param passRateCapGeneral M5: at most this percent of the general group's applicants pass; null: no cap
 * @param passRateCapDirected M5, M7, DG5: the directed group's own cap; null: no cap
 * @param alternatesStepIn E4: alternates present replace absent members in draw order
 * @param ballotMinutes M4: the ballot closes by itself after this many minutes (timer), if the committee
 * office has not closed it before
 */
public record MeetingSettings(int reviewersPerApplicant, boolean scoring, Integer passRateCapGeneral,
		Integer passRateCapDirected, boolean alternatesStepIn, int ballotMinutes) {

	public static final MeetingSettings DEFAULTS = new MeetingSettings(ReviewAssignment.MIN_REVIEWERS, false, null,
			null, true, 120);

	/** The cap of a review group (M5, M7). */
	Integer capOf(ReviewGroup group) {
		return group == ReviewGroup.DIRECTED ? this.passRateCapDirected : this.passRateCapGeneral;
	}

	MeetingSettings validated() {
		RuleViolation.require(this.reviewersPerApplicant >= ReviewAssignment.MIN_REVIEWERS
				&& this.reviewersPerApplicant <= 15, "reviewersPerApplicant", "M3",
				"每名申报人的审阅专家人数（reviewersPerApplicant）应为3至15名（M3：不少于3名）");
		checkCap(this.passRateCapGeneral, "passRateCapGeneral", "M5");
		checkCap(this.passRateCapDirected, "passRateCapDirected", "M7");
		RuleViolation.require(this.ballotMinutes >= 5 && this.ballotMinutes <= 1440, "ballotMinutes", "M4",
				"投票时限（ballotMinutes）应为5至1440分钟");
		return this;
	}

	private static void checkCap(Integer cap, String field, String rule) {
		RuleViolation.require(cap == null || (cap >= 1 && cap <= 100), field, rule,
				"通过比例上限（" + field + "）应为1至100（百分比），不设上限时留空（" + rule + "）");
	}

}
