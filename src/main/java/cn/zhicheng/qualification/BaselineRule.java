package cn.zhicheng.qualification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.qualification.ApplicantFacts.AnnualAssessment;
import cn.zhicheng.qualification.ApplicantFacts.CurrentTitle;
import cn.zhicheng.qualification.BaselineConditions.Requirement;
import cn.zhicheng.qualification.PolicyPack.AlternativeConditions;
import cn.zhicheng.qualification.PolicyPack.AssessmentReduction;
import cn.zhicheng.qualification.PolicyPack.BaseLevelRecognition;
import cn.zhicheng.qualification.PolicyPack.EarlyApplication;
import cn.zhicheng.qualification.PolicyPack.HardshipAreas;
import cn.zhicheng.qualification.PolicyPack.PostdocRecognition;
import cn.zhicheng.qualification.PolicyPack.Region;

/**
 * The baseline series conditions (domain.md) and the pack measures that change them.
 * <ul>
 * <li>BASE-LEVEL: one level at a time; a first title is 初级; a series change (A11) or a directed title's
 * holder applying for the same-level general title (DY9, DB9) stays at the level. Skipping a level is an
 * exceptional application (破格) for a committee to judge, else it fails.</li>
 * <li>BASE-EDU: the education accepted for the level, from the decision table (relaxed by DG2).</li>
 * <li>BASE-YEARS: years in the lower title (for 初级: years of work after graduation), counted up to 12-31 of
 * the review year (A9), shortened by DY5 (迪庆: half a year per full year in post assessed 合格 or better),
 * DG3 (a year early after cumulative years in the area) and G1 (township graduates' first application a year
 * early). All reductions add up; the requirement never drops below zero.</li>
 * </ul>
 * An education or years failure becomes REVIEW when a person may still admit the application: an exceptional
 * application (破格, G1), G2 (a base-level-valid 副高 after 10 years at township level), or a unit whose
 * conditions may follow another document (000: 州级单位参照云人社发〔2014〕106号). G5 (enterprise postdoc) replaces
 * the baseline by direct recognition, which a person confirms.
 */
final class BaselineRule implements QualificationRule {

	static final String BASE = "BASE";

	static final String LEVEL = "BASE-LEVEL";

	static final String EDU = "BASE-EDU";

	static final String YEARS = "BASE-YEARS";

	/** How the target level relates to the current title. */
	enum Step {

		FIRST_TITLE, PROMOTION, SKIP, SERIES_CHANGE, GENERAL_CONVERSION, SAME_LEVEL, LOWER

	}

	/** A shortening of the years required, and the rule that grants it. */
	record Reduction(String rule, int months) {
	}

	@Override
	public List<RuleResult> check(RuleContext context) {
		if (!context.pack().applies(BASE)) {
			return List.of();
		}
		ApplicantFacts facts = context.facts();
		PolicyPack pack = context.pack();
		List<RuleResult> results = new ArrayList<>();
		PostdocRecognition postdoc = pack.postdocRecognition();
		if (postdoc != null && directRecognition(facts, postdoc)) {
			results.add(RuleResult.review(postdoc.rule(), "企业博士后获中国博士后科学基金资助或主持省部级以上科研项目、出站后留在企业工作的，可直接认定"
					+ postdoc.level().label() + "职称，不适用一般学历、资历条件；请评委会组建部门核实资助或项目证明后认定"));
			return results;
		}
		Step step = step(facts);
		boolean relaxed = pack.educationRelaxation() != null && step != Step.GENERAL_CONVERSION;
		Optional<Requirement> requirement = context.baseline()
			.requirement(facts.targetLevel(), facts.education().level(), relaxed);
		List<Reduction> reductions = reductions(context, step);

		results.add(level(context, step));
		boolean rawFailure = false;
		if (step == Step.FIRST_TITLE || step == Step.PROMOTION || step == Step.SKIP
				|| step == Step.GENERAL_CONVERSION) {
			Verdict education = education(context, requirement, relaxed);
			rawFailure |= !education.passed();
			results.add(education.toResult(EDU, context, step));
			if (requirement.isPresent()) {
				Verdict years = years(context, step, requirement.get(), reductions);
				rawFailure |= !years.passed() && years.outcome() != Outcome.REVIEW;
				results.add(years.toResult(YEARS, context, step));
			}
		}
		else if (step == Step.SERIES_CHANGE) {
			results.add(RuleResult.pass(YEARS, "转评为同级职称，不另计任职年限；转评前后同级职称任职时间可累计计算（A11）"));
		}
		addMeasures(context, step, requirement, reductions, rawFailure, results);
		return results;
	}

