package cn.zhicheng.qualification;

import java.time.LocalDate;
import java.time.Period;

/**
 * A9: years of work and years in the current title are counted up to 12-31 of the review year, that day
 * included. Counted in whole months: a title obtained on 2019-12-31 or on 2020-01-01 has 5 years on
 * 2024-12-31; one obtained on 2020-01-02 has 4 years 11 months.
 */
final class ServiceYears {

	private ServiceYears() {
	}

	/** The last day counted: 12-31 of the review year. */
	static LocalDate cutOff(int reviewYear) {
		return LocalDate.of(reviewYear, 12, 31);
	}

	/** Whole months from the date up to and including 12-31 of the review year; 0 when it lies after. */
	static int months(LocalDate from, int reviewYear) {
		LocalDate endExclusive = cutOff(reviewYear).plusDays(1);
		if (!from.isBefore(endExclusive)) {
			return 0;
		}
		return (int) Period.between(from, endExclusive).toTotalMonths();
	}

	/** "4年6个月", "5年", "8个月". */
	static String format(int months) {
		int years = months / 12;
		int rest = months % 12;
		if (years == 0) {
			return rest + "个月";
		}
		return rest == 0 ? years + "年" : years + "年" + rest + "个月";
	}

}
