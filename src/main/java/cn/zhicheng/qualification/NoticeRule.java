package cn.zhicheng.qualification;

import java.util.List;

/** A pack's informational measures (DG4, DY11, A20): reported as passed, so reviewers see them. */
final class NoticeRule implements QualificationRule {

	@Override
	public List<RuleResult> check(RuleContext context) {
		return context.pack()
			.notices()
			.stream()
			.filter(n -> n.levels().isEmpty() || n.levels().contains(context.facts().targetLevel()))
			.map(n -> RuleResult.pass(n.rule(), n.message()))
			.toList();
	}

}
