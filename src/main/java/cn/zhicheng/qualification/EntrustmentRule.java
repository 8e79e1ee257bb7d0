package cn.zhicheng.qualification;

import java.util.ArrayList;
import java.util.List;

import cn.zhicheng.common.TitleLevel;

/**
 * A2: staff of central or provincial units stationed locally need their unit HR department's entrustment
 * letter. A3: a series the county does not review needs the county HR bureau's entrustment letter; a series
 * it does review is reviewed locally.
 */
final class EntrustmentRule implements QualificationRule {

	static final String A2 = "A2";

	static final String A3 = "A3";

	@Override
	public List<RuleResult> check(RuleContext context) {
		List<RuleResult> results = new ArrayList<>();
		ApplicantFacts facts = context.facts();
		if (context.pack().applies(A2)) {
			if (!facts.unit().centralOrProvincialStationed()) {
				results.add(RuleResult.pass(A2, "非中央、省属驻地单位人员，无需单位委托评审函"));
			}
			else if (facts.unitEntrustmentLetter()) {
				results.add(RuleResult.pass(A2, "已附所在中央、省属驻地单位人事部门出具的委托评审函"));
			}
			else {
				results.add(RuleResult.fail(A2, "中央、省属驻地单位专业技术人员须由所在单位人事部门出具委托评审函"));
			}
		}
		if (context.pack().applies(A3)) {
			results.add(checkCountyReview(context));
		}
		return results;
	}

	private static RuleResult checkCountyReview(RuleContext context) {
		ApplicantFacts facts = context.facts();
		TitleLevel level = facts.targetLevel();
		String what = facts.targetSeries() + "系列" + level.label();
		if (!context.pack().countyReviewedLevels().contains(level)) {
			return RuleResult.pass(A3, level.label() + "职称不由县级评委会评审，无需县人社局委托评审函");
		}
		return switch (context.data().countyReview(facts.regionCode(), facts.targetSeries(), level)) {
			case REVIEWS_ITSELF -> RuleResult.pass(A3, "本县开展" + what + "评审，在当地参加评审");
			case DOES_NOT_REVIEW -> facts.countyEntrustmentLetter()
					? RuleResult.pass(A3, "本县未开展" + what + "评审，已附县人社局委托评审函")
					: RuleResult.fail(A3, "本县未开展" + what + "评审，须由县人社局出具委托评审函");
			case UNKNOWN -> RuleResult.review(A3, "无法确定本县是否开展" + what + "评审，请人工核实是否需要县人社局委托评审函");
		};
	}

}
