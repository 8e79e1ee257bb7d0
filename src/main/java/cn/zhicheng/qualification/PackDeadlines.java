package cn.zhicheng.qualification;

import java.util.List;

import cn.zhicheng.common.TitleLevel;

/**
 * The after-meeting deadlines of a policy pack ({@code deadlines:} in config/policy-packs/*.yaml), all on
 * the working-day calendar except the appointment's calendar months. A field left out takes the general
 * default of {@link #DEFAULTS}; a pack without the block uses the defaults entirely.
 *
 * @param resultPublicityStartWorkingDays R3: the result publicity starts within this many working days
 * after the meeting (3 for Yunnan directed, DY10)
 * @param resultPublicityRule the rule id shown with that deadline (R3, DY10)
 * @param postFilingWorkingDaysAfterMeeting PF1: the post-filing is approved within this many working days
 * after the meeting (20)
 * @param postFilingWorkingDaysAfterPublicity PF2: where set, the post-filing is due this many working days
 * after the result publicity ends instead (5 for Yunnan directed, DY10)
 * @param postFilingRule the rule id shown with the post-filing deadline (PF1, PF2, DY10)
 * @param appointmentMonths C3, DB8: the unit appoints and starts pay within this many months of the
 * qualification document (1 Yunnan, 2 Bazhou)
 * @param appointmentRule the rule id shown with the appointment deadline (C3, DY10, DB8)
 * @param postFilingRoute PF3, DB6: who checks and files the post-filing, for the levels listed; null: the
 * committee's own filing authority approves
 */
public record PackDeadlines(Integer resultPublicityStartWorkingDays, String resultPublicityRule,
		Integer postFilingWorkingDaysAfterMeeting, Integer postFilingWorkingDaysAfterPublicity, String postFilingRule,
		Integer appointmentMonths, String appointmentRule, PostFilingRoute postFilingRoute) {

	public PackDeadlines {
		positive(resultPublicityStartWorkingDays, "deadlines.resultPublicityStartWorkingDays");
		positive(postFilingWorkingDaysAfterMeeting, "deadlines.postFilingWorkingDaysAfterMeeting");
		positive(postFilingWorkingDaysAfterPublicity, "deadlines.postFilingWorkingDaysAfterPublicity");
		positive(appointmentMonths, "deadlines.appointmentMonths");
	}

	private static void positive(Integer value, String key) {
		if (value != null && value < 1) {
			throw new IllegalArgumentException("会后时限 " + key + " 应为正整数，实为 " + value);
		}
	}

	/** The general defaults: R3 five working days, PF1 twenty working days, C3 two months. */
	public static final PackDeadlines DEFAULTS = new PackDeadlines(5, "R3", 20, null, "PF1", 2, "C3", null);

	/** Each field of this pack, or the default where the pack leaves it out. */
	public PackDeadlines withDefaults() {
		return new PackDeadlines(or(this.resultPublicityStartWorkingDays, DEFAULTS.resultPublicityStartWorkingDays),
				orText(this.resultPublicityRule, DEFAULTS.resultPublicityRule),
				or(this.postFilingWorkingDaysAfterMeeting, DEFAULTS.postFilingWorkingDaysAfterMeeting),
				this.postFilingWorkingDaysAfterPublicity, orText(this.postFilingRule, DEFAULTS.postFilingRule),
				or(this.appointmentMonths, DEFAULTS.appointmentMonths),
				orText(this.appointmentRule, DEFAULTS.appointmentRule), this.postFilingRoute);
	}

	/**
	 * The strictest of several packs' deadlines, field by field (a cycle whose applicants fall under
	 * several packs keeps every one of them): the fewest days and months, a PF2 deadline if any pack has
	 * one, the first post-filing route given.
	 */
	public static PackDeadlines strictest(List<PackDeadlines> all) {
		PackDeadlines result = DEFAULTS;
		boolean first = true;
		for (PackDeadlines raw : all) {
			PackDeadlines d = raw.withDefaults();
			if (first) {
				result = d;
				first = false;
				continue;
			}
			result = new PackDeadlines(
					min(result.resultPublicityStartWorkingDays, d.resultPublicityStartWorkingDays),
					d.resultPublicityStartWorkingDays < result.resultPublicityStartWorkingDays ? d.resultPublicityRule
							: result.resultPublicityRule,
					min(result.postFilingWorkingDaysAfterMeeting, d.postFilingWorkingDaysAfterMeeting),
					result.postFilingWorkingDaysAfterPublicity == null ? d.postFilingWorkingDaysAfterPublicity
							: d.postFilingWorkingDaysAfterPublicity == null ? result.postFilingWorkingDaysAfterPublicity
									: Math.min(result.postFilingWorkingDaysAfterPublicity,
											d.postFilingWorkingDaysAfterPublicity),
					result.postFilingWorkingDaysAfterPublicity == null && d.postFilingWorkingDaysAfterPublicity != null
							? d.postFilingRule : result.postFilingRule,
					min(result.appointmentMonths, d.appointmentMonths),
					d.appointmentMonths < result.appointmentMonths ? d.appointmentRule : result.appointmentRule,
					result.postFilingRoute != null ? result.postFilingRoute : d.postFilingRoute);
		}
		return result;
	}

	/**
	 * PF3, DB6: for committees of the levels listed, the post-filing is first checked by the HR bureau at
	 * {@code checkerLevel} above the committee (e.g. PREFECTURE), then filed with the HR department at
	 * {@code authorityLevel} (e.g. PROVINCE: the regional HR department).
	 */
	public record PostFilingRoute(String rule, List<TitleLevel> levels, String checkerLevel, String authorityLevel) {

		public PostFilingRoute {
			levels = levels == null ? List.of() : List.copyOf(levels);
			for (String level : new String[] { checkerLevel, authorityLevel }) {
				if (!"PREFECTURE".equals(level) && !"PROVINCE".equals(level)) {
					throw new IllegalArgumentException(
							"会后备案路线（deadlines.postFilingRoute）的 checkerLevel、authorityLevel 应为 PREFECTURE 或 PROVINCE，实为 " + level);
				}
			}
		}

		public boolean appliesTo(TitleLevel level) {
			return this.levels.isEmpty() || this.levels.contains(level);
		}

	}

	private static Integer or(Integer value, Integer fallback) {
		return value != null ? value : fallback;
	}

	private static String orText(String value, String fallback) {
		return value != null && !value.isBlank() ? value : fallback;
	}

	private static Integer min(Integer a, Integer b) {
		return Math.min(a, b);
	}

}
