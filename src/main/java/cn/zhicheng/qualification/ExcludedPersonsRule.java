package cn.zhicheng.qualification;

import java.util.ArrayList;
import java.util.List;

import cn.zhicheng.qualification.ApplicantFacts.EmploymentKind;
import cn.zhicheng.common.IdNumber.Sex;
import cn.zhicheng.qualification.PolicyPack.Exclusion;

/**
 * A6: retirees and civil servants may not apply. DY2 (a pack's exclusion): civil servants including 参公
 * staff, retirees and people at the legal retirement age may not apply for a directed title.
 */
final class ExcludedPersonsRule implements QualificationRule {

	static final String A6 = "A6";

	@Override
	public List<RuleResult> check(RuleContext context) {
		List<RuleResult> results = new ArrayList<>();
		EmploymentKind kind = context.facts().employmentKind();
		if (context.pack().applies(A6)) {
			results.add(switch (kind) {
				case RETIRED -> RuleResult.fail(A6, "离退休人员不得参加职称评审");
				case CIVIL_SERVANT -> RuleResult.fail(A6, "公务员不得参加职称评审");
				// the rule book names civil servants only; whether 参公 staff count is a human decision
				case CIVIL_SERVANT_MANAGED -> RuleResult.review(A6, "参照公务员法管理人员（参公）能否参加职称评审，规则仅明确公务员不得申报，请人工核实");
				default -> RuleResult.pass(A6, "非离退休人员、非公务员");
			});
		}
		Exclusion exclusion = context.pack().exclusion();
		if (exclusion != null) {
			results.add(checkExclusion(context, exclusion));
		}
		return results;
	}

	private static RuleResult checkExclusion(RuleContext context, Exclusion exclusion) {
		ApplicantFacts facts = context.facts();
		if (exclusion.employmentKinds().contains(facts.employmentKind())) {
			return RuleResult.fail(exclusion.rule(), facts.employmentKind().label() + "不得参加" + context.pack().name());
		}
		if (exclusion.retirementAge() != null) {
			if (facts.birthDate() == null || facts.sex() == null) {
				return RuleResult.review(exclusion.rule(), "未提供出生日期或性别，无法核实是否已达到国家法定退休年龄");
			}
			int age = facts.sex() == Sex.MALE ? exclusion.retirementAge().male() : exclusion.retirementAge().female();
			if (!facts.birthDate().plusYears(age).isAfter(facts.checkDate())) {
				return RuleResult.fail(exclusion.rule(), "已达到国家法定退休年龄（" + facts.sex().label() + age + "周岁，"
						+ facts.birthDate().plusYears(age) + "），不得参加" + context.pack().name());
			}
		}
		return RuleResult.pass(exclusion.rule(), "非公务员（含参公人员）、非离退休人员，未达到国家法定退休年龄");
	}

}
