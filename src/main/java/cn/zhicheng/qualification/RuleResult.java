package cn.zhicheng.qualification;

import java.util.Objects;

/**
 * One rule's verdict with a Chinese reason that starts with the rule id, e.g.
 * {@code A7：处分期内不得申报（记过，至2026-03-31）}.
 */
public record RuleResult(String rule, Outcome outcome, String message) {

	public RuleResult {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(message, "message");
	}

	static RuleResult pass(String rule, String reason) {
		return of(rule, Outcome.PASS, reason);
	}

	static RuleResult fail(String rule, String reason) {
		return of(rule, Outcome.FAIL, reason);
	}

	static RuleResult review(String rule, String reason) {
		return of(rule, Outcome.REVIEW, reason);
	}

	static RuleResult of(String rule, Outcome outcome, String reason) {
		return new RuleResult(rule, outcome, rule + "：" + reason);
	}

}
