package cn.zhicheng.supervision;

import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Health indicator {@code jobExecution}: deadlines escalate to supervision only through timer jobs
 * (BoundaryEvent_*Overdue), so a stopped job executor means silent missed deadlines: {@code DOWN}.
 * Failed jobs (no retries left, an incident in Cockpit) make it {@code WARNING} (HTTP 200, see
 * application.yaml). A node configured without job execution ({@code camunda.bpm.job-execution.enabled=false},
 * e.g. a web-only node of a cluster) reports {@code UNKNOWN}, which does not take it out of service. Details: whether the executor is active, the jobs due now and not yet run, the oldest
 * due date among them, and the failed jobs.
 */
@Component
class JobExecutionHealthIndicator implements HealthIndicator {

	static final Status WARNING = new Status("WARNING", "有执行失败且不再重试的作业（见 Cockpit 事件），相关期限或自动步骤未执行");

	private final ProcessEngineConfiguration configuration;

	private final ManagementService managementService;

	private final boolean enabled;

	JobExecutionHealthIndicator(ProcessEngineConfiguration configuration, ManagementService managementService,
			@Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
		this.configuration = configuration;
		this.managementService = managementService;
		this.enabled = enabled;
	}

	@Override
	public Health health() {
		JobExecutor executor = this.configuration instanceof ProcessEngineConfigurationImpl impl
				? impl.getJobExecutor() : null;
		boolean active = executor != null && executor.isActive();
		long due = this.managementService.createJobQuery().executable().count();
		long failed = this.managementService.createJobQuery().noRetriesLeft().count();
		Job oldest = due == 0 ? null
				: this.managementService.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 1)
					.stream().findFirst().orElse(null);
		Date oldestDue = oldest == null ? null : oldest.getDuedate();
		Health.Builder health = !active ? (this.enabled ? Health.down() : Health.unknown())
				: failed > 0 ? Health.status(WARNING) : Health.up();
		health.withDetail("active", active)
			.withDetail("jobsDue", due)
			.withDetail("jobsFailed", failed);
		if (oldestDue != null) {
			health.withDetail("oldestDueDate", oldestDue.toInstant().toString())
				.withDetail("oldestDueLagSeconds", (ClockUtil.getCurrentTime().getTime() - oldestDue.getTime()) / 1000);
		}
		if (!active && this.enabled) {
			health.withDetail("message", "作业执行器未运行：定时器（期限督办、公示期满等）不会触发");
		}
		else if (!active) {
			health.withDetail("message", "本节点按配置不执行作业（camunda.bpm.job-execution.enabled=false），定时器由其他节点执行");
		}
		return health.build();
	}

}