	static Step step(ApplicantFacts facts) {
		CurrentTitle current = facts.currentTitle();
		if (current == null) {
			return facts.targetLevel() == TitleLevel.JUNIOR ? Step.FIRST_TITLE : Step.SKIP;
		}
		int diff = facts.targetLevel().ordinal() - current.level().ordinal();
		if (diff == 1) {
			return Step.PROMOTION;
		}
		if (diff > 1) {
			return Step.SKIP;
		}
		if (diff < 0) {
			return Step.LOWER;
		}
		if (current.series() != null && !current.series().equals(facts.targetSeries())) {
			return Step.SERIES_CHANGE;
		}
		return current.directed() && facts.track() == Track.GENERAL ? Step.GENERAL_CONVERSION : Step.SAME_LEVEL;
	}

	private static boolean directRecognition(ApplicantFacts facts, PostdocRecognition postdoc) {
		return facts.enterprisePostdocFunded() && facts.targetLevel() == postdoc.level()
				&& facts.employmentKind().isEnterprise();
	}

	private static RuleResult level(RuleContext context, Step step) {
		ApplicantFacts facts = context.facts();
		String target = facts.targetLevel().label();
		String current = facts.currentTitle() == null ? "无职称" : facts.currentTitle().level().label();
		return switch (step) {
			case FIRST_TITLE -> RuleResult.pass(LEVEL, "首次申报初级职称");
			case PROMOTION -> RuleResult.pass(LEVEL, "由" + current + "晋升" + target + "，逐级申报");
			case SKIP -> facts.exceptionalApplication()
					? RuleResult.review(LEVEL, "破格申报" + target + "（现为" + current + "）" + exceptionalBasis(context)
							+ "，须评委会审核破格条件")
					: RuleResult.fail(LEVEL, "须逐级申报：现为" + current + "，不得越级申报" + target);
			case SERIES_CHANGE -> RuleResult.pass(LEVEL, "转评为" + facts.targetSeries() + "同级职称（见A11）");
			case GENERAL_CONVERSION -> RuleResult.pass(LEVEL, "申报与现定向评价职称同级的通用职称");
			case SAME_LEVEL -> RuleResult.fail(LEVEL, "已具有" + target + "职称，不能重复申报同级职称");
			case LOWER -> RuleResult.fail(LEVEL, "申报级别（" + target + "）低于现有职称（" + current + "）");
		};
	}

	/** An intermediate verdict on education or years before the leniency measures are applied. */
	private record Verdict(Outcome outcome, String reason, boolean lenientAllowed) {

		boolean passed() {
			return this.outcome == Outcome.PASS;
		}

		RuleResult toResult(String rule, RuleContext context, Step step) {
			if (this.outcome != Outcome.FAIL || !this.lenientAllowed) {
				return RuleResult.of(rule, this.outcome, this.reason);
			}
			Optional<String> lenience = lenience(context, step);
			return lenience.map(why -> RuleResult.review(rule, this.reason + "；" + why))
				.orElseGet(() -> RuleResult.fail(rule, this.reason));
		}

	}

	private static Verdict education(RuleContext context, Optional<Requirement> requirement, boolean relaxed) {
		ApplicantFacts facts = context.facts();
		String education = facts.education().level().label();
		String target = facts.targetLevel().label();
		if (requirement.isPresent()) {
			String basis = BASE.equals(requirement.get().basis()) ? "" : "（" + requirement.get().basis() + "放宽学历）";
			return new Verdict(Outcome.PASS, education + "学历符合申报" + target + "的学历条件" + basis, false);
		}
		List<String> accepted = context.baseline()
			.acceptedEducations(facts.targetLevel(), relaxed)
			.stream()
			.map(ApplicantFacts.EducationLevel::label)
			.toList();
		String need = accepted.isEmpty() ? "不接受任何学历（请检查基本申报条件决策表）" : "须具备" + String.join("、", accepted) + "学历之一";
		return new Verdict(Outcome.FAIL, "申报" + target + need + "，现为" + education, true);
	}

