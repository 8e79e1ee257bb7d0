package cn.zhicheng.system;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs a step the application has already authorized by its own rules (e.g. "staff of the unit may
 * withdraw the unit's application") without the engine's per-user checks, then restores the user.
 * Use only after such a check; the user stays recorded in the application's audit columns.
 */
@Component
public class EngineAccess {

	private final IdentityService identityService;

	EngineAccess(IdentityService identityService) {
		this.identityService = identityService;
	}

	public <T> T asSystem(Supplier<T> work) {
		Authentication previous = this.identityService.getCurrentAuthentication();
		this.identityService.clearAuthentication();
		try {
			return work.get();
		}
		finally {
			if (previous != null) {
				this.identityService.setAuthentication(previous);
			}
		}
	}

	public void asSystem(Runnable work) {
		asSystem(() -> {
			work.run();
			return null;
		});
	}

	/**
	 * Like {@link #asSystem(Runnable)} (no per-user engine checks: the application's own rule allowed the
	 * step), but in the name of {@code userId}, so that the engine's user operation log records who did it
	 * and when (issue 10, audit). The authentication carries the administrators' group only for the
	 * duration of this step, to skip the checks; then the user is restored.
	 */
	public void onBehalfOf(String userId, Runnable work) {
		Authentication previous = this.identityService.getCurrentAuthentication();
		this.identityService.setAuthentication(userId, List.of(Groups.CAMUNDA_ADMIN));
		try {
			work.run();
		}
		finally {
			this.identityService.clearAuthentication();
			if (previous != null) {
				this.identityService.setAuthentication(previous);
			}
		}
	}

}
