package cn.zhicheng.qualification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The qualification check (Q1): every rule of the applicable policy pack, each with PASS, FAIL or REVIEW and a
 * Chinese reason naming the rule. Knows nothing of Camunda's process engine; the caller (a delegate, the
 * precheck API) maps its data onto {@link ApplicantFacts}.
 *
 * <p>
 * The pack is chosen by track, region and review year ({@link PolicyPacks#select}). When none applies, a
 * directed application fails (directed evaluation exists only under a policy) and a general application goes
 * to human review (rule PACK), since no rules are configured for that place and year.
 */
public class QualificationService {

	/** The rule id of the result reported when no policy pack applies. */
	public static final String NO_PACK_RULE = "PACK";

	private final Supplier<PolicyPacks> packs;

	private final BaselineConditions baseline;

	private final QualificationData data;

	private final List<QualificationRule> rules = List.of(new IntegrityRecordRule(), new ScopeRule(),
			new ExcludedPersonsRule(), new PunishmentRule(), new EntrustmentRule(), new ExclusivityRule(),
			new PostVacancyRule(), new DirectedQuotaRule(), new DeclarationRule(), new SeriesChangeRule(),
			new ProfessionalQualificationRule(), new DirectedTitleBasisRule(), new BaselineRule(),
			new RuralServiceRule(), new NoticeRule());

	public QualificationService(PolicyPacks packs, BaselineConditions baseline, QualificationData data) {
		this(constant(Objects.requireNonNull(packs, "packs")), baseline, data);
	}

	/**
	 * @param packs the packs in force at each check, e.g. {@link PolicyPackDirectory}, which an administrator
	 * changes without restart; each check reads it once
	 */
	public QualificationService(Supplier<PolicyPacks> packs, BaselineConditions baseline, QualificationData data) {
		this.packs = Objects.requireNonNull(packs, "packs");
		this.baseline = Objects.requireNonNull(baseline, "baseline");
		this.data = Objects.requireNonNull(data, "data");
	}

	/** Checks the application under the pack for its track, region and review year. */
	public QualificationReport check(ApplicantFacts facts) {
		return this.packs.get().select(facts.track(), facts.regionCode(), facts.reviewYear())
			.map(pack -> check(facts, pack))
			.orElseGet(() -> noPack(facts));
	}

	/** Checks the application under a named pack, e.g. when a committee office re-checks under another one. */
	public QualificationReport check(ApplicantFacts facts, String packId) {
		PolicyPack pack = this.packs.get().byId(packId)
			.orElseThrow(() -> new IllegalArgumentException("政策包不存在：" + packId));
		return check(facts, pack);
	}

	private QualificationReport check(ApplicantFacts facts, PolicyPack pack) {
		RuleContext context = new RuleContext(facts, pack, this.data, this.baseline.current());
		List<RuleResult> results = new ArrayList<>();
		for (QualificationRule rule : this.rules) {
			results.addAll(rule.check(context));
		}
		return QualificationReport.of(pack.id(), results);
	}

	private static Supplier<PolicyPacks> constant(PolicyPacks packs) {
		return () -> packs;
	}

	private static QualificationReport noPack(ApplicantFacts facts) {
		String what = facts.reviewYear() + "年度" + facts.track().label() + "申报（工作地" + facts.regionCode() + "）";
		RuleResult result = facts.track() == Track.DIRECTED
				? RuleResult.fail(NO_PACK_RULE, "没有适用于" + what + "的定向评价政策，不能申报定向评价职称")
				: RuleResult.review(NO_PACK_RULE, "没有适用于" + what + "的政策包，请人工进行资格审查");
		return QualificationReport.of(null, List.of(result));
	}

}
