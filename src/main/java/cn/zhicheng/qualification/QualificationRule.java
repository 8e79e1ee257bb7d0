package cn.zhicheng.qualification;

import java.util.List;

/** One family of rules: checks the facts in a pack's context and returns a verdict per rule id. */
interface QualificationRule {

	/** The verdicts; empty when the pack does not switch the rules on. */
	List<RuleResult> check(RuleContext context);

}
