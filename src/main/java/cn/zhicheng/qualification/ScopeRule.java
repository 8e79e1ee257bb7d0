package cn.zhicheng.qualification;

import java.util.ArrayList;
import java.util.List;

import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.qualification.ApplicantFacts.EmploymentKind;
import cn.zhicheng.qualification.PolicyPack.Region;
import cn.zhicheng.qualification.PolicyPack.Scope;

/**
 * A1: the applicant works in the pack's jurisdiction. The pack's own scope (DY1, DG1, DB1): review years,
 * regions, levels, series and employment kinds.
 */
final class ScopeRule implements QualificationRule {

	static final String A1 = "A1";

	@Override
	public List<RuleResult> check(RuleContext context) {
		List<RuleResult> results = new ArrayList<>();
		PolicyPack pack = context.pack();
		ApplicantFacts facts = context.facts();
		if (pack.applies(A1)) {
			if (pack.jurisdiction().contains(facts.regionCode())) {
				results.add(RuleResult.pass(A1, context.regionLabel() + "属" + pack.jurisdiction().name() + "，人员类别为"
						+ facts.employmentKind().label()));
			}
			else {
				results.add(RuleResult.fail(A1, "申报人须在" + pack.jurisdiction().name() + "的企事业单位、非公经济组织工作或为自由职业者，"
						+ context.regionLabel() + "不在本地区"));
			}
		}
		if (pack.scope() != null) {
			results.add(checkScope(context, pack.scope()));
		}
		return results;
	}

	private static RuleResult checkScope(RuleContext context, Scope scope) {
		PolicyPack pack = context.pack();
		ApplicantFacts facts = context.facts();
		List<String> problems = new ArrayList<>();
		if (!pack.reviewYears().contains(facts.reviewYear())) {
			problems.add("实施期限为" + pack.reviewYears().label() + "，不含" + facts.reviewYear() + "年度");
		}
		String regionName = scope.regions().stream()
			.filter(r -> r.contains(facts.regionCode()))
			.map(Region::name)
			.findFirst()
			.orElse(null);
		if (!scope.regions().isEmpty() && regionName == null) {
			problems.add(context.regionLabel() + "不在实施范围内（"
					+ String.join("、", scope.regions().stream().map(Region::name).toList()) + "）");
		}
		if (!scope.levels().isEmpty() && !scope.levels().contains(facts.targetLevel())) {
			problems.add("只能申报" + String.join("、", scope.levels().stream().map(TitleLevel::label).toList()) + "职称，不含"
					+ facts.targetLevel().label());
		}
		if (!scope.series().isEmpty() && !context.targetSeriesIn(scope.series())) {
			problems.add("只限" + String.join("、", scope.series()) + "系列（专业），不含" + facts.targetSeries());
		}
		if (!scope.employmentKinds().isEmpty() && !scope.employmentKinds().contains(facts.employmentKind())) {
			problems.add("只限" + String.join("、", scope.employmentKinds().stream().map(EmploymentKind::label).toList())
					+ "的专业技术人员，不含" + facts.employmentKind().label());
		}
		if (!problems.isEmpty()) {
			return RuleResult.fail(scope.rule(), pack.name() + "：" + String.join("；", problems));
		}
		return RuleResult.pass(scope.rule(), "属" + pack.name() + "适用范围（"
				+ (regionName == null ? "" : regionName + "，") + facts.targetSeries() + facts.targetLevel().label() + "）");
	}

}
