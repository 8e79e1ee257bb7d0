package cn.zhicheng.supervision;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.zhicheng.calendar.WorkingDayCalendar;
import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.qualification.Track;
import cn.zhicheng.supervision.BottleneckReport.ActivityFigures;
import cn.zhicheng.supervision.BottleneckReport.InboxBacklog;
import cn.zhicheng.supervision.BottleneckReport.InboxItem;
import cn.zhicheng.supervision.BottleneckReport.InstanceRef;
import cn.zhicheng.supervision.BottleneckReport.Option;
import cn.zhicheng.supervision.BottleneckReport.Options;
import cn.zhicheng.supervision.BottleneckReport.ProcessFigures;
import cn.zhicheng.supervision.BottleneckReport.Totals;
import cn.zhicheng.supervision.BottleneckReport.WeekFigures;
import cn.zhicheng.system.EngineAccess;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Where the procedure is stuck (issue 8): per process and per stage the open count, median and 90th
 * percentile of the waiting time, deadlines passed, the backlog per department inbox and the weekly trend.
 * <p>
 * Everything comes from Community Edition queries, a fixed number per report whatever the number of
 * instances (no query per instance): the unfinished activity instances (history), the activity instances
 * finished within the trend window, the open tasks (runtime, with due dates), the candidate-group links of
 * those tasks (identity link history), and the filter variables ({@code reviewYear}, {@code committeeCode},
 * {@code track}) of the instances and of their root instances (called processes such as the publicity
 * inherit their root's committee and year). Id lists go to the database in chunks.
 * <p>
 * Due dates were set on the working-day calendar (BPMN {@code ${workingDays...}}); a task is overdue once
 * its due date has passed, and {@code maxOverdueWorkingDays} counts the working days since.
 */
@Service
class BottleneckService {

	static final ZoneId ZONE = WorkingDayCalendar.ZONE;

	/** Weeks of the trend, the current one included. */
	static final int WEEKS = 8;

	static final String YEAR = "reviewYear";

	static final String COMMITTEE = "committeeCode";

	static final String TRACK = "track";

	/** Where an instance waits: for people, for a message, a timer or a called process. */
	private static final Set<String> WAIT_STATES = Set.of("userTask", "receiveTask", "callActivity",
			"intermediateTimer", "intermediateMessageCatch", "intermediateSignalCatch", "intermediateConditional",
			"eventBasedGateway");

	/** Open only while a job of theirs waits (asynchronous continuation) or failed. */
	private static final Set<String> ASYNC_STEPS = Set.of("serviceTask", "sendTask", "scriptTask",
			"businessRuleTask");

	private static final int CHUNK = 500;

	private static final int OLDEST = 5;

	private final HistoryService historyService;

	private final TaskService taskService;

	private final RepositoryService repositoryService;

	private final OrganisationService organisations;

	private final WorkingDayCalendar calendar;

	private final EngineAccess engineAccess;

	BottleneckService(HistoryService historyService, TaskService taskService, RepositoryService repositoryService,
			OrganisationService organisations, WorkingDayCalendar calendar, EngineAccess engineAccess) {
		this.historyService = historyService;
		this.taskService = taskService;
		this.repositoryService = repositoryService;
		this.organisations = organisations;
		this.calendar = calendar;
		this.engineAccess = engineAccess;
	}

	/** The report for a scope the caller has been granted (see {@link SupervisionAccess}). */
	BottleneckReport report(BottleneckFilter filter, SupervisionAccess.Scope scope) {
		validate(filter);
		return this.engineAccess.asSystem(() -> compute(filter, scope));
	}

	/** Bad filters are a 400 naming the field, not an empty report. */
	private void validate(BottleneckFilter filter) {
		if (filter.year() != null) {
			RuleViolation.require(filter.year() >= 2000 && filter.year() <= 2100, "year", "筛选条件",
					"年度（year）应为2000至2100之间的年份：" + filter.year());
		}
		if (filter.committee() != null) {
			RuleViolation.require(this.organisations.committee(filter.committee()).isPresent(), "committee", "筛选条件",
					"评委会（committee）不存在：" + filter.committee());
		}
		if (filter.region() != null) {
			RuleViolation.require(this.organisations.region(filter.region()).isPresent(), "region", "GB/T 2260",
					"行政区划（region）不存在：" + filter.region());
		}
		if (filter.track() != null) {
			RuleViolation.require(Arrays.stream(Track.values()).anyMatch(t -> t.name().equals(filter.track())), "track",
					"筛选条件", "评审类别（track）应为 GENERAL（通用职称）或 DIRECTED（定向评价职称）：" + filter.track());
		}
	}

	/** The key of a process definition, for the diagram overlay. */
	String processKeyOf(String processDefinitionId) {
		return this.engineAccess.asSystem(() -> {
			ProcessDefinition definition = this.repositoryService.createProcessDefinitionQuery()
				.processDefinitionId(processDefinitionId)
				.singleResult();
			return definition == null ? null : definition.getKey();
		});
	}

	private BottleneckReport compute(BottleneckFilter filter, SupervisionAccess.Scope scope) {
		Date now = ClockUtil.getCurrentTime();
		LocalDate today = LocalDate.ofInstant(now.toInstant(), ZONE);
		LocalDate firstWeek = today.with(DayOfWeek.MONDAY).minusWeeks(WEEKS - 1);
		Date windowStart = Date.from(firstWeek.atStartOfDay(ZONE).toInstant());

		List<HistoricActivityInstance> activities = new ArrayList<>();
		this.historyService.createHistoricActivityInstanceQuery().unfinished().list().stream()
			.filter(a -> WAIT_STATES.contains(a.getActivityType()) || ASYNC_STEPS.contains(a.getActivityType()))
			.forEach(activities::add);
		this.historyService.createHistoricActivityInstanceQuery().finishedAfter(windowStart).list().stream()
			.filter(a -> a.getEndTime() != null && WAIT_STATES.contains(a.getActivityType()))
			.forEach(activities::add);

		// the filter facts of every instance and of its root
		Set<String> instanceIds = new HashSet<>();
		for (HistoricActivityInstance activity : activities) {
			instanceIds.add(activity.getProcessInstanceId());
			if (activity.getRootProcessInstanceId() != null) {
				instanceIds.add(activity.getRootProcessInstanceId());
			}
		}
		Map<String, Facts> facts = facts(instanceIds);
		Map<String, Committee> committees = new HashMap<>();
		this.organisations.committees().forEach(c -> committees.put(c.code(), c));
		Map<String, String> regionParents = SupervisionAccess.regionParents(this.organisations.regions());

		Set<Integer> years = new TreeSet<>(Comparator.reverseOrder());
		List<HistoricActivityInstance> inScope = new ArrayList<>();
		for (HistoricActivityInstance activity : activities) {
			Facts own = facts.getOrDefault(activity.getProcessInstanceId(), Facts.NONE);
			Facts root = facts.getOrDefault(activity.getRootProcessInstanceId(), Facts.NONE);
			Facts fact = own.orElse(root);
			if (!scope.includes(fact.committee())) {
				continue;
			}
			if (fact.year() != null) {
				years.add(fact.year());
			}
			if (matches(filter, fact, activity, committees, regionParents)) {
				inScope.add(activity);
			}
		}

		// open tasks: due dates, and the inboxes they wait in
		Map<String, Task> tasks = new HashMap<>();
		this.taskService.createTaskQuery().list().forEach(task -> tasks.put(task.getId(), task));
		Map<String, Set<String>> candidateGroups = candidateGroups(tasks.values());

		Map<String, HistoricProcessInstance> instances = processInstances(inScope.stream()
			.filter(a -> a.getEndTime() == null)
			.map(HistoricActivityInstance::getProcessInstanceId)
			.collect(Collectors.toSet()));
		Map<String, ProcessDefinition> latest = new HashMap<>();
		this.repositoryService.createProcessDefinitionQuery().latestVersion().list()
			.forEach(d -> latest.put(d.getKey(), d));

		Map<String, String> processNames = new HashMap<>();
		latest.values().forEach(d -> processNames.put(d.getKey(), d.getName() != null ? d.getName() : d.getKey()));
		Context context = new Context(now, today, firstWeek, tasks, candidateGroups, instances, processNames);
		Map<String, List<HistoricActivityInstance>> byProcess = group(inScope,
				HistoricActivityInstance::getProcessDefinitionKey);
		List<ProcessFigures> processes = new ArrayList<>();
		int totalOpen = 0;
		int totalOverdue = 0;
		int totalRunning = 0;
		for (Map.Entry<String, List<HistoricActivityInstance>> entry : byProcess.entrySet()) {
			ProcessFigures figures = processFigures(entry.getKey(), entry.getValue(), latest.get(entry.getKey()),
					context);
			processes.add(figures);
			totalOpen += figures.open();
			totalOverdue += figures.overdue();
			totalRunning += figures.runningInstances();
		}
		processes.sort(Comparator.comparingInt(ProcessFigures::open).reversed().thenComparing(ProcessFigures::key));

		List<LocalDate> weeks = new ArrayList<>();
		for (int w = 0; w < WEEKS; w++) {
			weeks.add(firstWeek.plusWeeks(w));
		}
		Options options = options(scope, years, latest.values(), committees.values());
		return new BottleneckReport(now.toInstant(), filter, options, weeks,
				new Totals(totalOpen, totalOverdue, totalRunning), processes, backlog(inScope, context));
	}

	private static boolean matches(BottleneckFilter filter, Facts fact, HistoricActivityInstance activity,
			Map<String, Committee> committees, Map<String, String> regionParents) {
		if (filter.processKey() != null && !filter.processKey().equals(activity.getProcessDefinitionKey())) {
			return false;
		}
		if (filter.year() != null && !filter.year().equals(fact.year())) {
			return false;
		}
		if (filter.committee() != null && !filter.committee().equals(fact.committee())) {
			return false;
		}
		if (filter.track() != null && !filter.track().equals(fact.track())) {
			return false;
		}
		if (filter.region() != null) {
			Committee committee = fact.committee() == null ? null : committees.get(fact.committee());
			return committee != null && SupervisionAccess.within(committee.regionCode(), filter.region(), regionParents);
		}
		return true;
	}

	private ProcessFigures processFigures(String key, List<HistoricActivityInstance> all, ProcessDefinition latest,
			Context context) {
		Map<String, List<HistoricActivityInstance>> byActivity = group(all, HistoricActivityInstance::getActivityId);
		List<ActivityFigures> activities = new ArrayList<>();
		for (Map.Entry<String, List<HistoricActivityInstance>> entry : byActivity.entrySet()) {
			activities.add(activityFigures(entry.getKey(), entry.getValue(), latest, context));
		}
		activities.sort(Comparator
			.comparing((ActivityFigures a) -> a.medianWaitMs() == null ? -1L : a.medianWaitMs())
			.reversed()
			.thenComparing(Comparator.comparing((ActivityFigures a) -> a.medianDoneMs() == null ? -1L : a.medianDoneMs())
				.reversed())
			.thenComparing(ActivityFigures::id));
		List<HistoricActivityInstance> open = all.stream().filter(a -> a.getEndTime() == null).toList();
		List<Long> waits = open.stream().map(a -> context.waitingMs(a)).toList();
		int overdue = (int) open.stream().filter(context::overdue).count();
		int running = (int) open.stream().map(HistoricActivityInstance::getProcessInstanceId).distinct().count();
		String name = latest != null && latest.getName() != null ? latest.getName() : key;
		String link = latest == null ? null : "#/process-definition/" + latest.getId() + "/runtime";
		return new ProcessFigures(key, name, link, running, open.size(), Percentiles.median(waits),
				Percentiles.p90(waits), overdue, trend(all, context), activities);
	}

	private ActivityFigures activityFigures(String id, List<HistoricActivityInstance> all, ProcessDefinition latest,
			Context context) {
		List<HistoricActivityInstance> open = all.stream().filter(a -> a.getEndTime() == null).toList();
		List<Long> waits = open.stream().map(context::waitingMs).toList();
		List<Long> done = all.stream().filter(BottleneckService::completed).map(BottleneckService::duration).toList();
		int overdue = 0;
		Long maxOverdueDays = null;
		for (HistoricActivityInstance activity : open) {
			if (context.overdue(activity)) {
				overdue++;
				LocalDate due = LocalDate.ofInstant(context.task(activity).getDueDate().toInstant(), ZONE);
				long days = this.calendar.countWorkingDays(due, context.today());
				maxOverdueDays = maxOverdueDays == null ? days : Math.max(maxOverdueDays, days);
			}
		}
		HistoricActivityInstance newest = all.stream()
			.max(Comparator.comparing(HistoricActivityInstance::getStartTime))
			.orElseThrow();
		String name = newest.getActivityName() != null ? newest.getActivityName() : id;
		// the version most of the open ones run on, else the latest
		String definitionId = open.stream()
			.collect(Collectors.groupingBy(HistoricActivityInstance::getProcessDefinitionId,
					Collectors.counting()))
			.entrySet().stream()
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElse(latest != null ? latest.getId() : newest.getProcessDefinitionId());
		String link = activityLink(definitionId, id);
		List<InstanceRef> oldest = open.stream()
			.sorted(Comparator.comparing(HistoricActivityInstance::getStartTime))
			.limit(OLDEST)
			.map(a -> new InstanceRef(a.getProcessInstanceId(), context.businessKey(a.getProcessInstanceId()),
					context.waitingMs(a), context.overdue(a),
					"#/process-instance/" + a.getProcessInstanceId() + "/runtime?activityIds=" + id))
			.toList();
		return new ActivityFigures(id, name, newest.getActivityType(), open.size(), Percentiles.median(waits),
				Percentiles.p90(waits), overdue, maxOverdueDays, Percentiles.median(done), link, oldest,
				trend(all, context));
	}

	/**
	 * The definition's runtime page with its instance list filtered to those waiting at the activity (the
	 * search Cockpit itself builds when an activity is selected).
	 */
	static String activityLink(String processDefinitionId, String activityId) {
		String search = "[{\"type\":\"activityIdIn\",\"operator\":\"eq\",\"value\":\"" + activityId + "\"}]";
		return "#/process-definition/" + processDefinitionId + "/runtime?searchQuery="
				+ URLEncoder.encode(search, StandardCharsets.UTF_8);
	}

	private static List<WeekFigures> trend(List<HistoricActivityInstance> all, Context context) {
		List<WeekFigures> weeks = new ArrayList<>();
		for (int w = 0; w < WEEKS; w++) {
			LocalDate weekStart = context.firstWeek().plusWeeks(w);
			long from = weekStart.atStartOfDay(ZONE).toInstant().toEpochMilli();
			long to = Math.min(weekStart.plusWeeks(1).atStartOfDay(ZONE).toInstant().toEpochMilli(),
					context.now().getTime());
			int entered = 0;
			int openAtEnd = 0;
			List<Long> done = new ArrayList<>();
			for (HistoricActivityInstance activity : all) {
				long start = activity.getStartTime().getTime();
				Long end = activity.getEndTime() == null ? null : activity.getEndTime().getTime();
				if (start >= from && start < to) {
					entered++;
				}
				if (end != null && end >= from && end < to && completed(activity)) {
					done.add(end - start);
				}
				if (start < to && (end == null || end >= to)) {
					openAtEnd++;
				}
			}
			weeks.add(new WeekFigures(weekStart, entered, done.size(), Percentiles.median(done), openAtEnd));
		}
		return weeks;
	}

	private List<InboxBacklog> backlog(List<HistoricActivityInstance> inScope, Context context) {
		Map<String, Organisation> byGroup = new HashMap<>();
		this.organisations.organisations().forEach(org -> byGroup.put(org.groupId(), org));
		Map<String, List<HistoricActivityInstance>> byInbox = new LinkedHashMap<>();
		for (HistoricActivityInstance activity : inScope) {
			if (activity.getEndTime() != null || context.task(activity) == null) {
				continue;
			}
			Set<String> groups = context.candidateGroups().getOrDefault(activity.getTaskId(), Set.of());
			if (groups.isEmpty()) {
				byInbox.computeIfAbsent("", g -> new ArrayList<>()).add(activity);
			}
			for (String group : groups) {
				byInbox.computeIfAbsent(group, g -> new ArrayList<>()).add(activity);
			}
		}
		List<InboxBacklog> backlog = new ArrayList<>();
		for (Map.Entry<String, List<HistoricActivityInstance>> entry : byInbox.entrySet()) {
			String group = entry.getKey();
			List<HistoricActivityInstance> waiting = entry.getValue();
			Organisation org = byGroup.get(group);
			String name = group.isEmpty() ? "指定到个人的任务" : org != null ? org.name() : group;
			String kind = org != null ? org.kind().label() : "";
			List<InboxItem> items = new ArrayList<>();
			for (List<HistoricActivityInstance> same : group(waiting,
					a -> a.getProcessDefinitionKey() + "\u0000" + a.getActivityId()).values()) {
				HistoricActivityInstance first = same.get(0);
				items.add(new InboxItem(first.getProcessDefinitionKey(), context.processName(first),
						first.getActivityId(), first.getActivityName(), same.size(),
						(int) same.stream().filter(context::overdue).count(),
						activityLink(first.getProcessDefinitionId(), first.getActivityId())));
			}
			items.sort(Comparator.comparingInt(InboxItem::open).reversed());
			backlog.add(new InboxBacklog(group, name, kind, waiting.size(),
					(int) waiting.stream().filter(context::overdue).count(),
					waiting.stream().mapToLong(context::waitingMs).max().orElse(0), items));
		}
		backlog.sort(Comparator.comparingInt(InboxBacklog::open).reversed().thenComparing(InboxBacklog::name));
		return backlog;
	}

	private Options options(SupervisionAccess.Scope scope, Set<Integer> years,
			Collection<ProcessDefinition> definitions, Collection<Committee> committees) {
		List<Option> visible = committees.stream()
			.filter(c -> scope.includes(c.code()))
			.sorted(Comparator.comparing(Committee::code))
			.map(c -> new Option(c.code(), c.name()))
			.toList();
		Set<String> committeeRegions = new HashSet<>();
		committees.stream().filter(c -> scope.includes(c.code())).forEach(c -> committeeRegions.add(c.regionCode()));
		Map<String, String> parents = SupervisionAccess.regionParents(this.organisations.regions());
		List<Option> regions = this.organisations.regions().stream()
			.filter(r -> committeeRegions.stream().anyMatch(c -> SupervisionAccess.within(c, r.code(), parents)))
			.map(r -> new Option(r.code(), r.name()))
			.toList();
		List<Option> tracks = Arrays.stream(Track.values()).map(t -> new Option(t.name(), t.label())).toList();
		List<Option> processes = definitions.stream()
			.sorted(Comparator.comparing(ProcessDefinition::getKey))
			.map(d -> new Option(d.getKey(), d.getName() != null ? d.getName() : d.getKey()))
			.toList();
		return new Options(List.copyOf(years), visible, regions, tracks, processes);
	}

	private Map<String, Facts> facts(Set<String> instanceIds) {
		Map<String, Map<String, Object>> values = new HashMap<>();
		Map<String, Set<String>> processLevel = new HashMap<>();
		for (List<String> chunk : chunks(instanceIds)) {
			List<HistoricVariableInstance> variables = this.historyService.createHistoricVariableInstanceQuery()
				.processInstanceIdIn(chunk.toArray(String[]::new))
				.variableNameIn(YEAR, COMMITTEE, TRACK)
				.disableBinaryFetching()
				.disableCustomObjectDeserialization()
				.list();
			for (HistoricVariableInstance variable : variables) {
				if (variable.getValue() == null) {
					continue;
				}
				String instance = variable.getProcessInstanceId();
				boolean global = instance.equals(variable.getActivityInstanceId());
				Set<String> globals = processLevel.computeIfAbsent(instance, i -> new HashSet<>());
				// a process-level variable wins over a local one of the same name
				if (global || !globals.contains(variable.getName())) {
					values.computeIfAbsent(instance, i -> new HashMap<>()).put(variable.getName(), variable.getValue());
				}
				if (global) {
					globals.add(variable.getName());
				}
			}
		}
		Map<String, Facts> facts = new HashMap<>();
		values.forEach((instance, vars) -> facts.put(instance,
				new Facts(vars.get(YEAR) instanceof Number n ? Integer.valueOf(n.intValue()) : null,
						vars.get(COMMITTEE) instanceof String s ? s : null,
						vars.get(TRACK) instanceof String s ? s : null)));
		return facts;
	}

	/** Net candidate groups of open tasks: additions minus deletions in the identity link history. */
	private Map<String, Set<String>> candidateGroups(Collection<Task> tasks) {
		if (tasks.isEmpty()) {
			return Map.of();
		}
		Date earliest = tasks.stream().map(Task::getCreateTime).filter(Objects::nonNull).min(Date::compareTo)
			.orElse(new Date(0));
		Map<String, Map<String, Integer>> net = new HashMap<>();
		List<HistoricIdentityLinkLog> links = this.historyService.createHistoricIdentityLinkLogQuery()
			.type(IdentityLinkType.CANDIDATE)
			.dateAfter(new Date(earliest.getTime() - 1000))
			.list();
		for (HistoricIdentityLinkLog link : links) {
			if (link.getGroupId() == null || link.getTaskId() == null) {
				continue;
			}
			int delta = "delete".equalsIgnoreCase(link.getOperationType()) ? -1 : 1;
			net.computeIfAbsent(link.getTaskId(), t -> new HashMap<>()).merge(link.getGroupId(), delta, Integer::sum);
		}
		Map<String, Set<String>> groups = new HashMap<>();
		for (Task task : tasks) {
			Map<String, Integer> counts = net.get(task.getId());
			if (counts != null) {
				Set<String> current = new TreeSet<>();
				counts.forEach((group, count) -> {
					if (count > 0) {
						current.add(group);
					}
				});
				groups.put(task.getId(), current);
			}
		}
		return groups;
	}

	private Map<String, HistoricProcessInstance> processInstances(Set<String> ids) {
		Map<String, HistoricProcessInstance> instances = new HashMap<>();
		for (List<String> chunk : chunks(ids)) {
			this.historyService.createHistoricProcessInstanceQuery().processInstanceIds(new HashSet<>(chunk)).list()
				.forEach(pi -> instances.put(pi.getId(), pi));
		}
		return instances;
	}

	private static List<List<String>> chunks(Collection<String> ids) {
		List<String> all = new ArrayList<>(ids);
		List<List<String>> chunks = new ArrayList<>();
		for (int i = 0; i < all.size(); i += CHUNK) {
			chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
		}
		return chunks;
	}

	private static <K> Map<K, List<HistoricActivityInstance>> group(List<HistoricActivityInstance> activities,
			Function<HistoricActivityInstance, K> key) {
		Map<K, List<HistoricActivityInstance>> groups = new LinkedHashMap<>();
		for (HistoricActivityInstance activity : activities) {
			groups.computeIfAbsent(key.apply(activity), k -> new ArrayList<>()).add(activity);
		}
		return groups;
	}

	/** Finished and not cancelled (a withdrawn application or an interrupting timer cancels the wait). */
	private static boolean completed(HistoricActivityInstance activity) {
		return activity.getEndTime() != null && !activity.isCanceled();
	}

	private static long duration(HistoricActivityInstance activity) {
		return activity.getEndTime().getTime() - activity.getStartTime().getTime();
	}

	/** The filter facts of one instance. */
	record Facts(Integer year, String committee, String track) {

		static final Facts NONE = new Facts(null, null, null);

		Facts orElse(Facts other) {
			return new Facts(this.year != null ? this.year : other.year,
					this.committee != null ? this.committee : other.committee,
					this.track != null ? this.track : other.track);
		}

	}

	/** What one report computation shares. */
	private record Context(Date now, LocalDate today, LocalDate firstWeek, Map<String, Task> tasks,
			Map<String, Set<String>> candidateGroups, Map<String, HistoricProcessInstance> instances,
			Map<String, String> processNames) {

		long waitingMs(HistoricActivityInstance activity) {
			return this.now.getTime() - activity.getStartTime().getTime();
		}

		Task task(HistoricActivityInstance activity) {
			return activity.getTaskId() == null ? null : this.tasks.get(activity.getTaskId());
		}

		boolean overdue(HistoricActivityInstance activity) {
			Task task = task(activity);
			return activity.getEndTime() == null && task != null && task.getDueDate() != null
					&& task.getDueDate().before(this.now);
		}

		String businessKey(String processInstanceId) {
			HistoricProcessInstance instance = this.instances.get(processInstanceId);
			return instance == null ? null : instance.getBusinessKey();
		}

		String processName(HistoricActivityInstance activity) {
			return this.processNames.getOrDefault(activity.getProcessDefinitionKey(), activity.getProcessDefinitionKey());
		}

	}

}
