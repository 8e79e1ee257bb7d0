package cn.zhicheng.qualification;

import java.util.List;

import cn.zhicheng.qualification.ApplicantFacts.CurrentTitle;
import cn.zhicheng.qualification.PolicyPack.DirectedTitleBasis;

/**
 * DB9 (Bazhou): a directed title is not a basis for a higher general title; first obtain the same-level
 * general title, whose years add up. DY9 (Yunnan): for promotion, years in the directed and the province-wide
 * title of the same level add up, which the Yunnan pack leaves to a person to judge.
 */
final class DirectedTitleBasisRule implements QualificationRule {

	@Override
	public List<RuleResult> check(RuleContext context) {
		DirectedTitleBasis basis = context.pack().directedTitleBasis();
		if (basis == null) {
			return List.of();
		}
		ApplicantFacts facts = context.facts();
		CurrentTitle current = facts.currentTitle();
		if (facts.track() != Track.GENERAL || current == null || !current.directed()) {
			return List.of(RuleResult.pass(basis.rule(), "现职称不是定向评价职称或本申报不是通用职称，不适用"));
		}
		int step = facts.targetLevel().ordinal() - current.level().ordinal();
		if (step == 0) {
			return List.of(RuleResult.pass(basis.rule(), "申报与定向评价职称同级的通用职称，聘任年限可累计计算"));
		}
		if (step < 0) {
			return List.of(RuleResult.pass(basis.rule(), "不适用（申报级别低于现职称，见BASE-LEVEL）"));
		}
		String reason = "现职称为定向评价" + current.level().label() + "，不作为申报更高一级通用职称的依据，须先取得同级通用职称（聘任年限可累计计算）"
				+ (basis.note() == null || basis.note().isBlank() ? "" : "；" + basis.note());
		return List.of(RuleResult.of(basis.rule(), basis.outcome(), reason));
	}

}
