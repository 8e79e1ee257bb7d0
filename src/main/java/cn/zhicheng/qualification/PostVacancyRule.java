package cn.zhicheng.qualification;

import java.util.List;
import java.util.OptionalInt;

/**
 * A8: a unit that combines review and appointment (评聘结合) recommends only into a vacant post of the target
 * level; special talents and people under post-exempt policies (recognised by the competent department)
 * may apply without one.
 */
final class PostVacancyRule implements QualificationRule {

	static final String A8 = "A8";

	@Override
	public List<RuleResult> check(RuleContext context) {
		if (!context.pack().applies(A8)) {
			return List.of();
		}
		ApplicantFacts facts = context.facts();
		String level = facts.targetLevel().label();
		if (!facts.unit().combinesReviewAndAppointment()) {
			return List.of(RuleResult.pass(A8, "单位未实行评聘结合，不受空缺岗位限制"));
		}
		if (facts.specialTalent()) {
			return List.of(RuleResult.pass(A8, "参加特殊人才评审，可不受岗位限制先行申报"));
		}
		if (facts.postExempt()) {
			return List.of(RuleResult.pass(A8, "符合放宽评聘条件或不占岗位申报政策，经行业主管部门认可，不受单位岗位限制"));
		}
		if (facts.unit().creditCode() == null) {
			return List.of(RuleResult.review(A8, "未提供单位统一社会信用代码，无法核实" + level + "空缺岗位"));
		}
		OptionalInt vacant = context.data().vacantPosts(facts.unit().creditCode(), facts.targetLevel());
		if (vacant.isEmpty()) {
			return List.of(RuleResult.review(A8, "单位" + level + "空缺岗位情况未登记，请主管部门核实"));
		}
		if (vacant.getAsInt() <= 0) {
			return List.of(RuleResult.fail(A8, "实行评聘结合的单位须在空缺岗位内推荐，本单位无" + level + "空缺岗位"));
		}
		return List.of(RuleResult.pass(A8, "单位有" + level + "空缺岗位" + vacant.getAsInt() + "个"));
	}

}
