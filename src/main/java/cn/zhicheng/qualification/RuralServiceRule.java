package cn.zhicheng.qualification;

import java.util.ArrayList;
import java.util.List;

import cn.zhicheng.qualification.ApplicantFacts.PovertyAlleviationService;
import cn.zhicheng.qualification.PolicyPack.PovertyAlleviation;
import cn.zhicheng.qualification.PolicyPack.RuralService;

/**
 * G3: senior teachers and health staff need at least a year of rural service. G4: poverty-alleviation service
 * assessed 合格 or better gives priority, and for teachers and health staff its years count as rural service
 * (002: 中小学教师、卫生技术人员参与脱贫攻坚服务年限可视同为…服务基层的工作年限).
 */
final class RuralServiceRule implements QualificationRule {

	@Override
	public List<RuleResult> check(RuleContext context) {
		List<RuleResult> results = new ArrayList<>();
		RuralService rural = context.pack().ruralService();
		PovertyAlleviation poverty = context.pack().povertyAlleviation();
		if (rural != null) {
			results.add(checkRuralService(context, rural, poverty));
		}
		if (poverty != null) {
			results.add(checkPovertyAlleviation(context, poverty));
		}
		return results;
	}

	private static RuleResult checkRuralService(RuleContext context, RuralService rural, PovertyAlleviation poverty) {
		ApplicantFacts facts = context.facts();
		if (!context.targetSeriesIn(rural.series()) || !rural.levels().contains(facts.targetLevel())) {
			return RuleResult.pass(rural.rule(), "不适用（仅" + String.join("、", rural.series()) + "系列晋升高级职称）");
		}
		int countedPoverty = povertyYearsCounted(context, poverty);
		int years = facts.ruralServiceYears() + countedPoverty;
		String detail = "农村基层工作服务经历" + years + "年" + (countedPoverty > 0
				? "（含脱贫攻坚服务" + countedPoverty + "年，" + poverty.rule() + "）" : "");
		if (years >= rural.minimumYears()) {
			return RuleResult.pass(rural.rule(), detail);
		}
		return RuleResult.fail(rural.rule(), facts.targetSeries() + "晋升" + facts.targetLevel().label() + "须有"
				+ rural.minimumYears() + "年以上农村基层工作服务经历，现为" + years + "年");
	}

	private static int povertyYearsCounted(RuleContext context, PovertyAlleviation poverty) {
		PovertyAlleviationService service = context.facts().povertyAlleviation();
		if (poverty == null || service == null || !service.assessedCompetentOrBetter()
				|| !context.targetSeriesIn(poverty.ruralServiceSeries())) {
			return 0;
		}
		return service.years();
	}

	private static RuleResult checkPovertyAlleviation(RuleContext context, PovertyAlleviation poverty) {
		PovertyAlleviationService service = context.facts().povertyAlleviation();
		if (service == null) {
			return RuleResult.pass(poverty.rule(), "未参与脱贫攻坚服务，不适用");
		}
		if (!service.assessedCompetentOrBetter()) {
			return RuleResult.pass(poverty.rule(), "服务脱贫攻坚期间考核未达合格以上等次，不享受优先申报政策");
		}
		String counted = context.targetSeriesIn(poverty.ruralServiceSeries())
				? "；服务年限" + service.years() + "年视同农村基层服务年限" : "";
		return RuleResult.pass(poverty.rule(), "服务脱贫攻坚期间考核合格以上，优先参加职称申报评审" + counted);
	}

}
