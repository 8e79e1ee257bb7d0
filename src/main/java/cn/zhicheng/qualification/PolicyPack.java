package cn.zhicheng.qualification;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.organisation.UnitLevel;
import cn.zhicheng.qualification.ApplicantFacts.EmploymentKind;

/**
 * A policy pack: jurisdiction + review years + track, as data (config/policy-packs/*.yaml) an administrator
 * edits without code. The rules themselves are Java; a pack switches them on and gives them their
 * parameters and the rule ids of its own rule book (DY…, DG…, DB…, G…). A section left out of the file
 * switches its rule off.
 *
 * @param id stable id, e.g. YUNNAN-2020-DIRECTED
 * @param name Chinese name shown to people
 * @param track the track the pack serves
 * @param jurisdiction where the pack applies (selection and A1)
 * @param reviewYears review years the pack applies to
 * @param sources the policy documents the pack is drawn from
 * @param generalRules the rule-book rules that apply as they are: {@link #GENERAL_RULES}
 * @param countyReviewedLevels A3: levels reviewed by county committees (where the county entrustment
 * letter matters)
 * @param scope who may apply under the pack (DY1, DG1, DB1)
 * @param exclusion persons excluded beyond A6 (DY2)
 * @param trackExclusivity no directed and general application in the same year (DY4, DG6, DB3)
 * @param directedQuota the directed post quota (DY7, DB5)
 * @param educationRelaxation relaxed education in the baseline decision table (DG2)
 * @param earlyApplication apply one year early after cumulative years in the area (DG3)
 * @param assessmentReduction fewer required years per assessed year (DY5, 迪庆)
 * @param alternativeConditions units whose education and years may follow another document (000: 州级单位
 * 参照云人社发〔2014〕106号)
 * @param hardshipAreas measures for border and hardship areas (G1)
 * @param baseLevelRecognition base-level-valid 副高 after long township service (G2)
 * @param ruralService required rural service for senior titles (G3)
 * @param povertyAlleviation poverty-alleviation service (G4)
 * @param postdocRecognition direct recognition of enterprise postdocs (G5)
 * @param directedTitleBasis whether a directed title is a basis for a higher general title (DY9, DB9)
 * @param notices informational measures reported as passed (DG4, DY11, A20)
 * @param deadlines after-meeting deadlines (R3, PF1, PF2, PF3, C3, DY10, DB8); null: {@link PackDeadlines#DEFAULTS}
 * @param certification the qualification document's deadline and where a directed certificate is valid (C1,
 * C4, DY3, DY10, DG6, DB2)
 */