	private static Verdict years(RuleContext context, Step step, Requirement requirement, List<Reduction> reductions) {
		ApplicantFacts facts = context.facts();
		int reviewYear = facts.reviewYear();
		String cutOff = "计至" + reviewYear + "年12月31日，A9";
		if (step == Step.SKIP) {
			String lower = RuleContext.lowerLabel(facts.targetLevel());
			return new Verdict(Outcome.FAIL, "未取得" + lower + "职称，无法计算取得" + lower + "职称后的任职年限", facts.exceptionalApplication());
		}
		if (step == Step.GENERAL_CONVERSION) {
			return new Verdict(Outcome.REVIEW, "申报同级通用职称，须核实取得" + RuleContext.lowerLabel(facts.targetLevel())
					+ "职称后的任职年限（通用条件，不适用定向放宽）", false);
		}
		LocalDate from;
		String what;
		if (step == Step.FIRST_TITLE) {
			from = later(facts.workStartDate(), facts.education().graduatedOn());
			what = "毕业后从事专业技术工作";
			if (from == null) {
				return new Verdict(Outcome.REVIEW, "未填写参加工作时间和毕业时间，无法计算工作年限", false);
			}
		}
		else {
			from = facts.currentTitle().countedFrom();
			what = "取得" + facts.currentTitle().level().label() + "职称后";
			if (from == null) {
				return new Verdict(Outcome.REVIEW, "未填写现职称取得时间，无法计算任职年限", false);
			}
		}
		int months = ServiceYears.months(from, reviewYear);
		int base = requirement.requiredYears() * 12;
		int shortened = reductions.stream().mapToInt(Reduction::months).sum();
		int required = Math.max(0, base - shortened);
		String basis = BASE.equals(requirement.basis()) ? "" : "（" + requirement.basis() + "）";
		String requirementText = "要求" + ServiceYears.format(required);
		if (reductions.isEmpty()) {
			requirementText += basis;
		}
		else {
			List<String> parts = new ArrayList<>();
			parts.add("基本要求" + ServiceYears.format(base) + basis);
			reductions.forEach(r -> parts.add(r.rule() + "缩短" + ServiceYears.format(r.months())));
			requirementText += "（" + String.join("，", parts) + "）";
		}
		String text = what + ServiceYears.format(months) + "（" + cutOff + "），" + requirementText;
		if (months >= required) {
			return new Verdict(Outcome.PASS, text, false);
		}
		return new Verdict(Outcome.FAIL, "年限不足：" + text, true);
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}

	/** Why a failed education or years requirement may still be admitted by a person, if it may. */
	private static Optional<String> lenience(RuleContext context, Step step) {
		ApplicantFacts facts = context.facts();
		PolicyPack pack = context.pack();
		if (facts.exceptionalApplication()) {
			return Optional.of("破格申报" + exceptionalBasis(context) + "，须评委会审核破格条件");
		}
		if (step == Step.SKIP) {
			return Optional.empty();
		}
		if (baseLevelRecognitionApplies(context)) {
			BaseLevelRecognition g2 = pack.baseLevelRecognition();
			return Optional.of(g2.rule() + "：取得中级职称后连续在乡镇工作满" + g2.minimumTownshipYears()
					+ "年，可由评委会考核认定为基层有效的副高级职称");
		}
		AlternativeConditions alternative = pack.alternativeConditions();
		if (alternative != null && facts.unit().level() != null && alternative.unitLevels().contains(facts.unit().level())) {
			return Optional.of(alternative.rule() + "：" + facts.unit().level().label() + "单位申报人员学历、资历条件可参照"
					+ alternative.basis() + "执行，请人工核实");
		}
		return Optional.empty();
	}

	private static String exceptionalBasis(RuleContext context) {
		HardshipAreas hardship = context.pack().hardshipAreas();
		if (hardship != null && Region.anyContains(hardship.regions(), context.facts().regionCode())) {
			return "（" + hardship.rule() + "：艰苦边远地区作出突出贡献的可破格申报）";
		}
		return "";
	}

