package cn.zhicheng.application;

import java.util.Optional;

/**
 * A14: the applicant reports (述职) to a staff meeting; attendees vote by secret ballot; the unit may
 * recommend only if yes-votes are at least two thirds of the attendees, in exact arithmetic
 * (3·yes ≥ 2·attendees).
 */
public record UnitBallot(String method, String voterScope, Integer attendees, Integer yes) {

	public static final String RULE = "A14";

	/** Why the recorded ballot cannot be accepted as data, or empty (it may still fail {@link #passes()}). */
	public Optional<String> problem() {
		if (this.method == null || this.method.isBlank()) {
			return Optional.of("测评方式（ballotMethod）不能为空（A14）");
		}
		if (this.voterScope == null || this.voterScope.isBlank()) {
			return Optional.of("参评人员范围（ballotVoterScope）不能为空（A14）");
		}
		if (this.attendees == null || this.attendees < 1) {
			return Optional.of("参会人数（ballotAttendees）应为正整数（A14）");
		}
		if (this.yes == null || this.yes < 0) {
			return Optional.of("同意票数（ballotYes）应为不小于0的整数（A14）");
		}
		if (this.yes > this.attendees) {
			return Optional.of("同意票数（" + this.yes + "）不能超过参会人数（" + this.attendees + "）（A14）");
		}
		return Optional.empty();
	}

	/** Yes-votes ≥ 2/3 of attendees. */
	public boolean passes() {
		return problem().isEmpty() && 3L * this.yes >= 2L * this.attendees;
	}

	/** A Chinese sentence for the record and the inbox. */
	public String verdict() {
		return problem().orElseGet(() -> "述职测评：参会" + this.attendees + "人，同意" + this.yes + "票，"
				+ (passes() ? "达到" : "未达到") + "参会人数的三分之二（需至少" + minimumYes() + "票）（A14）");
	}

	/** The smallest number of yes-votes that passes: ceil(2·attendees / 3). */
	public int minimumYes() {
		return (2 * this.attendees + 2) / 3;
	}

}
