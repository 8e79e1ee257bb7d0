package cn.zhicheng.cycle;

import static cn.zhicheng.cycle.ReviewCycleProcess.CYCLE_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.NOTICE_APPROVED;
import static cn.zhicheng.cycle.ReviewCycleProcess.NOTICE_DECISION;
import static cn.zhicheng.cycle.ReviewCycleProcess.NOTICE_OPINION;
import static cn.zhicheng.cycle.ReviewCycleProcess.RETURN_REASON;

import cn.zhicheng.common.CurrentActor;
import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_RecordNoticeApproval (N2). Inputs: noticeDecision (APPROVE or RETURN), noticeOpinion. Outputs
 * noticeApproved; a return carries the HR bureau's opinion to the office (returnReason). Bad input
 * throws {@link NotValidException} (HTTP 400).
 */
@Component
class RecordNoticeApprovalDelegate implements JavaDelegate {

	private final ReviewCycleService cycles;

	RecordNoticeApprovalDelegate(ReviewCycleService cycles) {
		this.cycles = cycles;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean approved;
		try {
			approved = this.cycles.recordNoticeApproval(CYCLE_ID.require(execution), NOTICE_DECISION.get(execution),
					NOTICE_OPINION.get(execution), CurrentActor.of(execution));
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage());
		}
		NOTICE_APPROVED.set(execution, approved);
		RETURN_REASON.set(execution, approved ? null : "人社部门退回：" + NOTICE_OPINION.get(execution).strip());
	}

}
