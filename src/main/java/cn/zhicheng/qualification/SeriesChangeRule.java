package cn.zhicheng.qualification;

import java.util.List;

import cn.zhicheng.qualification.ApplicantFacts.CurrentTitle;
import cn.zhicheng.qualification.ApplicantFacts.SeriesChange;

/**
 * A11: a series change (转评) is to the same level in the new series after a unit assessment; years in the old
 * and new title add up. A higher level in another series needs the change first.
 */
final class SeriesChangeRule implements QualificationRule {

	static final String A11 = "A11";

	@Override
	public List<RuleResult> check(RuleContext context) {
		if (!context.pack().applies(A11)) {
			return List.of();
		}
		ApplicantFacts facts = context.facts();
		CurrentTitle current = facts.currentTitle();
		if (current == null || current.series() == null || current.series().equals(facts.targetSeries())) {
			return List.of(RuleResult.pass(A11, "未变更职称系列"));
		}
		int step = facts.targetLevel().ordinal() - current.level().ordinal();
		String from = current.series() + current.level().label();
		if (step == 0) {
			SeriesChange change = facts.seriesChange();
			if (change != null && change.unitAssessmentPassed()) {
				return List.of(RuleResult.pass(A11, "由" + from + "转评为" + facts.targetSeries() + "同级职称，已经单位考核合格；转评前后同级职称任职时间可累计计算"));
			}
			return List.of(RuleResult.fail(A11, "由" + from + "转评为" + facts.targetSeries() + "同级职称，须先经单位考核合格"));
		}
		if (step > 0) {
			return List.of(RuleResult.fail(A11, "现职称为" + from + "，申报" + facts.targetSeries() + facts.targetLevel().label()
					+ "须先转评为" + facts.targetSeries() + "同级职称，再申报晋升"));
		}
		return List.of(RuleResult.pass(A11, "不适用（申报级别低于现职称，见BASE-LEVEL）"));
	}

}
