package cn.zhicheng.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import cn.zhicheng.application.ApplicationProcess;
import cn.zhicheng.cycle.CycleDriver;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 7: every process has a history time to live, the engine's history cleanup is configured
 * (application.yaml: removal-time-based, removal time at the end of an instance, a nightly batch window),
 * and the cleanup job, run on the engine clock past the time to live, removes the history of instances that
 * ended long enough ago and keeps the recent ones.
 */
class HistoryCleanupTest extends SecurityTestSupport {

	@Test
	void everyProcessHasATimeToLiveAndTheCleanupIsConfigured() {
		List<ProcessDefinition> definitions = this.engine.getRepositoryService().createProcessDefinitionQuery()
			.latestVersion().list();
		assertThat(definitions).isNotEmpty()
			.allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as("historyTimeToLive %s", d.getKey())
				.isNotNull()
				.isPositive());
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.engine
			.getProcessEngineConfiguration();
		assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
		assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
		assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
		assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
		assertThat(configuration.getHistoryCleanupBatchSize()).isEqualTo(500);
	}

	/** An application instance started and ended (deleted, as a withdrawn or cancelled one ends) at {@code when}. */
	String finishedAt(String when, String label) {
		CycleDriver.setClock(when);
		String id = this.engine.getRuntimeService().createProcessInstanceByKey(ApplicationProcess.KEY)
			.businessKey("history-cleanup-" + label)
			.startBeforeActivity(ApplicationProcess.EVENT_WAIT_FOR_RESULT)
			.setVariable(ApplicationProcess.APPLICATION_ID.name(), "history-cleanup-" + label)
			.execute()
			.getId();
		this.engine.getRuntimeService().deleteProcessInstance(id, "测试：流程结束");
		return id;
	}

	@Test
	void theCleanupJobRemovesOnlyHistoryPastItsTimeToLive() {
		HistoryService history = this.engine.getHistoryService();
		ManagementService management = this.engine.getManagementService();
		int ttl = this.engine.getRepositoryService().createProcessDefinitionQuery()
			.processDefinitionKey(ApplicationProcess.KEY).latestVersion().singleResult().getHistoryTimeToLive();
		try {
			String old = finishedAt("2014-03-03T10:00:00", "old");
			String recent = finishedAt("2020-03-02T10:00:00", "recent");
			assertThat(history.createHistoricProcessInstanceQuery().processInstanceIds(java.util.Set.of(old, recent))
				.count()).isEqualTo(2);
			Date oldRemoval = history.createHistoricProcessInstanceQuery().processInstanceId(old).singleResult()
				.getRemovalTime();
			assertThat(oldRemoval).as("removal time = end + TTL").isNotNull();

			// the engine clock a day past the old instance's time to live: 2014-03-03 + TTL + 1 day
			LocalDateTime past = LocalDateTime.of(2014, 3, 3, 10, 0).plusDays(ttl + 1);
			ClockUtil.setCurrentTime(Date.from(past.atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
			Job cleanup = history.cleanUpHistoryAsync(true);
			assertThat(cleanup).isNotNull();
			management.executeJob(cleanup.getId());

			assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(old).count())
				.as("旧实例的历史已清理").isZero();
			assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(old).count()).isZero();
			assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(old).count()).isZero();
			assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(recent).count())
				.as("未到期的实例保留").isEqualTo(1);
			assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(recent).count()).isPositive();
		}
		finally {
			ClockUtil.reset();
		}
	}

}
