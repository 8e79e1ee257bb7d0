package cn.zhicheng.meeting;

import java.util.function.Supplier;

import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Small helpers of the meeting's delegates and listeners. */
final class Delegates {

	private Delegates() {
	}

	/** The authenticated user acting in the engine right now, or null (job executor, tests, the system). */
	static String user(DelegateExecution execution) {
		Authentication authentication = execution.getProcessEngineServices().getIdentityService()
			.getCurrentAuthentication();
		return authentication == null ? null : authentication.getUserId();
	}

	/** For audit columns: the acting user or "system". */
	static String actor(DelegateExecution execution) {
		String user = user(execution);
		return user == null ? "system" : user;
	}

	/**
	 * Runs service work; a broken rule becomes {@link NotValidException}: HTTP 400 with the Chinese message
	 * on the REST API, the user's task stays open and nothing is stored.
	 */
	static <T> T validating(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage());
		}
	}

	static void validating(Runnable work) {
		validating(() -> {
			work.run();
			return null;
		});
	}

}
