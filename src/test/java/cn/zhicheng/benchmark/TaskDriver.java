package cn.zhicheng.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Works whatever user tasks are open, generically: a table from task definition key to what the department
 * submits (the variables of its form, or a service call such as casting a ballot). Each task is completed
 * as a user of its candidate group (or its assignee), authenticated as Tasklist would be; the due jobs
 * (timers on the engine clock, asynchronous continuations) are executed through the ManagementService.
 * Work is split over the threads by process instance, so no two threads touch one instance at once.
 */
final class TaskDriver {

	/** What a department does with a task: submit a form, or call a service that completes it. */
	interface Action {

		void perform(Task task, String user, TaskService taskService);

	}

	/** One row of the table: the earliest step it is worked in, and the action. */
	record Row(int notBeforeStep, Action action) {
	}

	static Row form(int step, Function<Task, Map<String, Object>> variables) {
		return new Row(step, (task, user, taskService) -> taskService.complete(task.getId(), variables.apply(task)));
	}

	static Row form(int step, Map<String, Object> variables) {
		return form(step, task -> variables);
	}

	final Map<String, Row> table = new LinkedHashMap<>();

	private final ProcessEngine engine;

	private final TaskService taskService;

	private final ManagementService managementService;

	private final IdentityService identityService;

	private final Map<String, List<String>> staff;

	private final Map<String, List<String>> groupsOf;

	private final ExecutorService pool;

	private final int threads;

	final Latencies latencies;

	/** Process instance → how many tasks of a key its group's staff have done (different signers, E2). */
	private final Map<String, AtomicInteger> turns = new ConcurrentHashMap<>();

	private final Set<String> failedTasks = ConcurrentHashMap.newKeySet();

	final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

	final AtomicLong tasksCompleted = new AtomicLong();

	final AtomicLong jobsExecuted = new AtomicLong();

	/** Task definition key → total nanoseconds of its completions, and how many. */
	final Map<String, java.util.concurrent.atomic.LongAdder> perKey = new ConcurrentHashMap<>();

	final Map<String, java.util.concurrent.atomic.LongAdder> perKeyCount = new ConcurrentHashMap<>();

	/** Activity id of due jobs → total nanoseconds of their execution, and how many. */
	final Map<String, java.util.concurrent.atomic.LongAdder> perJob = new ConcurrentHashMap<>();

	final Map<String, java.util.concurrent.atomic.LongAdder> perJobCount = new ConcurrentHashMap<>();

	/** Latency name for completions, e.g. per phase. */
	volatile String completionName = "任务完成";

	TaskDriver(ProcessEngine engine, Map<String, List<String>> staff, Map<String, List<String>> groupsOf,
			ExecutorService pool, int threads, Latencies latencies) {
		this.engine = engine;
		this.taskService = engine.getTaskService();
		this.managementService = engine.getManagementService();
		this.identityService = engine.getIdentityService();
		this.staff = staff;
		this.groupsOf = groupsOf;
		this.pool = pool;
		this.threads = threads;
		this.latencies = latencies;
	}

	/**
	 * Runs due jobs and works open tasks of the table allowed at {@code step} until nothing is left to do.
	 * Returns the number of tasks completed.
	 */
	long drive(int step, Collection<String> processKeys) throws Exception {
		long before = this.tasksCompleted.get();
		List<String> keys = this.table.entrySet().stream().filter(e -> e.getValue().notBeforeStep() <= step)
			.map(Map.Entry::getKey).toList();
		for (int round = 0; round < 100_000; round++) {
			int jobs = runDueJobs();
			List<Task> tasks = keys.isEmpty() ? List.of()
					: this.taskService.createTaskQuery().processDefinitionKeyIn(processKeys.toArray(String[]::new))
						.taskDefinitionKeyIn(keys.toArray(String[]::new)).active().orderByTaskCreateTime().asc()
						.listPage(0, 5000);
			List<Task> todo = tasks.stream().filter(t -> !this.failedTasks.contains(t.getId())).toList();
			if (todo.isEmpty() && jobs == 0) {
				break;
			}
			parallel(todo, Task::getProcessInstanceId, this::work);
		}
		return this.tasksCompleted.get() - before;
	}

