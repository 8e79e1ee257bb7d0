package cn.zhicheng.qualification;

import java.util.List;

import cn.zhicheng.qualification.ApplicantFacts.CurrentTitle;

/** A19: a professional qualification certificate (职业资格) counts as the matching title level. */
final class ProfessionalQualificationRule implements QualificationRule {

	static final String A19 = "A19";

	@Override
	public List<RuleResult> check(RuleContext context) {
		if (!context.pack().applies(A19)) {
			return List.of();
		}
		CurrentTitle current = context.facts().currentTitle();
		if (current != null && current.viaProfessionalQualification()) {
			return List.of(RuleResult.pass(A19, "以职业资格证书认定具备" + (current.series() == null ? "" : current.series())
					+ current.level().label() + "职称，可作为申报高一级职称的条件"));
		}
		return List.of(RuleResult.pass(A19, "现职称不是以职业资格证书认定，不适用"));
	}

}
