package cn.zhicheng.common;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who is acting in the engine right now, for the audit columns of the application's tables: the
 * authenticated user who completed the task or sent the message, or {@value #SYSTEM} (timers, start-up).
 */
public final class CurrentActor {

	public static final String SYSTEM = "system";

	private CurrentActor() {
	}

	public static String of(DelegateExecution execution) {
		Authentication authentication = execution.getProcessEngineServices().getIdentityService()
			.getCurrentAuthentication();
		return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
	}

}