	private static boolean baseLevelRecognitionApplies(RuleContext context) {
		BaseLevelRecognition g2 = context.pack().baseLevelRecognition();
		ApplicantFacts facts = context.facts();
		return g2 != null && facts.currentTitle() != null && facts.currentTitle().level() == TitleLevel.INTERMEDIATE
				&& facts.targetLevel() == TitleLevel.ASSOCIATE_SENIOR && context.targetSeriesIn(g2.series())
				&& facts.townshipYearsAfterIntermediate() >= g2.minimumTownshipYears();
	}

	private static List<Reduction> reductions(RuleContext context, Step step) {
		List<Reduction> reductions = new ArrayList<>();
		if (step != Step.FIRST_TITLE && step != Step.PROMOTION) {
			return reductions;
		}
		PolicyPack pack = context.pack();
		ApplicantFacts facts = context.facts();
		AssessmentReduction assessment = pack.assessmentReduction();
		if (assessment != null && step == Step.PROMOTION && Region.anyContains(assessment.regions(), facts.regionCode())) {
			int qualifying = qualifyingYears(facts).size();
			if (qualifying > 0) {
				reductions.add(new Reduction(assessment.rule(), qualifying * assessment.monthsPerQualifyingYear()));
			}
		}
		EarlyApplication early = pack.earlyApplication();
		if (early != null && step == Step.PROMOTION && earlyApplicationApplies(facts, early)) {
			reductions.add(new Reduction(early.rule(), early.monthsEarly()));
		}
		HardshipAreas hardship = pack.hardshipAreas();
		if (hardship != null && facts.townshipGraduateFirstApplication()
				&& Region.anyContains(hardship.regions(), facts.regionCode())) {
			reductions.add(new Reduction(hardship.rule(), hardship.townshipGraduateMonthsEarly()));
		}
		return reductions;
	}

	/**
	 * DY5: the calendar years wholly in the current level (counted from {@link CurrentTitle#countedFrom()}) up
	 * to the review year whose annual assessment is 合格 or better. Each is a full year in post that passed.
	 */
	static List<Integer> qualifyingYears(ApplicantFacts facts) {
		LocalDate from = facts.currentTitle() == null ? null : facts.currentTitle().countedFrom();
		if (from == null) {
			return List.of();
		}
		return facts.assessments()
			.stream()
			.filter(a -> a.result().competentOrBetter())
			.map(AnnualAssessment::year)
			.filter(year -> year <= facts.reviewYear() && !LocalDate.of(year, 1, 1).isBefore(from))
			.distinct()
			.sorted()
			.toList();
	}

	private static boolean earlyApplicationApplies(ApplicantFacts facts, EarlyApplication early) {
		Integer minimum = early.minimumYearsInArea().get(facts.targetLevel());
		return minimum != null && facts.yearsInDirectedArea() >= minimum;
	}