public record PolicyPack(String id, String name, Track track, Jurisdiction jurisdiction, YearRange reviewYears,
		List<String> sources, List<String> generalRules, List<TitleLevel> countyReviewedLevels, Scope scope,
		Exclusion exclusion, RuleRef trackExclusivity, DirectedQuota directedQuota, RuleRef educationRelaxation,
		EarlyApplication earlyApplication, AssessmentReduction assessmentReduction,
		AlternativeConditions alternativeConditions, HardshipAreas hardshipAreas,
		BaseLevelRecognition baseLevelRecognition, RuralService ruralService, PovertyAlleviation povertyAlleviation,
		PostdocRecognition postdocRecognition, DirectedTitleBasis directedTitleBasis, List<Notice> notices,
		PackDeadlines deadlines, CertificationPolicy certification) {

	/** Rule-book rules a pack may list in {@code generalRules}; BASE is the baseline series conditions. */
	public static final Set<String> GENERAL_RULES = Set.of("X1", "A1", "A2", "A3", "A4", "A6", "A7", "A8", "A10",
			"A11", "A13", "A19", "BASE");

	public PolicyPack {
		sources = sources == null ? List.of() : List.copyOf(sources);
		generalRules = generalRules == null ? List.of() : List.copyOf(generalRules);
		countyReviewedLevels = countyReviewedLevels == null ? List.of() : List.copyOf(countyReviewedLevels);
		notices = notices == null ? List.of() : List.copyOf(notices);
	}

	public boolean applies(String rule) {
		return this.generalRules.contains(rule);
	}

	/** Whether the pack serves an application of this track, region and year. */
	public boolean covers(Track track, String regionCode, int reviewYear) {
		return this.track == track && this.jurisdiction.contains(regionCode) && this.reviewYears.contains(reviewYear);
	}

	/**
	 * A region given by its GB/T 2260 code or a prefix of it: "53" a province, "5334" a prefecture, "530326"
	 * a county.
	 */
	public record Region(String code, String name) {

		public boolean contains(String regionCode) {
			return regionCode != null && regionCode.startsWith(this.code);
		}

		static boolean anyContains(List<Region> regions, String regionCode) {
			return regions.stream().anyMatch(r -> r.contains(regionCode));
		}

	}

	/** Where a pack applies: a name and region code prefixes. */
	public record Jurisdiction(String name, List<String> regionPrefixes) {

		public Jurisdiction {
			regionPrefixes = regionPrefixes == null ? List.of() : List.copyOf(regionPrefixes);
		}

		public boolean contains(String regionCode) {
			return regionCode != null && this.regionPrefixes.stream().anyMatch(regionCode::startsWith);
		}

		/** Length of the longest prefix that matches, 0 when none: the more specific pack wins. */
		int specificity(String regionCode) {
			return this.regionPrefixes.stream()
				.filter(p -> regionCode != null && regionCode.startsWith(p))
				.mapToInt(String::length)
				.max()
				.orElse(0);
		}

	}

	/** Review years from and to, both inclusive; {@code to} null means open-ended. */
	public record YearRange(Integer from, Integer to) {

		public boolean contains(int year) {
			return (this.from == null || year >= this.from) && (this.to == null || year <= this.to);
		}

		String label() {
			if (this.to == null) {
				return this.from + "年起";
			}
			return this.from.equals(this.to) ? this.from + "年度" : this.from + "—" + this.to + "年";
		}

	}

	/** A rule switched on with no parameters but its id. */
	public record RuleRef(String rule) {
	}

	/**
	 * Who may apply: regions, levels, series and employment kinds; an empty list means no limit.
	 */
	public record Scope(String rule, List<Region> regions, List<TitleLevel> levels, List<String> series,
			List<EmploymentKind> employmentKinds) {

		public Scope {
			regions = regions == null ? List.of() : List.copyOf(regions);
			levels = levels == null ? List.of() : List.copyOf(levels);
			series = series == null ? List.of() : List.copyOf(series);
			employmentKinds = employmentKinds == null ? List.of() : List.copyOf(employmentKinds);
		}

	}

	/** Excluded employment kinds and the legal retirement age (DY2). */
	public record Exclusion(String rule, List<EmploymentKind> employmentKinds, RetirementAge retirementAge) {

		public Exclusion {
			employmentKinds = employmentKinds == null ? List.of() : List.copyOf(employmentKinds);
		}

	}

	/** Legal retirement age in years at the time of the pack. */
	public record RetirementAge(int male, int female) {
	}

	/** How the directed quota is found. */
	public enum QuotaBasis {

		/** A percentage of the unit's intermediate-title staff by unit level, whole posts (floor). DY7. */
		PERCENT_OF_INTERMEDIATE_STAFF,

		/** The number of posts approved for the unit (QualificationData). DB5. */
		APPROVED_POSTS

	}

	/** The directed post quota for the levels listed. */
	public record DirectedQuota(String rule, QuotaBasis basis, Map<UnitLevel, Integer> percentByUnitLevel,
			List<TitleLevel> levels) {

		public DirectedQuota {
			percentByUnitLevel = percentByUnitLevel == null ? Map.of() : Map.copyOf(percentByUnitLevel);
			levels = levels == null ? List.of() : List.copyOf(levels);
		}

	}

	/** Apply {@code monthsEarly} earlier after at least the given cumulative years in the area, per level. */
	public record EarlyApplication(String rule, Map<TitleLevel, Integer> minimumYearsInArea, int monthsEarly) {

		public EarlyApplication {
			minimumYearsInArea = minimumYearsInArea == null ? Map.of() : Map.copyOf(minimumYearsInArea);
		}

	}

	/** In the regions listed, each full year in post assessed 合格 or better shortens the years required. */
	public record AssessmentReduction(String rule, List<Region> regions, int monthsPerQualifyingYear) {

		public AssessmentReduction {
			regions = regions == null ? List.of() : List.copyOf(regions);
		}

	}

	/** Units at these levels may meet education and years under another document: failures go to review. */
	public record AlternativeConditions(String rule, List<UnitLevel> unitLevels, String basis) {

		public AlternativeConditions {
			unitLevels = unitLevels == null ? List.of() : List.copyOf(unitLevels);
		}

	}

	/** Border and hardship areas (G1): exceptional applications, township graduates apply earlier. */
	public record HardshipAreas(String rule, List<Region> regions, int townshipGraduateMonthsEarly, String note) {

		public HardshipAreas {
			regions = regions == null ? List.of() : List.copyOf(regions);
		}

	}

	/** G2: after long continuous township service in these series a committee may recognise a 副高. */
	public record BaseLevelRecognition(String rule, List<String> series, int minimumTownshipYears) {

		public BaseLevelRecognition {
			series = series == null ? List.of() : List.copyOf(series);
		}

	}

	/** G3: rural service required for these series and levels. */
	public record RuralService(String rule, List<String> series, List<TitleLevel> levels, int minimumYears) {

		public RuralService {
			series = series == null ? List.of() : List.copyOf(series);
			levels = levels == null ? List.of() : List.copyOf(levels);
		}

	}

	/** G4: priority; in these series the service years count as rural service. */
	public record PovertyAlleviation(String rule, List<String> ruralServiceSeries) {

		public PovertyAlleviation {
			ruralServiceSeries = ruralServiceSeries == null ? List.of() : List.copyOf(ruralServiceSeries);
		}

	}

	/** G5: direct recognition of the level for funded enterprise postdocs staying in the enterprise. */
	public record PostdocRecognition(String rule, TitleLevel level) {
	}

	/** DY9, DB9: the verdict when a directed title is the basis for a higher general title. */
	public record DirectedTitleBasis(String rule, Outcome outcome, String note) {
	}

	/** An informational measure, reported as passed for the levels listed (all when empty). */
	public record Notice(String rule, List<TitleLevel> levels, String message) {

		public Notice {
			levels = levels == null ? List.of() : List.copyOf(levels);
		}

	}

}
