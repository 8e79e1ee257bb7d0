package cn.zhicheng.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in the engine right now (for the audit columns): the authenticated user or "system". */
final class Actor {

	private Actor() {
	}

	static String of(DelegateExecution execution) {
		Authentication authentication = execution.getProcessEngineServices().getIdentityService()
			.getCurrentAuthentication();
		return authentication == null ? "system" : authentication.getUserId();
	}

	static String of(DelegateTask task) {
		return of(task.getExecution());
	}

}
