package cn.zhicheng.application;

import java.util.Optional;

/**
 * A14: the applicant reports (述职) to a staff meeting; attendees vote by secret ballot; the unit may
 * recommend only if yes-votes are at least two thirds of the attendees, in exact arithmetic
 * (3·yes ≥ 2·attendees).
 */
public record UnitBallot(String method, String voterScope, Integer attendees, Integer yes) {

	public static final String RULE = "A14";

	/** The ways of the ballot the unit's form offers (述职 or 业绩答辩, each with a secret ballot). */
	public static final java.util.List<String> METHODS = java.util.List.of("述职并无记名投票", "业绩答辩并无记名投票");

	/** Why the recorded ballot cannot be accepted as data, or empty (it may still fail {@link #passes()}). */
	public Optional<String> problem() {
		if (this.method == null || this.method.isBlank()) {
			return Optional.of("测评方式（ballotMethod）不能为空（A14）");
		}
		if (!METHODS.contains(this.method.strip())) {
			return Optional.of("测评方式（ballotMethod）应为" + String.join("或", METHODS) + "（A14）");
		}
		if (this.voterScope == null || this.voterScope.isBlank()) {
			return Optional.of("参评人员范围（ballotVoterScope）不能为空（A14）");
		}
		if (this.voterScope.strip().codePointCount(0, this.voterScope.strip().length()) > 128) {
			return Optional.of("参评人员范围（ballotVoterScope）不能超过128个字符（A14）");
		}
		if (this.voterScope.contains("<") || this.voterScope.contains(">")) {
			return Optional.of("参评人员范围（ballotVoterScope）不能包含 < 或 > 等网页标记字符");
		}
		if (this.attendees != null && this.attendees > 100000) {
			return Optional.of("参会人数（ballotAttendees）不能超过100000（A14）");
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
