package cn.zhicheng.meeting;

import cn.zhicheng.organisation.UnitLevel;

/**
 * M9 / DB7: the base-level bonus (基层加分) of a scoring sheet, computed from the application and never
 * typed by an expert. 003 gives the ranges, "视基层工作年限，给予县（市）专业技术人员1-5分，乡镇专业技术人员2-10分";
 * the per-year scale is ours and documented (docs/meeting-readme.md):
 * <ul>
 * <li>no years at the base level: 0 points;</li>
 * <li>county-level unit (县级): 1 point per 2 full years at the base level, at least 1, at most 5
 * (reached with 10 years);</li>
 * <li>township-level unit (乡镇级): twice the county points, so 2 points per 2 full years, at least 2, at
 * most 10 (reached with 10 years);</li>
 * <li>prefecture and province units: 0 points (not base level).</li>
 * </ul>
 * The unit level is {@code zc_application.unit_level}, the years {@code years_at_base_level}.
 */
final class BaseLevelBonus {

	static final int COUNTY_MAX = 5;

	static final int TOWNSHIP_MAX = 10;

	private BaseLevelBonus() {
	}

	static int points(UnitLevel unitLevel, int yearsAtBaseLevel) {
		if (unitLevel == null || yearsAtBaseLevel <= 0) {
			return 0;
		}
		int county = Math.min(COUNTY_MAX, Math.max(1, yearsAtBaseLevel / 2));
		return switch (unitLevel) {
			case COUNTY -> county;
			case TOWNSHIP -> 2 * county;
			case PREFECTURE, PROVINCE -> 0;
		};
	}

	/** How the points came about, in Chinese, for the score sheet and the minutes. */
	static String explain(UnitLevel unitLevel, int yearsAtBaseLevel) {
		int points = points(unitLevel, yearsAtBaseLevel);
		String level = unitLevel == null ? "未知层级" : unitLevel.label();
		if (points == 0) {
			return level + "单位、基层工作" + yearsAtBaseLevel + "年：不加分（M9）";
		}
		return level + "单位、基层工作" + yearsAtBaseLevel + "年：加" + points + "分（M9：县级每满2年1分、1至5分，乡镇级加倍、2至10分）";
	}

}
