package cn.zhicheng.system;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
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

}
