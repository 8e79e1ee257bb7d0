package cn.zhicheng.qualification;

import java.util.ArrayList;
import java.util.List;

/** A10: continuing education meets the requirement. A13: the honesty pledge is signed. */
final class DeclarationRule implements QualificationRule {

	static final String A10 = "A10";

	static final String A13 = "A13";

	@Override
	public List<RuleResult> check(RuleContext context) {
		List<RuleResult> results = new ArrayList<>();
		ApplicantFacts facts = context.facts();
		if (context.pack().applies(A10)) {
			results.add(facts.continuingEducationCompleted() ? RuleResult.pass(A10, "继续教育符合要求")
					: RuleResult.fail(A10, "继续教育未达到国家、省及行业规定的要求"));
		}
		if (context.pack().applies(A13)) {
			results.add(facts.pledgeSigned() ? RuleResult.pass(A13, "已签署个人承诺书")
					: RuleResult.fail(A13, "未签署个人承诺书（申报评审表表十）"));
		}
		return results;
	}

}
