package cn.zhicheng.system;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The user the current request authenticated as (set by {@link ApiAuthenticationFilter}). */
@Component
public class CurrentUser {

	private final IdentityService identityService;

	CurrentUser(IdentityService identityService) {
		this.identityService = identityService;
	}

	public String userId() {
		Authentication authentication = this.identityService.getCurrentAuthentication();
		return authentication == null ? "system" : authentication.getUserId();
	}

	public List<String> groupIds() {
		Authentication authentication = this.identityService.getCurrentAuthentication();
		return authentication == null || authentication.getGroupIds() == null ? List.of()
				: authentication.getGroupIds();
	}

	public boolean isAdministrator() {
		return groupIds().contains(Groups.CAMUNDA_ADMIN);
	}

	public void requireAdministrator() {
		if (!isAdministrator()) {
			throw new ForbiddenException("需要系统管理员（camunda-admin）权限");
		}
	}

}
