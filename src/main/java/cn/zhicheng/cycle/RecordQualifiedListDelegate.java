package cn.zhicheng.cycle;

import static cn.zhicheng.cycle.ReviewCycleProcess.CYCLE_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.LIST_CONFIRMED;
import static cn.zhicheng.cycle.ReviewCycleProcess.PUBLICITY_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.QUALIFIED_COUNT;
import static cn.zhicheng.cycle.ReviewCycleProcess.QUALIFIED_SUMMARY;

import cn.zhicheng.common.CurrentActor;
import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_RecordQualifiedList (Q1, Q2). Input: listConfirmed. Refuses while any application of the
 * committee and year is still undecided; otherwise takes the qualified applications as they are now and
 * prepares the pre-meeting publicity. Outputs qualifiedCount and publicityId (none when the list is
 * empty). A refusal throws {@link NotValidException} (HTTP 400) and the task stays open.
 */
@Component
class RecordQualifiedListDelegate implements JavaDelegate {

	private final ReviewCycleService cycles;

	RecordQualifiedListDelegate(ReviewCycleService cycles) {
		this.cycles = cycles;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReviewCycleService.ConfirmedList list;
		try {
			list = this.cycles.confirmQualifiedList(CYCLE_ID.require(execution), LIST_CONFIRMED.get(execution),
					CurrentActor.of(execution));
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage());
		}
		QUALIFIED_COUNT.set(execution, list.count());
		PUBLICITY_ID.set(execution, list.publicityId());
		execution.removeVariable(QUALIFIED_SUMMARY.name());
	}

}
