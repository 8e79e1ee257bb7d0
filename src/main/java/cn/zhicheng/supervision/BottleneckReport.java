package cn.zhicheng.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of the 瓶颈监控 plugin. Waiting times in milliseconds; every figure carries a Cockpit link
 * (a hash route of the Cockpit webapp, e.g. {@code #/process-definition/{id}/runtime?activityIds=...}).
 */
record BottleneckReport(Instant generatedAt, BottleneckFilter filter, Options options, List<LocalDate> weeks,
		Totals totals, List<ProcessFigures> processes, List<InboxBacklog> backlog) {

	record Options(List<Integer> years, List<Option> committees, List<Option> regions, List<Option> tracks,
			List<Option> processes) {
	}

	record Option(String code, String name) {
	}

	record Totals(int open, int overdue, int runningInstances) {
	}

	/** Per process (all versions of a key). */
	record ProcessFigures(String key, String name, String link, int runningInstances, int open, Long medianWaitMs,
			Long p90WaitMs, int overdue, List<WeekFigures> trend, List<ActivityFigures> activities) {
	}

	/** Per stage (activity) of a process. {@code medianDoneMs}: completed waits in the trend window. */
	record ActivityFigures(String id, String name, String type, int open, Long medianWaitMs, Long p90WaitMs,
			int overdue, Long maxOverdueWorkingDays, Long medianDoneMs, String link, List<InstanceRef> oldest,
			List<WeekFigures> trend) {
	}

	/** One waiting instance, for drill-down: the business key (name masked) and how long it waits. */
	record InstanceRef(String processInstanceId, String businessKey, long waitingMs, boolean overdue,
			String link) {
	}

	/**
	 * One week (Monday, Beijing time): activities entered and completed in it, the median waiting time of
	 * those completed, and how many were open at its end (for the current week: now).
	 */
	record WeekFigures(LocalDate weekStart, int entered, int completed, Long medianDoneMs, int openAtEnd) {
	}

	/** A department's inbox (candidate group → organisation). */
	record InboxBacklog(String groupId, String name, String kind, int open, int overdue, long oldestWaitMs,
			List<InboxItem> items) {
	}

	record InboxItem(String processKey, String processName, String activityId, String activityName, int open,
			int overdue, String link) {
	}

}
