package cn.zhicheng.supervision;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Prometheus gauges (issue 8), at {@code /actuator/prometheus}, per process and stage (task definition):
 * {@code zhicheng_tasks_open} — open tasks; {@code zhicheng_deadlines_overdue} — open tasks whose due date
 * (set on the working-day calendar) has passed. Tags: {@code process} (key), {@code stage} (element id),
 * {@code stage_name} (Chinese). Refreshed every {@code zhicheng.supervision.metrics-refresh} (30 s) from one
 * aggregate query over Camunda's task table (one row per stage: a province has 100 000 open tasks, which
 * must not be loaded every 30 s; issue 11), so a scrape never touches the database.
 */
@Component
class SupervisionMetrics {

	private static final Logger log = LoggerFactory.getLogger(SupervisionMetrics.class);

	private final JdbcTemplate jdbc;

	private final String taskTable;

	private final RepositoryService repositoryService;

	private final MultiGauge open;

	private final MultiGauge overdue;

	private final Map<String, String> processKeys = new HashMap<>();

	SupervisionMetrics(JdbcTemplate jdbc, ManagementService managementService, RepositoryService repositoryService,
			MeterRegistry registry) {
		this.jdbc = jdbc;
		this.taskTable = managementService.getTableName(Task.class);
		this.repositoryService = repositoryService;
		this.open = MultiGauge.builder("zhicheng.tasks.open")
			.description("待办任务数（按流程和环节）")
			.register(registry);
		this.overdue = MultiGauge.builder("zhicheng.deadlines.overdue")
			.description("已超过办理期限的待办任务数（按流程和环节，期限按工作日计算）")
			.register(registry);
	}

	@Scheduled(initialDelayString = "${zhicheng.supervision.metrics-initial-delay:PT5S}",
			fixedDelayString = "${zhicheng.supervision.metrics-refresh:PT30S}")
	void scheduledRefresh() {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			log.warn("瓶颈监控指标刷新失败: {}", ex.getMessage());
		}
	}

	/** Counts open and overdue tasks per process and stage now, and replaces the gauges' rows. */
	synchronized Map<Stage, long[]> refresh() {
		Date now = ClockUtil.getCurrentTime();
		Map<Stage, long[]> counts = new LinkedHashMap<>();
		this.jdbc.query("SELECT PROC_DEF_ID_, TASK_DEF_KEY_, NAME_, COUNT(*), SUM(CASE WHEN DUE_DATE_ < ? THEN 1 ELSE 0 END)"
				+ " FROM " + this.taskTable + " GROUP BY PROC_DEF_ID_, TASK_DEF_KEY_, NAME_", row -> {
					String key = processKey(row.getString(1));
					Stage stage = new Stage(key == null ? "" : key, row.getString(2) == null ? "" : row.getString(2),
							row.getString(3) == null ? "" : row.getString(3));
					long[] count = counts.computeIfAbsent(stage, s -> new long[2]);
					count[0] += row.getLong(4);
					count[1] += row.getLong(5);
				}, new java.sql.Timestamp(now.getTime()));
		List<MultiGauge.Row<?>> openRows = new ArrayList<>();
		List<MultiGauge.Row<?>> overdueRows = new ArrayList<>();
		counts.forEach((stage, count) -> {
			Tags tags = Tags.of("process", stage.process(), "stage", stage.stage(), "stage_name", stage.name());
			openRows.add(MultiGauge.Row.of(tags, count[0]));
			overdueRows.add(MultiGauge.Row.of(tags, count[1]));
		});
		this.open.register(openRows, true);
		this.overdue.register(overdueRows, true);
		return counts;
	}

	private String processKey(String processDefinitionId) {
		if (processDefinitionId == null) {
			return null;
		}
		String key = this.processKeys.get(processDefinitionId);
		if (key == null) {
			ProcessDefinition definition = this.repositoryService.createProcessDefinitionQuery()
				.processDefinitionId(processDefinitionId)
				.singleResult();
			key = definition == null ? "" : definition.getKey();
			this.processKeys.put(processDefinitionId, key);
		}
		return key;
	}

	record Stage(String process, String stage, String name) {
	}

}
