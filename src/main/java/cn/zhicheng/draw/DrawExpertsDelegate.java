package cn.zhicheng.draw;

import static cn.zhicheng.draw.ExpertDrawProcess.COMMITTEE_CODE;
import static cn.zhicheng.draw.ExpertDrawProcess.COMMITTEE_NAME;
import static cn.zhicheng.draw.ExpertDrawProcess.COMMITTEE_OFFICE_GROUP_ID;
import static cn.zhicheng.draw.ExpertDrawProcess.CYCLE_ID;
import static cn.zhicheng.draw.ExpertDrawProcess.DRAW_ALTERNATE_COUNT;
import static cn.zhicheng.draw.ExpertDrawProcess.DRAW_CANDIDATE_COUNT;
import static cn.zhicheng.draw.ExpertDrawProcess.DRAW_DIGEST;
import static cn.zhicheng.draw.ExpertDrawProcess.DRAW_EXCLUDED_COUNT;
import static cn.zhicheng.draw.ExpertDrawProcess.DRAW_ID;
import static cn.zhicheng.draw.ExpertDrawProcess.DRAW_MEMBER_COUNT;
import static cn.zhicheng.draw.ExpertDrawProcess.FAILED_DRAW_ID;
import static cn.zhicheng.draw.ExpertDrawProcess.REVIEW_YEAR;
import static cn.zhicheng.draw.ExpertDrawProcess.SUPERVISION_GROUP_ID;

import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_DrawExperts (E1, E3, E5, E6). Inputs: the call activity's in variables. Outputs: drawId,
 * drawDigest, the counts and committeeName for the forms (never the names, E7). A request that does not
 * fit its committee throws {@link NotValidException} (the caller's step is refused with 400); a pool that
 * cannot supply the committee throws BPMN error {@value ExpertDrawProcess#ERROR_DRAW_IMPOSSIBLE} with the
 * reason, which lands in the committee office's inbox, the failed attempt stored for the record.
 */
@Component
class DrawExpertsDelegate implements JavaDelegate {

	private final DrawService draws;

	DrawExpertsDelegate(DrawService draws) {
		this.draws = draws;
	}

	@Override
	public void execute(DelegateExecution execution) {
		DrawOutcome outcome;
		try {
			outcome = this.draws.draw(new DrawRequest(CYCLE_ID.get(execution), COMMITTEE_CODE.get(execution),
					year(REVIEW_YEAR.get(execution)), COMMITTEE_OFFICE_GROUP_ID.get(execution),
					SUPERVISION_GROUP_ID.get(execution), execution.getProcessInstanceId(), Signer.of(execution)));
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage());
		}
		COMMITTEE_NAME.set(execution, outcome.committeeName());
		if (outcome.failed()) {
			FAILED_DRAW_ID.set(execution, outcome.draw().id());
			throw new BpmnError(ExpertDrawProcess.ERROR_DRAW_IMPOSSIBLE, outcome.draw().failureReason());
		}
		DRAW_ID.set(execution, outcome.draw().id());
		DRAW_DIGEST.set(execution, outcome.draw().resultDigest());
		DRAW_MEMBER_COUNT.set(execution, outcome.draw().memberCount());
		DRAW_ALTERNATE_COUNT.set(execution, outcome.draw().alternateCount());
		DRAW_CANDIDATE_COUNT.set(execution, outcome.candidateCount());
		DRAW_EXCLUDED_COUNT.set(execution, outcome.excludedCount());
	}

	private static Integer year(Number number) {
		if (number == null) {
			return null;
		}
		if (number.doubleValue() != Math.rint(number.doubleValue())) {
			throw new NotValidException("评审年度（reviewYear）应为整数，实为 " + number);
		}
		return number.intValue();
	}

}
