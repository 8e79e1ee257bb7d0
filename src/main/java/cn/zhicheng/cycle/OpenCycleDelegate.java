package cn.zhicheng.cycle;

import static cn.zhicheng.cycle.ReviewCycleProcess.COMMITTEE_CODE;
import static cn.zhicheng.cycle.ReviewCycleProcess.INITIATOR;
import static cn.zhicheng.cycle.ReviewCycleProcess.REVIEW_YEAR_INPUT;

import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.system.ForbiddenException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_OpenCycle (N1). Inputs: committeeCode, reviewYear (start form or API), initiator. Stores the
 * cycle and outputs cycleId, the inboxes (committee office, HR bureau, filing authority, supervision) and
 * the notice deadline; sets the business key (e.g. 2026-EYTEACHERINT) when Tasklist started the process.
 * A refusal (not the committee's office, no milestones for the year, a cycle already running) throws
 * {@link NotValidException}: HTTP 400, and nothing is started.
 */
@Component
class OpenCycleDelegate implements JavaDelegate {

	private final ReviewCycleService cycles;

	OpenCycleDelegate(ReviewCycleService cycles) {
		this.cycles = cycles;
	}

	@Override
	public void execute(DelegateExecution execution) {
		try {
			ReviewCycle cycle = this.cycles.open(COMMITTEE_CODE.get(execution), REVIEW_YEAR_INPUT.get(execution),
					INITIATOR.get(execution), execution.getProcessInstanceId(), execution);
			if (execution.getProcessBusinessKey() == null) {
				execution.setProcessBusinessKey(cycle.businessKey());
			}
		}
		catch (RuleViolation | ForbiddenException refused) {
			throw new NotValidException(refused.getMessage());
		}
	}

}
