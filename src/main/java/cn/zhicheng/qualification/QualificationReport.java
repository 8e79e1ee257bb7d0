package cn.zhicheng.qualification;

import java.util.List;
import java.util.Optional;

/**
 * The qualification check of one application (Q1).
 *
 * <p>
 * {@code eligible} is false only when a rule FAILs. REVIEW results do not make an application ineligible:
 * they are questions the committee office and HR bureau must answer by hand, and {@code needsReview} says
 * that there is at least one. An application is ready for publicity (Q2) when it is eligible and every
 * REVIEW item has been settled by a person.
 *
 * @param eligible no rule failed
 * @param needsReview at least one rule asks for human review
 * @param policyPack the id of the pack applied, or null when none applies
 * @param results every rule's verdict, in the order checked
 */
public record QualificationReport(boolean eligible, boolean needsReview, String policyPack,
		List<RuleResult> results) {

	public QualificationReport {
		results = List.copyOf(results);
		boolean anyFail = results.stream().anyMatch(r -> r.outcome() == Outcome.FAIL);
		boolean anyReview = results.stream().anyMatch(r -> r.outcome() == Outcome.REVIEW);
		if (eligible == anyFail || needsReview != anyReview) {
			throw new IllegalArgumentException("eligible/needsReview 与规则结果不一致");
		}
	}

	static QualificationReport of(String policyPack, List<RuleResult> results) {
		return new QualificationReport(results.stream().noneMatch(r -> r.outcome() == Outcome.FAIL),
				results.stream().anyMatch(r -> r.outcome() == Outcome.REVIEW), policyPack, results);
	}

	/** The verdict of a rule, e.g. {@code result("A7")}. */
	public Optional<RuleResult> result(String rule) {
		return this.results.stream().filter(r -> r.rule().equals(rule)).findFirst();
	}

	public List<RuleResult> withOutcome(Outcome outcome) {
		return this.results.stream().filter(r -> r.outcome() == outcome).toList();
	}

}
