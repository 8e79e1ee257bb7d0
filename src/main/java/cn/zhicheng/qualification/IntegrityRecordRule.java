package cn.zhicheng.qualification;

import java.util.List;
import java.util.Optional;

import cn.zhicheng.qualification.QualificationData.IntegrityRecordEntry;

/** X1: a person in the integrity record (诚信档案库) cannot apply. */
final class IntegrityRecordRule implements QualificationRule {

	static final String X1 = "X1";

	@Override
	public List<RuleResult> check(RuleContext context) {
		if (!context.pack().applies(X1)) {
			return List.of();
		}
		ApplicantFacts facts = context.facts();
		if (facts.idNumber() == null) {
			return List.of(RuleResult.review(X1, "未提供身份证号码，无法查询职称申报诚信档案库"));
		}
		Optional<IntegrityRecordEntry> entry = context.data().integrityRecordEntry(facts.idNumber(), facts.checkDate());
		if (entry.isPresent()) {
			IntegrityRecordEntry e = entry.get();
			String reason = e.reason() == null || e.reason().isBlank() ? "" : e.reason() + "，";
			String until = e.until() == null ? "" : "记录期至" + e.until();
			return List.of(RuleResult.fail(X1, "已列入职称申报诚信档案库（" + reason + until + "），不得申报"));
		}
		return List.of(RuleResult.pass(X1, "未列入职称申报诚信档案库"));
	}

}
