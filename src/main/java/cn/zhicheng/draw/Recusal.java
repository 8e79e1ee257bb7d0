package cn.zhicheng.draw;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who of a committee's pool may be drawn (E5, E6). A pool member is left out, with every reason that
 * applies, when
 * <ul>
 * <li>the expert is not active;</li>
 * <li>E5: the draw date is outside the expert's term;</li>
 * <li>E6 same unit: the expert works in the unit of an applicant of the committee that year;</li>
 * <li>E6 declared relation: a relation declared for the expert names an applicant (by ID number, or by
 * name and unit).</li>
 * </ul>
 * The candidates are the rest, sorted by login: the canonical order the draw algorithm starts from.
 * Pure: no engine, no database. Linear in pool, applicants and relations (issue 11: pools of 10 000).
 */
final class Recusal {

	/** Longest reason (V4's {@code zc_draw_exclusion.reason}; the candidate document keeps the limit). */
	static final int MAX_REASON = 500;

	private Recusal() {
	}

	record Screening(List<String> candidates, List<Exclusion> exclusions) {

		long excludedExperts() {
			return this.exclusions.stream().map(Exclusion::userId).distinct().count();
		}

	}

	static Screening screen(List<ExpertProfile> pool, List<Applicant> applicants, List<ExpertRelation> relations,
			LocalDate drawDate) {
		return screenMembers(pool.stream().map(PoolMember::of).toList(), applicants, relations, drawDate);
	}

	static Screening screenMembers(List<PoolMember> pool, List<Applicant> applicants, List<ExpertRelation> relations,
			LocalDate drawDate) {
		Map<String, List<Applicant>> byUnit = new HashMap<>();
		applicants.forEach(a -> byUnit.computeIfAbsent(a.unitCreditCode(), k -> new ArrayList<>()).add(a));
		Map<String, List<ExpertRelation>> byExpert = new HashMap<>();
		relations.forEach(r -> byExpert.computeIfAbsent(r.expertUserId(), k -> new ArrayList<>()).add(r));
		List<PoolMember> sorted = new ArrayList<>(pool);
		sorted.sort(Comparator.comparing(PoolMember::userId));
		List<String> candidates = new ArrayList<>(sorted.size());
		List<Exclusion> exclusions = new ArrayList<>();
		for (PoolMember expert : sorted) {
			List<Exclusion> reasons = reasons(expert, byUnit.getOrDefault(expert.employerCode(), List.of()),
					applicants, byExpert.getOrDefault(expert.userId(), List.of()), drawDate);
			if (reasons.isEmpty()) {
				candidates.add(expert.userId());
			}
			else {
				exclusions.addAll(reasons);
			}
		}
		return new Screening(List.copyOf(candidates), List.copyOf(exclusions));
	}

	/**
	 * The reasons to leave {@code expert} out: {@code colleagues} are the applicants of the expert's
	 * employer, {@code relations} the relations declared for the expert.
	 */
	private static List<Exclusion> reasons(PoolMember expert, List<Applicant> colleagues, List<Applicant> applicants,
			List<ExpertRelation> relations, LocalDate drawDate) {
		List<Exclusion> reasons = new ArrayList<>();
		if (!expert.active()) {
			reasons.add(new Exclusion(expert.userId(), ExclusionReason.INACTIVE, "专家已停用"));
		}
		if (expert.termStart() != null && drawDate.isBefore(expert.termStart())) {
			reasons.add(new Exclusion(expert.userId(), ExclusionReason.TERM_NOT_STARTED,
					"聘期自" + expert.termStart() + "起，抽取日" + drawDate + "尚未开始（E5）"));
		}
		if (expert.termEnd() != null && drawDate.isAfter(expert.termEnd())) {
			reasons.add(new Exclusion(expert.userId(), ExclusionReason.TERM_ENDED,
					"聘期至" + expert.termEnd() + "已满，抽取日为" + drawDate + "（E5）"));
		}
		if (!colleagues.isEmpty()) {
			// the applicants' unit is the expert's employer: its name comes with the applicants
			reasons.add(new Exclusion(expert.userId(), ExclusionReason.SAME_UNIT,
					fit("与本年度申报人", colleagues.stream().map(Applicant::label).toList(),
							"同在" + colleagues.get(0).unitName() + "工作（E6 同单位回避）")));
		}
		Map<String, String> declared = new LinkedHashMap<>();
		for (ExpertRelation relation : relations) {
			for (Applicant applicant : applicants) {
				if (relation.concerns(applicant)) {
					String what = relation.kind().label()
							+ (relation.description() == null ? "" : "：" + relation.description());
					declared.merge(applicant.label(), what, (a, b) -> a + "；" + b);
				}
			}
		}
		if (!declared.isEmpty()) {
			List<String> parts = declared.entrySet().stream().map(e -> e.getKey() + "存在" + e.getValue()).toList();
			reasons.add(new Exclusion(expert.userId(), ExclusionReason.DECLARED_RELATION,
					fit("已申报与本年度申报人", parts, "（E6 利害关系回避）")));
		}
		return reasons;
	}

	/** prefix + items joined with 、 + suffix, shortened to “…等N人” so it fits the column. */
	static String fit(String prefix, List<String> items, String suffix) {
		for (int shown = items.size(); shown >= 1; shown--) {
			String list = String.join("、", items.subList(0, shown));
			String more = shown < items.size() ? "等" + items.size() + "人" : "";
			String text = prefix + list + more + suffix;
			if (text.length() <= MAX_REASON) {
				return text;
			}
		}
		String text = prefix + items.size() + "人" + suffix;
		return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON);
	}

}