	/** The pack measures' own verdicts (DG2, DG3, DY5, G1, G2, G5), so reviewers see which applied. */
	private static void addMeasures(RuleContext context, Step step, Optional<Requirement> requirement,
			List<Reduction> reductions, boolean rawFailure, List<RuleResult> results) {
		PolicyPack pack = context.pack();
		ApplicantFacts facts = context.facts();
		String target = facts.targetLevel().label();
		if (pack.educationRelaxation() != null) {
			String rule = pack.educationRelaxation().rule();
			if (requirement.isPresent() && rule.equals(requirement.get().basis())) {
				results.add(RuleResult.pass(rule, "学历放宽：" + facts.education().level().label() + "申报" + target + "，须取得"
						+ RuleContext.lowerLabel(facts.targetLevel()) + "职称满" + requirement.get().requiredYears() + "年"));
			}
			else {
				results.add(RuleResult.pass(rule, "未适用放宽学历条件"));
			}
		}
		EarlyApplication early = pack.earlyApplication();
		if (early != null) {
			Integer minimum = early.minimumYearsInArea().get(facts.targetLevel());
			if (minimum == null || step != Step.PROMOTION) {
				results.add(RuleResult.pass(early.rule(), "不适用（" + target + "不适用提前申报）"));
			}
			else if (reductions.stream().anyMatch(r -> r.rule().equals(early.rule()))) {
				results.add(RuleResult.pass(early.rule(), "在本地区累计工作" + facts.yearsInDirectedArea() + "年（满" + minimum
						+ "年），可提前" + ServiceYears.format(early.monthsEarly()) + "申报" + target));
			}
			else {
				results.add(RuleResult.pass(early.rule(), "不适用（在本地区累计工作" + facts.yearsInDirectedArea() + "年，提前申报" + target
						+ "须满" + minimum + "年）"));
			}
		}
		AssessmentReduction assessment = pack.assessmentReduction();
		if (assessment != null) {
			if (!Region.anyContains(assessment.regions(), facts.regionCode())) {
				results.add(RuleResult.pass(assessment.rule(), "履职年限缩短不适用（仅"
						+ String.join("、", assessment.regions().stream().map(Region::name).toList()) + "）"));
			}
			else if (step != Step.PROMOTION) {
				results.add(RuleResult.pass(assessment.rule(), "履职年限缩短仅适用于晋升申报"));
			}
			else {
				List<Integer> years = qualifyingYears(facts);
				results.add(RuleResult.pass(assessment.rule(), "履职每满1年且年度考核合格以上的缩短" + ServiceYears.format(
						assessment.monthsPerQualifyingYear()) + "：符合" + years.size() + "年" + (years.isEmpty() ? ""
								: "（" + String.join("、", years.stream().map(String::valueOf).toList()) + "年度）")
						+ "，履职年限要求缩短" + ServiceYears.format(years.size() * assessment.monthsPerQualifyingYear())));
			}
		}
		HardshipAreas hardship = pack.hardshipAreas();
		if (hardship != null) {
			results.add(hardshipAreas(context, hardship));
		}
		BaseLevelRecognition g2 = pack.baseLevelRecognition();
		if (g2 != null) {
			if (!baseLevelRecognitionApplies(context)) {
				results.add(RuleResult.pass(g2.rule(), "不适用（限" + String.join("、", g2.series()) + "等系列中级晋升副高级，取得中级职称后连续在乡镇工作满"
						+ g2.minimumTownshipYears() + "年，现为" + facts.townshipYearsAfterIntermediate() + "年）"));
			}
			else if (rawFailure && !facts.exceptionalApplication()) {
				results.add(RuleResult.review(g2.rule(), "取得中级职称后连续在乡镇工作" + facts.townshipYearsAfterIntermediate()
						+ "年，不符合一般条件，可由评委会考核认定为基层有效的副高级职称"));
			}
			else {
				results.add(RuleResult.pass(g2.rule(), "取得中级职称后连续在乡镇工作" + facts.townshipYearsAfterIntermediate()
						+ "年，可认定基层有效副高级职称；本申报按一般条件审查"));
			}
		}
		PostdocRecognition postdoc = pack.postdocRecognition();
		if (postdoc != null) {
			results.add(RuleResult.pass(postdoc.rule(), facts.enterprisePostdocFunded()
					? "企业博士后直接认定仅适用于申报" + postdoc.level().label() + "且出站后留在企业工作的人员，本申报按一般条件审查"
					: "不适用（非企业博士后直接认定）"));
		}
	}

	private static RuleResult hardshipAreas(RuleContext context, HardshipAreas hardship) {
		ApplicantFacts facts = context.facts();
		Optional<Region> region = hardship.regions().stream().filter(r -> r.contains(facts.regionCode())).findFirst();
		if (region.isEmpty()) {
			String note = hardship.note() == null || hardship.note().isBlank() ? "" : "；" + hardship.note();
			return RuleResult.pass(hardship.rule(), "不适用（" + context.regionLabel() + "不在边境县、迪庆州、怒江州等艰苦边远地区名单内"
					+ note + "）");
		}
		List<String> parts = new ArrayList<>();
		parts.add(region.get().name() + "属艰苦边远地区：论文、职称外语和计算机应用能力不作为限制性条件");
		if (facts.townshipGraduateFirstApplication()) {
			parts.add("乡镇及以下工作的普通高校毕业生首次申报可提前" + ServiceYears.format(hardship.townshipGraduateMonthsEarly()));
		}
		if (facts.exceptionalApplication()) {
			parts.add("作出突出贡献的可破格申报，须评委会审核破格条件");
			return RuleResult.review(hardship.rule(), String.join("；", parts));
		}
		return RuleResult.pass(hardship.rule(), String.join("；", parts));
	}

}
