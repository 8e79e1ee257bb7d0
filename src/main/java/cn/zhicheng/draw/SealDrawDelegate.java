package cn.zhicheng.draw;

import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_SealDraw (E2): after the fourth signature, verifies the whole record once more (re-run from the
 * seed, hash chain, anchor) and marks the draw signed. Input: drawId. A record that fails verification
 * throws {@link NotValidException}, so the last signature is refused and nothing is sealed.
 */
@Component
class SealDrawDelegate implements JavaDelegate {

	private final DrawService draws;

	SealDrawDelegate(DrawService draws) {
		this.draws = draws;
	}

	@Override
	public void execute(DelegateExecution execution) {
		try {
			this.draws.seal(ExpertDrawProcess.DRAW_ID.require(execution), Signer.of(execution));
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage());
		}
	}

}
