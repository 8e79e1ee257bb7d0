package cn.zhicheng.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every user sees (architecture.md "Departments and inboxes"): 本部门待办,
 * 我的待办, 即将超期. Created at start-up, idempotently: an existing filter of the same name is
 * brought back to this definition, never duplicated. The engine's authorization (tasks are granted to
 * their candidate groups) keeps each department to its own tasks, whatever the filter says.
 */
@Component
public class InboxFilters {

	public static final String DEPARTMENT_INBOX = "本部门待办";

	public static final String MY_TASKS = "我的待办";

	public static final String DUE_SOON = "即将超期";

	/**
	 * Tasks due before this expression count as due soon: 3 working days from now on the working-day
	 * calendar (bean {@code workingDays}), so a holiday week does not hide deadlines right after it.
	 * Tasklist evaluates stored filter queries on the server, where the Spring bean resolves.
	 */
	static final String DUE_SOON_EXPRESSION = "${workingDays.after(3)}";

	private static final Logger log = LoggerFactory.getLogger(InboxFilters.class);

	private final FilterService filterService;

	private final TaskService taskService;

	private final AuthorizationService authorizationService;

	InboxFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
		this.filterService = filterService;
		this.taskService = taskService;
		this.authorizationService = authorizationService;
	}

	public void createOrUpdate() {
		save(DEPARTMENT_INBOX, -10, "#2f6fdb", "本部门（候选组）尚未认领的待办",
				this.taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
					.taskUnassigned().orderByTaskCreateTime().asc());
		save(MY_TASKS, -5, "#3c8d40", "已认领或指派给我的待办",
				this.taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
		save(DUE_SOON, 0, "#c0392b", "3个工作日内到期或已超期的待办（本部门及本人）",
				this.taskService.createTaskQuery().dueBeforeExpression(DUE_SOON_EXPRESSION).orderByDueDate().asc());
	}

	private void save(String name, int priority, String color, String description, TaskQuery query) {
		Filter filter = this.filterService.createFilterQuery().filterName(name).singleResult();
		if (filter == null) {
			filter = this.filterService.newTaskFilter(name);
			log.info("创建任务过滤器：{}", name);
		}
		filter.setOwner(null);
		filter.setQuery(query);
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("priority", priority);
		properties.put("color", color);
		properties.put("description", description);
		properties.put("refresh", true);
		properties.put("variables", List.of(variable("applicantName", "申报人"), variable("unitName", "用人单位")));
		filter.setProperties(properties);
		this.filterService.saveFilter(filter);
		grantReadToEveryone(filter.getId());
	}

	private void grantReadToEveryone(String filterId) {
		boolean granted = this.authorizationService.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GLOBAL)
			.resourceType(Resources.FILTER)
			.resourceId(filterId)
			.count() > 0;
		if (!granted) {
			Authorization authorization = this.authorizationService
				.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
			authorization.setUserId(Authorization.ANY);
			authorization.setResource(Resources.FILTER);
			authorization.setResourceId(filterId);
			authorization.addPermission(Permissions.READ);
			this.authorizationService.saveAuthorization(authorization);
		}
	}

	private static Map<String, String> variable(String name, String label) {
		return Map.of("name", name, "label", label);
	}

}