	/** Executes every job that is due on the engine clock; returns how many ran. */
	int runDueJobs() throws Exception {
		int total = 0;
		Set<String> tried = new HashSet<>();
		while (true) {
			List<Job> jobs = this.managementService.createJobQuery().executable().listPage(0, 2000).stream()
				.filter(j -> !tried.contains(j.getId()))
				.toList();
			if (jobs.isEmpty()) {
				return total;
			}
			jobs.forEach(j -> tried.add(j.getId()));
			parallel(jobs, j -> j.getProcessInstanceId() == null ? j.getId() : j.getProcessInstanceId(), job -> {
				try {
					long start = System.nanoTime();
					this.managementService.executeJob(job.getId());
					this.jobsExecuted.incrementAndGet();
					String activity = activityOf(job);
					this.perJob.computeIfAbsent(activity, k -> new java.util.concurrent.atomic.LongAdder())
						.add(System.nanoTime() - start);
					this.perJobCount.computeIfAbsent(activity, k -> new java.util.concurrent.atomic.LongAdder())
						.increment();
				}
				catch (OptimisticLockingException ex) {
					tried.remove(job.getId());
				}
				catch (RuntimeException ex) {
					if (ex.getMessage() != null && ex.getMessage().startsWith("ENGINE-14026")) {
						// deleted since it was listed: a job of the same process tree ended the activity it
						// belonged to (e.g. the meeting closing the ballot and its check timers), not a failure
						this.jobsGone.computeIfAbsent(activityOf(job), k -> new java.util.concurrent.atomic.LongAdder())
							.increment();
						return;
					}
					failure("作业 " + job.getId() + "：" + ex.getMessage());
				}
			});
			total += jobs.size();
		}
	}

	<T> void parallel(List<T> items, Function<T, String> partitionKey, java.util.function.Consumer<T> work)
			throws Exception {
		if (items.isEmpty()) {
			return;
		}
		List<List<T>> parts = new ArrayList<>();
		for (int i = 0; i < this.threads; i++) {
			parts.add(new ArrayList<>());
		}
		for (T item : items) {
			String key = partitionKey.apply(item);
			parts.get(Math.floorMod(key == null ? 0 : key.hashCode(), this.threads)).add(item);
		}
		List<Future<?>> futures = new ArrayList<>();
		for (List<T> part : parts) {
			futures.add(this.pool.submit(() -> part.forEach(work)));
		}
		for (Future<?> future : futures) {
			future.get();
		}
	}

	private void work(Task task) {
		Row row = this.table.get(task.getTaskDefinitionKey());
		String user = userFor(task);
		if (user == null) {
			this.failedTasks.add(task.getId());
			failure(task.getTaskDefinitionKey() + "：无人可办理（无候选组人员）");
			return;
		}
		long start = System.nanoTime();
		try {
			as(user, () -> row.action().perform(task, user, this.taskService));
			long took = System.nanoTime() - start;
			this.latencies.record(this.completionName, took);
			this.perKey.computeIfAbsent(task.getTaskDefinitionKey(), k -> new java.util.concurrent.atomic.LongAdder())
				.add(took);
			this.perKeyCount.computeIfAbsent(task.getTaskDefinitionKey(), k -> new java.util.concurrent.atomic.LongAdder())
				.increment();
			this.tasksCompleted.incrementAndGet();
		}
		catch (OptimisticLockingException ex) {
			// another completion of the same instance won; the task is picked up again in the next round
		}
		catch (RuntimeException ex) {
			this.failedTasks.add(task.getId());
			failure(task.getTaskDefinitionKey() + "：" + ex.getClass().getSimpleName() + " " + ex.getMessage());
		}
	}

	/** Jobs listed as due that another transaction deleted before they ran (ENGINE-14026). */
	final Map<String, java.util.concurrent.atomic.LongAdder> jobsGone = new ConcurrentHashMap<>();

	private final Map<String, String> jobActivities = new ConcurrentHashMap<>();

	/** The activity of a job, through its job definition (public API, cached). */
	private String activityOf(Job job) {
		String definition = job.getJobDefinitionId();
		if (definition == null) {
			return "?";
		}
		return this.jobActivities.computeIfAbsent(definition, id -> {
			var jobDefinition = this.managementService.createJobDefinitionQuery().jobDefinitionId(id).singleResult();
			return jobDefinition == null ? "?" : jobDefinition.getActivityId();
		});
	}

	void failure(String message) {
		String key = message.length() > 300 ? message.substring(0, 300) : message;
		if (this.failures.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() == 1) {
			System.err.println("[基准] 失败：" + key);
		}
	}

	/** The assignee, or a member of the candidate group; signers of one instance take turns (E2). */
	String userFor(Task task) {
		if (task.getAssignee() != null) {
			return task.getAssignee();
		}
		for (IdentityLink link : this.taskService.getIdentityLinksForTask(task.getId())) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
				List<String> logins = this.staff.get(link.getGroupId());
				if (logins != null && !logins.isEmpty()) {
					int turn = this.turns.computeIfAbsent(task.getProcessInstanceId() + task.getTaskDefinitionKey(),
							k -> new AtomicInteger()).getAndIncrement();
					return logins.get(turn % logins.size());
				}
			}
		}
		return null;
	}

	void as(String user, Runnable work) {
		this.identityService.setAuthentication(user, this.groupsOf.getOrDefault(user, List.of()));
		try {
			work.run();
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	ProcessEngine engine() {
		return this.engine;
	}

}
