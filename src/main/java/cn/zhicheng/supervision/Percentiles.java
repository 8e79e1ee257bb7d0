package cn.zhicheng.supervision;

import java.util.List;

/**
 * Median and 90th percentile of waiting times (milliseconds). Median: the middle value, or the mean of the
 * two middle values of an even count (rounded down); 90th percentile: nearest rank, the value at rank
 * ⌈0.9·n⌉ of the sorted values. Both {@code null} when there are no values.
 */
final class Percentiles {

	private Percentiles() {
	}

	static Long median(List<Long> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Long> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		if (n % 2 == 1) {
			return sorted.get(n / 2);
		}
		return Math.floorDiv(sorted.get(n / 2 - 1) + sorted.get(n / 2), 2L);
	}

	static Long p90(List<Long> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Long> sorted = values.stream().sorted().toList();
		int rank = (int) Math.ceil(0.9 * sorted.size());
		return sorted.get(Math.max(rank, 1) - 1);
	}

}
