package cn.zhicheng.cycle;

import static cn.zhicheng.cycle.ReviewCycleProcess.CYCLE_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.RESULT_PUBLICITY_CONFIRMED;
import static cn.zhicheng.cycle.ReviewCycleProcess.RESULT_PUBLICITY_ID;

import java.util.Optional;

import cn.zhicheng.common.CurrentActor;
import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_RecordResultPublicity (R1). Input: resultPublicityConfirmed (the office's form). Prepares the
 * result publicity of the passed applicants; output resultPublicityId (null when nobody passed). An
 * unconfirmed form throws {@link NotValidException} (HTTP 400) and the task stays open.
 */
@Component
class RecordResultPublicityDelegate implements JavaDelegate {

	private final ResultStageService stages;

	RecordResultPublicityDelegate(ResultStageService stages) {
		this.stages = stages;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Optional<String> publicity;
		try {
			publicity = this.stages.startResultPublicity(CYCLE_ID.require(execution),
					RESULT_PUBLICITY_CONFIRMED.get(execution), CurrentActor.of(execution));
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage());
		}
		RESULT_PUBLICITY_ID.set(execution, publicity.orElse(null));
	}

}
