package cn.zhicheng.qualification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.zhicheng.qualification.QualificationData.OtherApplication;

/**
 * A4: one promotion application per person per year; applying to two or more committees in the same year
 * disqualifies. The pack's track exclusivity (DY4, DG6, DB3): a directed and a general application cannot
 * both be made in one year.
 */
final class ExclusivityRule implements QualificationRule {

	static final String A4 = "A4";

	@Override
	public List<RuleResult> check(RuleContext context) {
		PolicyPack pack = context.pack();
		boolean a4 = pack.applies(A4);
		String trackRule = pack.trackExclusivity() == null ? null : pack.trackExclusivity().rule();
		if (!a4 && trackRule == null) {
			return List.of();
		}
		ApplicantFacts facts = context.facts();
		List<RuleResult> results = new ArrayList<>();
		if (facts.idNumber() == null) {
			String reason = "未提供身份证号码，无法查询本人本年度的其他申报";
			if (a4) {
				results.add(RuleResult.review(A4, reason));
			}
			if (trackRule != null) {
				results.add(RuleResult.review(trackRule, reason));
			}
			return results;
		}
		List<OtherApplication> others = otherSubmitted(context);
		if (a4) {
			results.add(checkOnePerYear(facts, others));
		}
		if (trackRule != null) {
			List<OtherApplication> otherTrack = others.stream().filter(o -> o.track() != facts.track()).toList();
			if (otherTrack.isEmpty()) {
				results.add(RuleResult.pass(trackRule, "本年度未申报" + other(facts.track()).label()));
			}
			else {
				results.add(RuleResult.fail(trackRule, "同一年度不能同时申报定向评价职称和通用职称，本年度已报送" + other(facts.track()).label()
						+ "申报（评委会" + committees(otherTrack) + "）"));
			}
		}
		return results;
	}

	/** The person's other submitted applications this year; the one being checked is left out by its id. */
	static List<OtherApplication> otherSubmitted(RuleContext context) {
		ApplicantFacts facts = context.facts();
		return context.data()
			.applicationsOf(facts.idNumber(), facts.reviewYear())
			.stream()
			.filter(o -> o.status() == OtherApplication.Status.SUBMITTED)
			.filter(o -> facts.applicationId() == null || !facts.applicationId().equals(o.applicationId()))
			.toList();
	}

	private static RuleResult checkOnePerYear(ApplicantFacts facts, List<OtherApplication> others) {
		if (others.isEmpty()) {
			return RuleResult.pass(A4, "本年度无其他已报送的职称申报");
		}
		List<OtherApplication> elsewhere = others.stream()
			.filter(o -> facts.committeeCode() == null || !Objects.equals(o.committeeCode(), facts.committeeCode()))
			.toList();
		if (!elsewhere.isEmpty()) {
			return RuleResult.fail(A4, "同一年度已向其他评委会（" + committees(elsewhere)
					+ "）报送申报材料，同时向两个及以上评委会申报的，取消推荐申报资格");
		}
		return RuleResult.fail(A4, "本年度已报送一次职称晋升申报（评委会" + committees(others) + "），每人每年只能申报一次");
	}

	private static Track other(Track track) {
		return track == Track.GENERAL ? Track.DIRECTED : Track.GENERAL;
	}

	private static String committees(List<OtherApplication> applications) {
		Set<String> codes = new LinkedHashSet<>();
		applications.forEach(a -> codes.add(a.committeeCode() == null ? "未知" : a.committeeCode()));
		return String.join("、", codes);
	}

}
