package cn.zhicheng.draw;

import static cn.zhicheng.draw.ExpertDrawProcess.DRAW_ID;
import static cn.zhicheng.draw.ExpertDrawProcess.SIGNATURE_CONFIRMED;
import static cn.zhicheng.draw.ExpertDrawProcess.SIGNATURE_OPINION;
import static cn.zhicheng.draw.ExpertDrawProcess.SIGNER_ROLE;

import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_RecordOfficeSignature and Task_RecordSupervisorSignature (E2), right after each signing task in
 * the same transaction. Inputs: drawId, the input parameter signerRole (OFFICE or SUPERVISOR), the form's
 * signatureConfirmed and signatureOpinion, and the signed-in user. A signer who already signed this draw,
 * who does not work in the role's department, or who did not confirm throws {@link NotValidException}:
 * the task completion is refused with 400 and the task stays in the inbox. Output: none (the signature
 * is in zc_draw_signature); the form's fields are removed again.
 */
@Component
class RecordDrawSignatureDelegate implements JavaDelegate {

	private final DrawService draws;

	RecordDrawSignatureDelegate(DrawService draws) {
		this.draws = draws;
	}

	@Override
	public void execute(DelegateExecution execution) {
		SignerRole role = SignerRole.valueOf(SIGNER_ROLE.require(execution));
		try {
			this.draws.sign(DRAW_ID.require(execution), role, Signer.of(execution),
					Boolean.TRUE.equals(SIGNATURE_CONFIRMED.get(execution)), SIGNATURE_OPINION.get(execution));
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage());
		}
		execution.removeVariable(SIGNATURE_CONFIRMED.name());
		execution.removeVariable(SIGNATURE_OPINION.name());
	}

}
