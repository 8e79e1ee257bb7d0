package cn.zhicheng.cycle;

import static cn.zhicheng.cycle.ReviewCycleProcess.CYCLE_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.MEETING_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.PASSED_COUNT;
import static cn.zhicheng.cycle.ReviewCycleProcess.PUBLICITY_START_DUE_AT;
import static cn.zhicheng.cycle.ReviewCycleProcess.PUBLICITY_START_RULE;
import static cn.zhicheng.cycle.ReviewCycleProcess.RESULT_SUMMARY;

import cn.zhicheng.common.CurrentActor;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PrepareResultPublicity (R3, DY10). Inputs: cycleId, meetingId. Records the meeting with the cycle
 * and the deadlines its packs give; outputs publicityStartDueAt (end of the R3 due day: the office's due
 * date and the supervision escalation), publicityStartRule, passedCount and resultSummary (the office's form).
 */
@Component
class PrepareResultPublicityDelegate implements JavaDelegate {

	private final ResultStageService stages;

	PrepareResultPublicityDelegate(ResultStageService stages) {
		this.stages = stages;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ResultStageService.PublicityPlan plan = this.stages.prepareResultPublicity(CYCLE_ID.require(execution),
				MEETING_ID.require(execution), CurrentActor.of(execution));
		PUBLICITY_START_DUE_AT.set(execution, plan.startDueAt());
		PUBLICITY_START_RULE.set(execution, plan.rule());
		PASSED_COUNT.set(execution, plan.passedCount());
		RESULT_SUMMARY.set(execution, plan.summary());
	}

}
