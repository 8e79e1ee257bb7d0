package cn.zhicheng.qualification;

import java.util.List;

import cn.zhicheng.qualification.ApplicantFacts.EmploymentKind;
import cn.zhicheng.qualification.ApplicantFacts.Punishment;

/** A7: public-institution staff punished with 记过 or heavier may not apply during the punishment period. */
final class PunishmentRule implements QualificationRule {

	static final String A7 = "A7";

	@Override
	public List<RuleResult> check(RuleContext context) {
		if (!context.pack().applies(A7)) {
			return List.of();
		}
		ApplicantFacts facts = context.facts();
		Punishment punishment = facts.punishment();
		if (!punishment.kind().atLeastDemerit()) {
			return List.of(RuleResult.pass(A7, punishment.kind() == ApplicantFacts.PunishmentKind.NONE ? "无处分"
					: punishment.kind().label() + "处分不属记过以上处分，不影响申报"));
		}
		String label = punishment.kind().label();
		if (punishment.until() == null) {
			return List.of(RuleResult.review(A7, "受" + label + "处分，处分期未填写，请人工核实是否在处分期内"));
		}
		if (punishment.until().isBefore(facts.checkDate())) {
			return List.of(RuleResult.pass(A7, label + "处分期已于" + punishment.until() + "届满"));
		}
		if (facts.employmentKind() != EmploymentKind.PUBLIC_INSTITUTION) {
			// A7 speaks of public-institution staff; a punishment elsewhere is for a person to weigh
			return List.of(RuleResult.review(A7, "处分期内（" + label + "，至" + punishment.until() + "）；A7 仅明确适用于事业单位工作人员，"
					+ facts.employmentKind().label() + "人员请人工核实"));
		}
		return List.of(RuleResult.fail(A7, "处分期内不得申报（" + label + "，至" + punishment.until() + "）"));
	}

}
