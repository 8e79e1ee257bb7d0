package cn.zhicheng.draw;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in the engine right now: the signed-in user (Tasklist, REST) or "system". */
final class Signer {

	static final String SYSTEM = "system";

	private Signer() {
	}

	static String of(DelegateExecution execution) {
		Authentication authentication = execution.getProcessEngineServices().getIdentityService()
			.getCurrentAuthentication();
		return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
	}

}
