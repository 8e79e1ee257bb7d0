package cn.zhicheng.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Issue 11 (throughput, inbox): before every authorization check Camunda 7.24 narrows the user's groups to
 * those that have any authorization, by reading {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}
 * once per command — every group id of the province (hundreds to thousands of rows) for each task completion,
 * start and inbox query. The narrowing cannot change an answer: the checks match authorization rows by
 * {@code GROUP_ID_ IN (…)}, and a group without rows matches none. For a user with few groups (department staff
 * have one to three) this manager passes the groups through unchanged and skips the read; for a user with
 * more than {@link #PASS_THROUGH_LIMIT} groups it narrows them as Camunda does, so that the statements stay
 * short. Revokes are unaffected: a group with a revoke has a row, and every group of the user is kept.
 */
@Component
class AuthorizationGroupFilterPlugin extends AbstractProcessEnginePlugin {

	/** Up to this many groups are passed through without reading the authorized groups. */
	static final int PASS_THROUGH_LIMIT = 32;

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomSessionFactories());
		factories.add(new SessionFactory() {

			@Override
			public Class<?> getSessionType() {
				return AuthorizationManager.class;
			}

			@Override
			public Session openSession() {
				return new FewGroupsAuthorizationManager();
			}

		});
		configuration.setCustomSessionFactories(factories);
	}

	/** Camunda's authorization manager without the group read for users with few groups. */
	static class FewGroupsAuthorizationManager extends AuthorizationManager {

		@Override
		public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
			if (authenticatedGroupIds != null && !authenticatedGroupIds.isEmpty()
					&& authenticatedGroupIds.size() <= PASS_THROUGH_LIMIT) {
				return new ArrayList<>(authenticatedGroupIds);
			}
			return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
		}

	}

}
