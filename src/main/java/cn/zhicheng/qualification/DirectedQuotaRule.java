package cn.zhicheng.qualification;

import java.util.List;
import java.util.OptionalInt;

import cn.zhicheng.organisation.UnitLevel;
import cn.zhicheng.qualification.PolicyPack.DirectedQuota;

/**
 * The directed post quota. DY7: directed senior posts are a percentage of the unit's intermediate-title
 * staff, 10 % for prefecture-level and 15 % for county-level units, counted in whole posts (rounded down:
 * 19 staff at 10 % make 1 post, not 2). DB5: the number of directed posts approved for the unit. Either way
 * the application passes only while a post is left.
 */
final class DirectedQuotaRule implements QualificationRule {

	@Override
	public List<RuleResult> check(RuleContext context) {
		DirectedQuota quota = context.pack().directedQuota();
		if (quota == null) {
			return List.of();
		}
		ApplicantFacts facts = context.facts();
		String rule = quota.rule();
		String level = facts.targetLevel().label();
		if (!quota.levels().isEmpty() && !quota.levels().contains(facts.targetLevel())) {
			return List.of(RuleResult.pass(rule, level + "不实行定向岗位数额控制"));
		}
		String unitCode = facts.unit().creditCode();
		if (unitCode == null) {
			return List.of(RuleResult.review(rule, "未提供单位统一社会信用代码，无法核实定向评价" + level + "岗位数额"));
		}
		int posts;
		String basis;
		if (quota.basis() == PolicyPack.QuotaBasis.PERCENT_OF_INTERMEDIATE_STAFF) {
			UnitLevel unitLevel = facts.unit().level();
			Integer percent = unitLevel == null ? null : quota.percentByUnitLevel().get(unitLevel);
			if (percent == null) {
				return List.of(RuleResult.review(rule, (unitLevel == null ? "单位级别未填写" : unitLevel.label() + "单位的定向岗位比例未规定")
						+ "，请人工核实定向评价" + level + "岗位数额"));
			}
			OptionalInt staff = context.data().intermediateTitleStaff(unitCode);
			if (staff.isEmpty()) {
				return List.of(RuleResult.review(rule, "单位中级职称专业技术人员数未登记，无法核定定向评价" + level + "岗位数额"));
			}
			posts = wholePosts(staff.getAsInt(), percent);
			basis = "中级职称人员" + staff.getAsInt() + "人×" + percent + "%，按整数向下取整";
		}
		else {
			OptionalInt approved = context.data().approvedDirectedPosts(unitCode, context.pack().id(), facts.targetLevel());
			if (approved.isEmpty()) {
				return List.of(RuleResult.review(rule, "单位定向评价" + level + "岗位职数未核定或未登记，请人工核实"));
			}
			posts = approved.getAsInt();
			basis = "核定职数";
		}
		OptionalInt used = context.data().directedPostsUsed(unitCode, context.pack().id(), facts.targetLevel());
		if (used.isEmpty()) {
			return List.of(RuleResult.review(rule, "单位已使用的定向评价" + level + "岗位数未登记，请人工核实"));
		}
		String numbers = "定向评价" + level + "岗位" + posts + "个（" + basis + "），已使用" + used.getAsInt() + "个";
		if (used.getAsInt() < posts) {
			return List.of(RuleResult.pass(rule, numbers));
		}
		return List.of(RuleResult.fail(rule, "须在核定的定向岗位数额内推荐，" + numbers + "，已无空余"));
	}

	/** DY7: posts from staff and percentage, rounded down to whole posts. */
	static int wholePosts(int staff, int percent) {
		return Math.floorDiv(staff * percent, 100);
	}

}
