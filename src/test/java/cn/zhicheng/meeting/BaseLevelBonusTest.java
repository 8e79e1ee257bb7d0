package cn.zhicheng.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhicheng.organisation.UnitLevel;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** M9 / DB7: county 1-5 points, township 2-10 points by years at the base level; computed, never typed. */
class BaseLevelBonusTest {

	@ParameterizedTest(name = "{0}, {1} years → {2} points")
	@CsvSource({ "COUNTY, 0, 0", "COUNTY, 1, 1", "COUNTY, 2, 1", "COUNTY, 3, 1", "COUNTY, 4, 2", "COUNTY, 9, 4",
			"COUNTY, 10, 5", "COUNTY, 30, 5", "TOWNSHIP, 0, 0", "TOWNSHIP, 1, 2", "TOWNSHIP, 3, 2", "TOWNSHIP, 4, 4",
			"TOWNSHIP, 7, 6", "TOWNSHIP, 10, 10", "TOWNSHIP, 25, 10", "PREFECTURE, 12, 0", "PROVINCE, 12, 0" })
	void pointsByUnitLevelAndYears(UnitLevel level, int years, int points) {
		assertThat(BaseLevelBonus.points(level, years)).isEqualTo(points);
		assertThat(BaseLevelBonus.explain(level, years)).contains(level.label()).contains("M9");
	}

	@ParameterizedTest(name = "{0}: always within the 003 range")
	@CsvSource({ "COUNTY, 1, 5", "TOWNSHIP, 2, 10" })
	void withinTheRangeOf003(UnitLevel level, int min, int max) {
		for (int years = 1; years <= 40; years++) {
			assertThat(BaseLevelBonus.points(level, years)).isBetween(min, max);
		}
	}

}
