package cn.zhicheng.cycle;

import static cn.zhicheng.cycle.ReviewCycleProcess.CYCLE_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.NOTICE_PUBLISHED;
import static cn.zhicheng.cycle.ReviewCycleProcess.RETURN_REASON;

import java.util.Optional;

import cn.zhicheng.common.CurrentActor;
import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PublishNotice (N1, N2). Publishes the approved notice today when it is still timely; the window
 * opens. If the approval took too long (fewer than 30 working days left, or past the notice deadline), the
 * notice goes back to the office with the reason (noticePublished = false, returnReason). Once published,
 * the notice's text leaves the process (it is in {@code zc_review_cycle}); reviewDate and windowClosesOn
 * stay for the timers.
 */
@Component
class PublishNoticeDelegate implements JavaDelegate {

	private final ReviewCycleService cycles;

	PublishNoticeDelegate(ReviewCycleService cycles) {
		this.cycles = cycles;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Optional<RuleViolation> problem = this.cycles.publish(CYCLE_ID.require(execution), CurrentActor.of(execution));
		NOTICE_PUBLISHED.set(execution, problem.isEmpty());
		RETURN_REASON.set(execution, problem.map(p -> "审核通过后未能发布：" + p.getMessage()).orElse(null));
		if (problem.isEmpty()) {
			execution.removeVariables(ReviewCycleProcess.NOTICE_TEXT_VARIABLES);
		}
	}

}
