package cn.zhicheng.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Latency samples per measurement, in nanoseconds; percentiles by nearest rank. */
final class Latencies {

	private final Map<String, List<Long>> samples = new ConcurrentHashMap<>();

	void record(String name, long nanos) {
		List<Long> list = this.samples.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>()));
		list.add(nanos);
	}

	<T> T time(String name, java.util.function.Supplier<T> work) {
		long start = System.nanoTime();
		try {
			return work.get();
		}
		finally {
			record(name, System.nanoTime() - start);
		}
	}

	int count(String name) {
		List<Long> list = this.samples.get(name);
		return list == null ? 0 : list.size();
	}

	/** Percentile in milliseconds, or NaN without samples. */
	double percentile(String name, double p) {
		List<Long> list = this.samples.get(name);
		if (list == null || list.isEmpty()) {
			return Double.NaN;
		}
		List<Long> sorted;
		synchronized (list) {
			sorted = new ArrayList<>(list);
		}
		Collections.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1_000_000.0;
	}

	String line(String name) {
		if (count(name) == 0) {
			return String.format("%-34s (无样本)", name);
		}
		return String.format("%-34s n=%6d  p50=%9.2f ms  p95=%9.2f ms  p99=%9.2f ms  max=%9.2f ms", name, count(name),
				percentile(name, 50), percentile(name, 95), percentile(name, 99), percentile(name, 100));
	}

}
