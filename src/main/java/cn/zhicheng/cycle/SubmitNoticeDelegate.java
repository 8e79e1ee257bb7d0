package cn.zhicheng.cycle;

import static cn.zhicheng.cycle.ReviewCycleProcess.BASIS;
import static cn.zhicheng.cycle.ReviewCycleProcess.CONTACT_ADDRESS;
import static cn.zhicheng.cycle.ReviewCycleProcess.CONTACT_PHONE;
import static cn.zhicheng.cycle.ReviewCycleProcess.CYCLE_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.MATERIALS;
import static cn.zhicheng.cycle.ReviewCycleProcess.PUBLICITY_METHOD;
import static cn.zhicheng.cycle.ReviewCycleProcess.RETURN_REASON;
import static cn.zhicheng.cycle.ReviewCycleProcess.REVIEW_DATE;
import static cn.zhicheng.cycle.ReviewCycleProcess.REVIEW_SCOPE;
import static cn.zhicheng.cycle.ReviewCycleProcess.SPECIALTIES;
import static cn.zhicheng.cycle.ReviewCycleProcess.WINDOW_CLOSES_ON;

import cn.zhicheng.common.CurrentActor;
import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_SubmitNotice (N1, N2). Inputs: the notice's fields from the office's form. Checks that every N2
 * item is stated and that the notice could be published today (≥ 30 working days before the review, by
 * the year's notice deadline, review by the year's last review day, window closing in time), stores it
 * and sends it to the HR bureau. Outputs reviewDate and windowClosesOn as yyyy-MM-dd. A missing item or
 * a late date throws {@link NotValidException} naming the field and the rule: HTTP 400, the task stays.
 */
@Component
class SubmitNoticeDelegate implements JavaDelegate {

	private final ReviewCycleService cycles;

	SubmitNoticeDelegate(ReviewCycleService cycles) {
		this.cycles = cycles;
	}

	@Override
	public void execute(DelegateExecution execution) {
		NoticeRules.Draft draft = new NoticeRules.Draft(BASIS.get(execution), REVIEW_SCOPE.get(execution),
				SPECIALTIES.get(execution), REVIEW_DATE.get(execution), PUBLICITY_METHOD.get(execution),
				MATERIALS.get(execution), CONTACT_ADDRESS.get(execution), CONTACT_PHONE.get(execution),
				WINDOW_CLOSES_ON.get(execution));
		Notice notice;
		try {
			notice = this.cycles.submitNotice(CYCLE_ID.require(execution), draft, CurrentActor.of(execution));
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage() + "（字段 " + violation.field() + "，规则 " + violation.rule() + "）");
		}
		REVIEW_DATE.set(execution, notice.reviewDate().toString());
		WINDOW_CLOSES_ON.set(execution, notice.windowClosesOn().toString());
		RETURN_REASON.set(execution, null);
	}

}
