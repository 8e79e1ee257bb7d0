package cn.zhicheng.organisation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Mirrors the organisation into Camunda's identity service: one group per organisation (its inbox),
 * one user per person, memberships, and the authorizations each kind of department needs. Tasks
 * themselves are authorized by their candidate group (Camunda grants TASK_WORK to it), so a department
 * never sees another department's tasks. Idempotent: safe at every start-up and after every change.
 */
@Component
class IdentitySync implements SmartInitializingSingleton {

	/** Group of all reviewing experts: Tasklist access only; their work is assigned to them personally. */
	static final String EXPERTS_GROUP = "experts";

	static final String APPLICATION_PROCESS_KEY = "application";

	static final String REVIEW_CYCLE_PROCESS_KEY = "reviewCycle";

	private final IdentityService identityService;

	private final AuthorizationService authorizationService;

	IdentitySync(IdentityService identityService, AuthorizationService authorizationService) {
		this.identityService = identityService;
		this.authorizationService = authorizationService;
	}

	void syncGroup(Organisation organisation) {
		Group group = this.identityService.createGroupQuery().groupId(organisation.groupId()).singleResult();
		if (group == null) {
			group = this.identityService.newGroup(organisation.groupId());
		}
		group.setName(organisation.name());
		group.setType(organisation.kind().name());
		this.identityService.saveGroup(group);
		String groupId = organisation.groupId();
		grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		switch (organisation.kind()) {
			case UNIT -> startPermission(groupId, APPLICATION_PROCESS_KEY);
			case COMMITTEE_OFFICE -> startPermission(groupId, REVIEW_CYCLE_PROCESS_KEY);
			case SUPERVISION -> {
				// supervisors watch every instance in Cockpit; their Tasklist still shows only their own tasks
				grant(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
				grant(groupId, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY,
						ProcessDefinitionPermissions.READ_INSTANCE);
				grant(groupId, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
				grant(groupId, Resources.DECISION_DEFINITION, "*", Permissions.READ);
				grant(groupId, Resources.DEPLOYMENT, "*", Permissions.READ);
			}
			default -> {
			}
		}
	}

	void syncUser(Person person, List<String> orgGroupIds, String password) {
		User user = this.identityService.createUserQuery().userId(person.userId()).singleResult();
		if (user == null) {
			user = this.identityService.newUser(person.userId());
			if (password == null || password.isEmpty()) {
				// a Camunda user without a password makes HTTP basic login fail with a 500; an unusable random
				// one means "cannot log in until an administrator sets a password" (Camunda Admin)
				user.setPassword(java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID());
			}
		}
		user.setFirstName(person.name());
		user.setLastName("");
		user.setEmail(person.email());
		if (password != null && !password.isEmpty()) {
			user.setPassword(password);
		}
		this.identityService.saveUser(user);
		Set<String> current = this.identityService.createGroupQuery().groupMember(person.userId()).list().stream()
				.map(Group::getId).collect(Collectors.toSet());
		Set<String> organisationGroups = organisationTypes();
		for (Group group : this.identityService.createGroupQuery().groupMember(person.userId()).list()) {
			if (organisationGroups.contains(group.getType()) && !orgGroupIds.contains(group.getId())) {
				this.identityService.deleteMembership(person.userId(), group.getId());
			}
		}
		for (String groupId : orgGroupIds) {
			if (!current.contains(groupId)) {
				this.identityService.createMembership(person.userId(), groupId);
			}
		}
	}

	void syncExpert(String userId, boolean active) {
		if (this.identityService.createGroupQuery().groupId(EXPERTS_GROUP).count() == 0) {
			// removed in Camunda Admin since start-up: created again, in this transaction
			saveExpertsGroup();
		}
		boolean member = this.identityService.createGroupQuery().groupId(EXPERTS_GROUP).groupMember(userId)
				.count() > 0;
		if (active && !member) {
			this.identityService.createMembership(userId, EXPERTS_GROUP);
		}
		else if (!active && member) {
			this.identityService.deleteMembership(userId, EXPERTS_GROUP);
		}
	}

	/**
	 * The experts' group and its Tasklist access exist before the first request: created here, at start-up,
	 * so that experts registered at the same time (two requests, or two nodes) never both create them and
	 * collide on the group's key or the authorization's unique index. Two nodes starting together on an
	 * empty database may still race here; the loser finds the winner's group on its second look.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		try {
			saveExpertsGroup();
		}
		catch (RuntimeException concurrentStart) {
			if (this.identityService.createGroupQuery().groupId(EXPERTS_GROUP).count() == 0) {
				throw concurrentStart;
			}
			saveExpertsGroup();
		}
	}

	private void saveExpertsGroup() {
		if (this.identityService.createGroupQuery().groupId(EXPERTS_GROUP).count() == 0) {
			Group experts = this.identityService.newGroup(EXPERTS_GROUP);
			experts.setName("评审专家");
			experts.setType("EXPERTS");
			this.identityService.saveGroup(experts);
		}
		grant(EXPERTS_GROUP, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
	}

	private void startPermission(String groupId, String processKey) {
		grant(groupId, Resources.PROCESS_DEFINITION, processKey, Permissions.READ,
				ProcessDefinitionPermissions.CREATE_INSTANCE);
		grant(groupId, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);
	}

	/** Adds the permissions to the group's grant on the resource, creating the grant if needed. */
	void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization authorization = this.authorizationService.createAuthorizationQuery()
				.authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource)
				.resourceId(resourceId).singleResult();
		if (authorization == null) {
			authorization = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			authorization.setGroupId(groupId);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
		}
		else if (Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
			return;
		}
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		this.authorizationService.saveAuthorization(authorization);
	}

	private static Set<String> organisationTypes() {
		Set<String> types = new HashSet<>();
		for (OrganisationKind kind : OrganisationKind.values()) {
			types.add(kind.name());
		}
		return types;
	}

}
