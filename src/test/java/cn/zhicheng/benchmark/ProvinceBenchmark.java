package cn.zhicheng.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import cn.zhicheng.ZhichengApplication;
import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationProcess;
import cn.zhicheng.application.ApplicationService;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.certificate.CertificateService;
import cn.zhicheng.certificate.CertificationProcess;
import cn.zhicheng.cycle.ReviewCycle;
import cn.zhicheng.cycle.ReviewCycleProcess;
import cn.zhicheng.cycle.ReviewCycleService;
import cn.zhicheng.draw.DrawRequest;
import cn.zhicheng.draw.DrawService;
import cn.zhicheng.inbox.InboxFilters;
import cn.zhicheng.meeting.BallotService;
import cn.zhicheng.organisation.OrganisationService;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The province-scale benchmark (issue 11): a synthetic province from a seed, a review year of N applications
 * driven through the whole procedure by the application's own services and the engine API, a bare-engine
 * baseline with the same wait states on the same database, the inbox query among 100 000 open tasks, the
 * draw from a pool of 10 000, the tally and the certificates. Run with the Maven profile {@code benchmark}
 * (README "性能基准"); never part of {@code ./mvnw test}.
 *
 * <p>System properties: benchmark.db (h2|mysql), benchmark.n, benchmark.threads, benchmark.seed,
 * benchmark.inboxTasks, benchmark.poolSize, benchmark.fresh (drop and recreate the MySQL database
 * benchmark.database, default zhicheng_bench, or delete the H2 files under target/benchmark).
 */
public final class ProvinceBenchmark {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	static final int YEAR = 2020;

	static final String REVIEW_DATE = "2020-09-18";

	static final String WINDOW_CLOSES = "2020-06-30";

	// the steps of the year, each on its own engine clock
	static final int STEP_NOTICE = 1;

	static final int STEP_APPROVAL = 2;

	static final int STEP_APPLICATIONS = 3;

	static final int STEP_RECOMMENDATION = 4;

	static final int STEP_LIST = 5;

	static final int STEP_FILING = 6;

	static final int STEP_MEETING = 7;

	static final int STEP_RESULTS = 8;

	static final int STEP_APPOINTMENT = 9;

	static final int STEP_CERTIFICATES = 10;

	static final List<String> PROCEDURE_KEYS = List.of(ApplicationProcess.KEY, ReviewCycleProcess.KEY, "publicity",
			"expertDraw", "reviewMeeting", CertificationProcess.KEY);

	private static final ObjectMapper JSON = new ObjectMapper();

	final String db = System.getProperty("benchmark.db", "h2");

	final int n = Integer.getInteger("benchmark.n", 200);

	final int threads = Integer.getInteger("benchmark.threads", 2);

	final long seed = Long.getLong("benchmark.seed", 20200401L);

	final int inboxTasks = Integer.getInteger("benchmark.inboxTasks", 100_000);

	final int poolSize = Integer.getInteger("benchmark.poolSize", 10_000);

	/** The tally at the size (benchmark.mode=tally-probe): applicants per meeting. */
	final int tallyApplicants = Integer.getInteger("benchmark.tallyApplicants", 500);

	/** Meetings of the tally probe, one per province committee of 25 members (1 or 2). */
	final int tallyMeetings = Math.max(1, Math.min(2, Integer.getInteger("benchmark.tallyMeetings", 2)));

	/** The MySQL database of the run (letters, digits and underscores only). */
	final String database = databaseName(System.getProperty("benchmark.database", "zhicheng_bench"));

	final boolean fresh = Boolean.parseBoolean(System.getProperty("benchmark.fresh", "true"));

	final Latencies latencies = new Latencies();

	final Map<String, Object> results = new LinkedHashMap<>();

	ConfigurableApplicationContext context;

	Shape applicationShape;

	long applicationPhaseTasks;

	/** CPU seconds of this JVM in the application phase, and in the baseline. */
	double applicationPhaseCpu;

	double baselineCpu;

	/**
	 * benchmark.mode=ratio: only the application phase and the bare-engine baseline (the ratio target), no
	 * meeting, results, draws or inbox; with a small benchmark.poolSize it takes a minute or two.
	 */
	final boolean ratioOnly = "ratio".equals(System.getProperty("benchmark.mode"));

	/** SQL statements by kind in the application phase, and in the baseline ({@link StatementCounter}). */
	Map<String, Long> applicationPhaseStatements = Map.of();

	Map<String, Long> baselineStatements = Map.of();

	/** Statement texts prepared before the application phase and before the baseline (benchmark.statementTexts). */
	Map<String, Long> applicationPhaseTexts = Map.of();

	Map<String, Long> baselineTexts = Map.of();

	Map<String, Long> applicationPhaseTextsAfter = Map.of();

	Map<String, Long> baselineTextsAfter = Map.of();

	ProcessEngine engine;

	Province province;

	TaskDriver driver;

	ExecutorService pool;

	/** Application id → the flaw the generator gave it (null: eligible). */
	final Map<String, Applicants.Flaw> flaws = new ConcurrentHashMap<>();

	public static void main(String[] args) throws Exception {
		ProvinceBenchmark benchmark = new ProvinceBenchmark();
		int status = 0;
		try {
			benchmark.run();
		}
		catch (Throwable ex) {
			ex.printStackTrace();
			status = 1;
		}
		finally {
			if (benchmark.pool != null) {
				benchmark.pool.shutdownNow();
			}
			if (benchmark.context != null) {
				benchmark.context.close();
			}
		}
		System.exit(status);
	}

	void run() throws Exception {
		if ("inbox-probe".equals(System.getProperty("benchmark.mode"))) {
			probeInbox();
			return;
		}
		startHeapSampler();
		if ("tally-probe".equals(System.getProperty("benchmark.mode"))) {
			probeTally();
			return;
		}
		if ("mi-probe".equals(System.getProperty("benchmark.mode"))) {
			start();
			new MultiInstanceProbe(this.engine).run(java.util.Arrays
				.stream(System.getProperty("benchmark.miSizes", "100,300,1000").split(",")).map(Integer::valueOf).toList());
			return;
		}
		if ("draw-probe".equals(System.getProperty("benchmark.mode"))) {
			start();
			this.province = new Province(this.seed, this.context.getBean(OrganisationService.class));
			this.province.reload();
			extraDraws();
			System.out.println(this.latencies.line("专家抽取（" + this.poolSize + "人专家库，DrawService.draw）"));
			verifyDraws();
			return;
		}
		System.out.printf("[基准] 数据库=%s N=%d 线程=%d 种子=%d 收件箱待办=%d 专家库=%d，负载 %s%n", this.db, this.n, this.threads,
				this.seed, this.inboxTasks, this.poolSize, loadAverage());
		prepareDatabase();
		long t0 = System.nanoTime();
		start();
		this.results.put("启动（含建表、部署）", seconds(t0));
		this.pool = Executors.newFixedThreadPool(this.threads);
		this.driver = new TaskDriver(this.engine, null, null, this.pool, this.threads, this.latencies);

		long tProvince = System.nanoTime();
		buildProvince();
		this.results.put("生成全省组织机构与专家", seconds(tProvince));
		this.driver = new TaskDriver(this.engine, this.province.staff, this.province.groupsOf, this.pool, this.threads,
				this.latencies);
		new ProcedureTable(this).fill(this.driver.table);

		long tProcedure = System.nanoTime();
		Map<String, Double> phases = procedure(this.province.boards,
				() -> Applicants.generate(this.province, this.n, YEAR, 0.15, this.seed + 1), !this.ratioOnly);
		double procedureSeconds = seconds(tProcedure);
		this.results.putAll(phases);
		long appTasks = this.applicationPhaseTasks;
		long allTasks = this.driver.tasksCompleted.get();
		double appPhase = phases.get("申报阶段（提交至资格审查结束）");
		storageFigures();
		Shape shape = this.applicationShape;

		Baseline baseline = new Baseline(this, shape);
		double cpuBaseline = cpuSeconds();
		Map<String, Long> statementsBaseline = StatementCounter.snapshot();
		Map<String, Long> textsAfterApplications = StatementCounter.texts();
		double baselineSeconds = baseline.run();
		this.baselineCpu = cpuSeconds() - cpuBaseline;
		this.baselineStatements = StatementCounter.since(statementsBaseline);
		this.baselineTexts = textsAfterApplications;
		this.baselineTextsAfter = StatementCounter.texts();

		if (!this.ratioOnly) {
			extraDraws();
			Inbox inbox = new Inbox(this);
			inbox.run();
		}

		ClockUtil.reset();
		report(procedureSeconds, appPhase, appTasks, allTasks, baselineSeconds, shape, baseline);
	}

	/**
	 * Profiling aid: on the database of an earlier run (benchmark.fresh=false), logs the SQL of the 本部门待办
	 * filter for benchmark.probeUser / benchmark.probeGroup and times it.
	 */
	void probeInbox() {
		if (Boolean.parseBoolean(System.getProperty("benchmark.probeSql", "true"))) {
			System.setProperty("logging.level.org.camunda.bpm.engine.impl.persistence.entity.TaskEntity", "debug");
		}
		start();
		String user = System.getProperty("benchmark.probeUser");
		List<String> groups = List.of(System.getProperty("benchmark.probeGroup").split(","));
		int rounds = Integer.getInteger("benchmark.probeRounds", 3);
		System.out.printf("[基准] 引擎 authorizationCheckRevokes=%s，负载 %s%n",
				((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) this.engine
					.getProcessEngineConfiguration()).getAuthorizationCheckRevokes(), loadAverage());
		this.engine.getIdentityService().setAuthentication(user, groups);
		FilterService filters = this.engine.getFilterService();
		List<String> names = List.of(System.getProperty("benchmark.probeFilters",
				String.join(",", InboxFilters.DEPARTMENT_INBOX, InboxFilters.MY_TASKS, InboxFilters.DUE_SOON)).split(","));
		for (String name : names) {
			Filter filter = filters.createFilterQuery().filterName(name).singleResult();
			for (int i = 0; i < rounds; i++) {
				long t = System.nanoTime();
				int size = filters.listPage(filter.getId(), 0, 15).size();
				double page = (System.nanoTime() - t) / 1e6;
				t = System.nanoTime();
				long count = filters.count(filter.getId());
				System.out.printf("[基准] %s 首页 %d 条 %.1f ms，计数 %d 条 %.1f ms%n", name, size, page, count,
						(System.nanoTime() - t) / 1e6);
			}
		}
		this.engine.getIdentityService().clearAuthentication();
		System.out.printf("[基准] 负载 %s%n", loadAverage());
	}

	/**
	 * The tally at the size (issue 11: 500 applicants × 25 experts ≤ 200 ms), on a fresh database:
	 * the province as in the full run, then for each of the province committees of 25 members
	 * (benchmark.tallyMeetings, 1 or 2) benchmark.tallyApplicants eligible applications driven through the
	 * same procedure (submission, application phase, list, filing, draw with signatures, meeting with
	 * attendance, reviews, vetoes, every member's ballot through BallotService.cast) up to the count
	 * (Task_CountVotes, timed inside the engine) and the signatures of the result.
	 */
	void probeTally() throws Exception {
		System.out.printf("[基准] 计票探针：数据库=%s，%d场评审会议，每场%d名申报人，线程=%d，种子=%d，负载 %s%n", this.db,
				this.tallyMeetings, this.tallyApplicants, this.threads, this.seed, loadAverage());
		prepareDatabase();
		start();
		this.pool = Executors.newFixedThreadPool(this.threads);
		this.driver = new TaskDriver(this.engine, null, null, this.pool, this.threads, this.latencies);
		buildProvince();
		this.driver = new TaskDriver(this.engine, this.province.staff, this.province.groupsOf, this.pool, this.threads,
				this.latencies);
		new ProcedureTable(this).fill(this.driver.table);
		List<Province.Sector> sectors = List.of(Province.Sector.HEALTH, Province.Sector.EDUCATION)
			.subList(0, this.tallyMeetings);
		List<Province.Board> boards = sectors.stream()
			.map(sector -> this.province.board(this.province.associateSenior.get(sector)))
			.toList();
		long t = System.nanoTime();
		Map<String, Double> phases = procedure(boards,
				() -> Applicants.forCommittees(this.province, sectors, this.tallyApplicants, YEAR, this.seed + 2), false);
		ClockUtil.reset();
		System.out.println();
		System.out.println("==================== 计票探针结果 ====================");
		System.out.printf("数据库 %s，线程 %d，种子 %d，CPU %d 核，结束时负载 %s，共 %.1f 秒%n", this.db, this.threads, this.seed,
				Runtime.getRuntime().availableProcessors(), loadAverage(), seconds(t));
		phases.forEach((k, v) -> System.out.printf("%-36s %.1f s%n", k, v));
		this.results.forEach((k, v) -> System.out.printf("%-36s %s%n", k, v));
		System.out.println(BenchmarkBeans.SHARED.line(ActivityTimingPlugin.TIMED.get("Task_CountVotes")));
		tallyBySize().forEach(System.out::println);
		Long jobs = this.driver.perJobCount.containsKey("Task_CountVotes")
				? this.driver.perJobCount.get("Task_CountVotes").sum() : 0L;
		if (jobs > 0) {
			System.out.printf("计票作业（executeJob，含引擎提交）：%d 次，平均 %.1f ms%n", jobs,
					this.driver.perJob.get("Task_CountVotes").sum() / 1e6 / jobs);
		}
		if (!this.driver.failures.isEmpty()) {
			System.out.println("---- 失败 ----");
			this.driver.failures.forEach((k, v) -> System.out.printf("%5d × %s%n", v.get(), k));
		}
		System.out.println("=====================================================");
	}

	/**
	 * Task_CountVotes by meeting size (applicants × attending experts): p50 / p95 / max per size, the largest
	 * first.
	 */
	List<String> tallyBySize() {
		cn.zhicheng.meeting.MeetingService meetings = this.context.getBean(cn.zhicheng.meeting.MeetingService.class);
		Map<String, Latencies> bySize = new TreeMap<>(Comparator.reverseOrder());
		Map<String, String> labels = new HashMap<>();
		for (ActivityTimingPlugin.Tally tally : ActivityTimingPlugin.TALLIES) {
			int applicants = meetings.applicants(tally.meetingId()).size();
			int experts = meetings.attending(tally.meetingId()).size();
			String size = String.format("%04d×%02d", applicants, experts);
			labels.put(size, String.format("计票（%d名申报人×%d名评委）", applicants, experts));
			bySize.computeIfAbsent(size, k -> new Latencies()).record(labels.get(size), tally.nanos());
		}
		List<String> lines = new ArrayList<>();
		bySize.entrySet().stream().limit(5).forEach(e -> lines.add(e.getValue().line(labels.get(e.getKey()))));
		return lines;
	}

	// set-up

	void prepareDatabase() throws Exception {
		if ("mysql".equals(this.db)) {
			String host = System.getenv().getOrDefault("MYSQL_HOST", "127.0.0.1");
			String port = System.getenv().getOrDefault("MYSQL_PORT", "3306");
			try (Connection c = DriverManager.getConnection("jdbc:mysql://" + host + ":" + port + "/?useSSL=false"
					+ "&allowPublicKeyRetrieval=true", System.getenv().getOrDefault("MYSQL_USER", "root"),
					System.getenv().getOrDefault("MYSQL_PASSWORD", "")); Statement s = c.createStatement()) {
				if (this.fresh) {
					s.execute("DROP DATABASE IF EXISTS `" + this.database + "`");
					System.out.println("[基准] 已删除并重建数据库 " + this.database);
				}
				s.execute("CREATE DATABASE IF NOT EXISTS `" + this.database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
			}
		}
		else if (this.fresh) {
			Path dir = Path.of("target", "benchmark", "h2");
			if (Files.exists(dir)) {
				try (var files = Files.walk(dir)) {
					files.sorted(Comparator.reverseOrder()).forEach(p -> {
						try {
							Files.delete(p);
						}
						catch (IOException ex) {
							throw new IllegalStateException(ex);
						}
					});
				}
			}
		}
	}

	void start() {
		Map<String, Object> properties = new HashMap<>();
		properties.put("camunda.bpm.job-execution.enabled", "false");
		properties.put("camunda.bpm.generic-properties.properties.job-executor-activate", "false");
		properties.put("zhicheng.milestones." + YEAR + ".notice-by", YEAR + "-05-31");
		properties.put("zhicheng.milestones." + YEAR + ".expert-pool-by", YEAR + "-06-15");
		properties.put("zhicheng.milestones." + YEAR + ".reviews-by", YEAR + "-10-31");
		properties.put("zhicheng.milestones." + YEAR + ".post-filing-by", YEAR + "-11-30");
		// the web layer is started (Camunda REST needs it) on a free port; the benchmark does not call it
		properties.put("server.port", "0");
		properties.put("logging.level.root", "warn");
		properties.put("logging.level.cn.zhicheng", "warn");
		properties.put("spring.datasource.hikari.maximum-pool-size", String.valueOf(Math.max(10, this.threads * 2 + 2)));
		String profile;
		if ("mysql".equals(this.db)) {
			profile = "mysql";
			properties.put("MYSQL_DATABASE", this.database);
		}
		else {
			profile = "benchmark";
			properties.put("spring.datasource.url",
					"jdbc:h2:file:./target/benchmark/h2/zhicheng;DB_CLOSE_ON_EXIT=FALSE;MODE=LEGACY");
		}
		// system properties: above application.yaml (default properties would be below it)
		properties.forEach((key, value) -> System.setProperty(key, String.valueOf(value)));
		this.context = new SpringApplicationBuilder(ZhichengApplication.class, BenchmarkBeans.class)
			.profiles(profile)
			.initializers(ctx -> ctx.getBeanFactory().registerSingleton("benchmarkExcludesTestConfigurations",
					new ExcludeTestConfigurations()))
			.run();
		this.engine = this.context.getBean(ProcessEngine.class);
	}

	/** Test configurations (stand-ins for tests) are never part of the benchmark's application. */
	static final class ExcludeTestConfigurations extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof ExcludeTestConfigurations;
		}

		@Override
		public int hashCode() {
			return 11;
		}

	}

	/** Beans of the benchmark only: the timing of chosen service tasks. */
	static class BenchmarkBeans {

		static final Latencies SHARED = new Latencies();

		@Bean
		ProcessEnginePlugin benchmarkActivityTiming() {
			return new ActivityTimingPlugin(SHARED);
		}

		@Bean
		static StatementCounter benchmarkStatementCounter() {
			return new StatementCounter();
		}

	}

	void buildProvince() throws Exception {
		OrganisationService organisations = this.context.getBean(OrganisationService.class);
		this.province = new Province(this.seed, organisations);
		this.province.build();
		List<Province.ExpertSpec> experts = this.province.expertSpecs(30, this.poolSize);
		AtomicInteger done = new AtomicInteger();
		this.driver.parallel(experts, Province.ExpertSpec::userId, spec -> {
			this.province.saveExpert(spec);
			if (done.incrementAndGet() % 2000 == 0) {
				System.out.printf("[基准] 专家 %d/%d%n", done.get(), experts.size());
			}
		});
		this.province.experts = experts.size();
		System.out.printf("[基准] 全省：%d个州市，%d个用人单位，%d个评委会，%d名专家（%s专家库%d人）%n", Province.PREFECTURES.size(),
				this.province.units.size(), this.province.boards.size(), experts.size(), this.province.largePoolCommittee,
				this.poolSize);
	}

	// the year

	static void clock(String isoBeijing) {
		ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(isoBeijing + "+08:00[Asia/Shanghai]").toInstant()));
	}

	static LocalDate today() {
		return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), BEIJING);
	}

	/**
	 * The year of {@code boards}' cycles with the applications {@code specs} gives; without
	 * {@code wholeYear} it ends after the review meetings.
	 */
	Map<String, Double> procedure(List<Province.Board> boards, java.util.function.Supplier<List<Applicants.Spec>> specsOf,
			boolean wholeYear) throws Exception {
		Map<String, Double> phases = new LinkedHashMap<>();
		ReviewCycleService cycles = this.context.getBean(ReviewCycleService.class);
		ApplicationService applications = this.context.getBean(ApplicationService.class);

		long t = System.nanoTime();
		clock(YEAR + "-04-01T09:00:00");
		this.driver.parallel(boards, b -> b.committee().code(),
				board -> this.driver.as(board.officeLogins().get(0),
						() -> cycles.start(board.committee().code(), YEAR, board.officeLogins().get(0))));
		step(STEP_NOTICE);
		clock(YEAR + "-04-02T10:00:00");
		step(STEP_APPROVAL);
		phases.put("评审通知（起草、审核、发布）", seconds(t));

		// applications: submitted by the units in April, ballots, 5 working days of publicity, recommendation,
		// competent department, qualification rules and reviews
		long tApplications = System.nanoTime();
		double cpuApplications = cpuSeconds();
		Map<String, Long> statementsApplications = StatementCounter.snapshot();
		this.applicationPhaseTexts = StatementCounter.texts();
		clock(YEAR + "-04-08T09:00:00");
		List<Applicants.Spec> specs = specsOf.get();
		AtomicInteger refused = new AtomicInteger();
		this.driver.parallel(specs, s -> s.form().idNumber(), spec -> {
			long start = System.nanoTime();
			try {
				this.driver.as(spec.unit().login(), () -> {
					Application application = applications.submit(spec.form(), spec.unit().login());
					if (spec.flaw() != null) {
						this.flaws.put(application.id(), spec.flaw());
					}
				});
				this.latencies.record("申报提交 ApplicationService.submit", System.nanoTime() - start);
			}
			catch (RuntimeException ex) {
				refused.incrementAndGet();
				this.driver.failure("申报提交：" + ex.getMessage());
			}
		});
		this.results.put("申报提交被拒", refused.get());
		this.driver.completionName = "任务完成（申报流程）";
		step(STEP_APPLICATIONS);
		clock(YEAR + "-04-20T09:00:00");
		step(STEP_RECOMMENDATION);
		phases.put("申报阶段（提交至资格审查结束）", seconds(tApplications));
		this.applicationPhaseCpu = cpuSeconds() - cpuApplications;
		this.applicationPhaseStatements = StatementCounter.since(statementsApplications);
		this.applicationPhaseTextsAfter = StatementCounter.texts();
		// what the application process did per application in this phase: the baseline gets the same
		this.applicationShape = Shape.of(this.engine, this.n);
		this.applicationPhaseTasks = this.engine.getHistoryService().createHistoricTaskInstanceQuery()
			.processDefinitionKey(ApplicationProcess.KEY).finished().count();
		this.results.put("申报状态", statusCounts());
		this.results.put("生成时注定不合格", this.flaws.size() + "（" + this.flaws.values().stream()
			.collect(Collectors.groupingBy(f -> f.label, TreeMap::new, Collectors.counting())) + "）");
		this.results.put("资格审查不通过的规则", failedRules());
		if (this.ratioOnly) {
			return phases;
		}

		this.driver.completionName = "任务完成（评审周期）";
		long tCycle = System.nanoTime();
		clock(YEAR + "-07-01T10:00:00");
		step(STEP_LIST);
		clock(YEAR + "-07-09T09:00:00");
		step(STEP_FILING);
		phases.put("截止、名单、会前公示、备案、抽取", seconds(tCycle));

		long tMeeting = System.nanoTime();
		clock(REVIEW_DATE + "T09:00:00");
		step(STEP_MEETING);
		phases.put("评审会议（审阅、投票、计票、签字）", seconds(tMeeting));
		if (!wholeYear) {
			return phases;
		}

		long tResults = System.nanoTime();
		clock(YEAR + "-09-29T09:00:00");
		step(STEP_RESULTS);
		clock(YEAR + "-10-12T09:00:00");
		step(STEP_APPOINTMENT);
		clock(YEAR + "-11-02T10:00:00");
		startCertificationWhereMissing(cycles);
		step(STEP_CERTIFICATES);
		phases.put("结果公示、会后备案、发文发证、聘任、归档", seconds(tResults));
		this.results.put("申报状态（年终）", statusCounts());
		JdbcTemplate jdbc = this.context.getBean(JdbcTemplate.class);
		this.results.put("颁发证书", jdbc.queryForObject("SELECT COUNT(*) FROM zc_certificate", Integer.class));
		this.results.put("仍在运行的流程实例", this.engine.getRuntimeService().createProcessInstanceQuery().list().stream()
			.collect(Collectors.groupingBy(pi -> pi.getProcessDefinitionId().split(":")[0], TreeMap::new,
					Collectors.counting())));
		this.results.put("仍未办理的任务", this.engine.getTaskService().createTaskQuery().list().stream()
			.collect(Collectors.groupingBy(Task::getTaskDefinitionKey, TreeMap::new, Collectors.counting())));
		return phases;
	}

	void step(int step) throws Exception {
		long t = System.nanoTime();
		double cpu = cpuSeconds();
		long tasks = this.driver.drive(step, PROCEDURE_KEYS);
		System.out.printf("[基准] 第%d步（%s）：完成%d个任务，%.1f秒（本进程CPU %.1f秒），累计作业%d个，负载 %s%n", step, today(),
				tasks, seconds(t), cpuSeconds() - cpu, this.driver.jobsExecuted.get(), loadAverage());
	}

	/** Statements by kind divided by N, e.g. {@code 全部 61.2（SELECT 30.1, INSERT 20.0, …）}. */
	String perInstance(Map<String, Long> statements) {
		StringBuilder b = new StringBuilder(String.format("全部 %.1f（", statements.getOrDefault("全部", 0L) / (double) this.n));
		statements.forEach((kind, count) -> {
			if (!kind.equals("全部")) {
				b.append(String.format("%s %.1f，", kind, count / (double) this.n));
			}
		});
		b.setLength(b.length() - 1);
		return b.append('）').toString();
	}

	/**
	 * CPU seconds this JVM has used (all threads): on a machine shared with other work, the application's own
	 * cost per phase is compared by it as well as by wall time (the database's CPU is not in it).
	 */
	static double cpuSeconds() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1e9;
	}

	/**
	 * Certification (C1–C4) for every cycle whose process has ended without starting it (until the result
	 * stages land in review-cycle.bpmn, the cycle ends after the meeting): started the way the cycle's call
	 * activity starts it, with the cycle's business key, cycleId and the post-filing approval time.
	 */
	void startCertificationWhereMissing(ReviewCycleService cycles) {
		RuntimeService runtime = this.engine.getRuntimeService();
		for (Province.Board board : this.province.boards) {
			ReviewCycle cycle = cycles.active(board.committee().code(), YEAR).orElse(null);
			if (cycle == null) {
				cycle = this.context.getBean(JdbcTemplate.class)
					.queryForList("SELECT id FROM zc_review_cycle WHERE committee_code = ? AND review_year = ?",
							String.class, board.committee().code(), YEAR)
					.stream().findFirst().map(cycles::require).orElse(null);
			}
			if (cycle == null) {
				continue;
			}
			boolean running = runtime.createProcessInstanceQuery().processInstanceId(cycle.processInstanceId())
				.count() > 0;
			boolean certified = this.engine.getHistoryService().createHistoricProcessInstanceQuery()
				.processDefinitionKey(CertificationProcess.KEY).processInstanceBusinessKey(cycle.businessKey())
				.count() > 0;
			if (!running && !certified) {
				runtime.createProcessInstanceByKey(CertificationProcess.KEY).businessKey(cycle.businessKey())
					.setVariable(CertificationProcess.CYCLE_ID.name(), cycle.id())
					.setVariable(CertificationProcess.POST_FILING_APPROVED_AT.name(), ClockUtil.getCurrentTime())
					.execute();
			}
		}
	}

	/** Rule id → applications that failed it (from the stored qualification reports). */
	Map<String, Integer> failedRules() {
		Map<String, Integer> rules = new TreeMap<>();
		java.util.regex.Pattern failed = java.util.regex.Pattern
			.compile("\\{\"rule\":\"([^\"]+)\",\"outcome\":\"FAIL\"");
		for (String report : this.context.getBean(JdbcTemplate.class).queryForList(
				"SELECT qualification_result FROM zc_application WHERE status = 'NOT_QUALIFIED'", String.class)) {
			var matcher = failed.matcher(report == null ? "" : report);
			while (matcher.find()) {
				rules.merge(matcher.group(1), 1, Integer::sum);
			}
		}
		return rules;
	}

	Map<String, Integer> statusCounts() {
		Map<String, Integer> counts = new TreeMap<>();
		this.context.getBean(JdbcTemplate.class)
			.queryForList("SELECT status, COUNT(*) AS c FROM zc_application GROUP BY status")
			.forEach(row -> counts.put(String.valueOf(row.get("status") != null ? row.get("status") : row.get("STATUS")),
					((Number) (row.get("c") != null ? row.get("c") : row.get("C"))).intValue()));
		return counts;
	}

	// measurements besides the procedure

	/** The draw from the large pool, through DrawService as the draw's service task calls it. */
	void extraDraws() {
		DrawService draws = this.context.getBean(DrawService.class);
		Province.Board board = this.province.board(this.province.largePoolCommittee);
		String supervision = board.committee().supervisionCreditCode();
		for (int i = 0; i < 20; i++) {
			int attempt = i;
			this.latencies.time("专家抽取（" + this.poolSize + "人专家库，DrawService.draw）", () -> draws.draw(new DrawRequest(
					"BENCH-DRAW-" + attempt, board.committee().code(), YEAR, board.office(), supervision, "benchmark",
					"benchmark")));
		}
	}

	/**
	 * Every stored draw verified (DrawService.verify: the document against its digest, the draw re-run from the
	 * seed, the hash chain, the engine's copy of the digest): how many are valid, and how long a verification of
	 * the large pool's draw takes. On a database of an earlier run, this checks the draws V16 migrated.
	 */
	void verifyDraws() {
		DrawService draws = this.context.getBean(DrawService.class);
		JdbcTemplate jdbc = this.context.getBean(JdbcTemplate.class);
		Map<String, Integer> outcomes = new TreeMap<>();
		for (Map<String, Object> row : jdbc.queryForList("SELECT id, committee_code FROM zc_draw")) {
			String id = String.valueOf(row.get("id") != null ? row.get("id") : row.get("ID"));
			String committee = String.valueOf(row.get("committee_code") != null ? row.get("committee_code")
					: row.get("COMMITTEE_CODE"));
			String name = committee.equals(this.province.largePoolCommittee)
					? "抽取复核（" + this.poolSize + "人专家库，DrawService.verify）" : "抽取复核（其他专家库）";
			var verification = this.latencies.time(name, () -> draws.verify(id));
			String key = verification.valid() ? "通过" : "未通过：" + String.join("；", verification.problems());
			outcomes.merge(key.length() > 200 ? key.substring(0, 200) : key, 1, Integer::sum);
		}
		System.out.println("[基准] 抽取记录复核：" + outcomes);
		System.out.println(this.latencies.line("抽取复核（" + this.poolSize + "人专家库，DrawService.verify）"));
		System.out.println(this.latencies.line("抽取复核（其他专家库）"));
	}

	/** Rows and bytes per application (after ANALYZE TABLE on MySQL), before the baseline adds its own. */
	void storageFigures() {
		JdbcTemplate jdbc = this.context.getBean(JdbcTemplate.class);
		long rows = 0;
		Map<String, Long> perTable = new TreeMap<>();
		List<String> tables;
		if ("mysql".equals(this.db)) {
			tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()",
					String.class);
			for (String table : tables) {
				jdbc.queryForList("ANALYZE TABLE `" + table + "`");
			}
		}
		else {
			tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'"
					+ " AND table_type = 'BASE TABLE'", String.class);
		}
		for (String table : tables) {
			long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + ("mysql".equals(this.db) ? "`" + table + "`"
					: "\"" + table + "\""), Long.class);
			rows += count;
			perTable.put(table, count);
		}
		this.results.put("行数合计（全部表，实数）", rows);
		this.results.put("每份申报行数", String.format("%.1f", rows / (double) this.n));
		if ("mysql".equals(this.db)) {
			Map<String, Object> size = jdbc.queryForMap("SELECT SUM(data_length) AS d, SUM(index_length) AS i, "
					+ "SUM(table_rows) AS r FROM information_schema.tables WHERE table_schema = DATABASE()");
			long data = ((Number) size.get("d")).longValue();
			long index = ((Number) size.get("i")).longValue();
			this.results.put("数据+索引字节（information_schema）", data + index);
			this.results.put("每份申报字节", String.format("%.0f（数据%.0f + 索引%.0f）", (data + index) / (double) this.n,
					data / (double) this.n, index / (double) this.n));
			this.results.put("每份申报行数（information_schema 估计）",
					String.format("%.1f", ((Number) size.get("r")).longValue() / (double) this.n));
		}
		List<Map.Entry<String, Long>> largest = perTable.entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10).toList();
		this.results.put("行数最多的表", largest.stream().map(e -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining(", ")));
	}

	/** Heap in use, sampled every 50 ms: the peak of what the JVM really held at one time. */
	final java.util.concurrent.atomic.AtomicLong heapPeak = new java.util.concurrent.atomic.AtomicLong();

	void startHeapSampler() {
		Thread sampler = new Thread(() -> {
			var memory = ManagementFactory.getMemoryMXBean();
			while (true) {
				long used = memory.getHeapMemoryUsage().getUsed();
				this.heapPeak.accumulateAndGet(used, Math::max);
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "benchmark-heap-sampler");
		sampler.setDaemon(true);
		sampler.start();
	}

	void driverFailure(String key, int count) {
		this.driver.failures.computeIfAbsent(key, k -> new AtomicInteger()).addAndGet(count);
	}

	// report

	void report(double procedureSeconds, double appPhase, long appTasks, long allTasks, double baselineSeconds,
			Shape shape, Baseline baseline) {
		System.out.println();
		System.out.println("==================== 性能基准结果 ====================");
		System.out.printf("数据库 %s，N=%d，线程 %d，种子 %d，CPU %d 核，结束时负载 %s%n", this.db, this.n, this.threads, this.seed,
				Runtime.getRuntime().availableProcessors(), loadAverage());
		this.results.forEach((k, v) -> System.out.printf("%-36s %s%n", k, v instanceof Double d ? String.format("%.1f s", d) : v));
		System.out.println("---- 吞吐 ----");
		System.out.printf("全流程：%d份申报，%.1f秒 → %.2f 份/秒（1万份约需 %.1f 分钟）%n", this.n, procedureSeconds,
				this.n / procedureSeconds, 10_000 / (this.n / procedureSeconds) / 60);
		System.out.printf("全流程用户任务：%d个 → %.1f 个/秒%n", allTasks, allTasks / procedureSeconds);
		System.out.printf("申报阶段：%.1f秒，%.2f 份/秒，申报流程用户任务 %d 个 → %.1f 个/秒%n", appPhase, this.n / appPhase,
				appTasks, appTasks / appPhase);
		System.out.printf("申报阶段每份（申报流程）：用户任务 %.2f 个，服务任务 %.2f 个，定时器 %.2f 个%n", shape.userTasks(), shape.serviceTasks(),
				shape.timers());
		System.out.printf("裸引擎基线（%d个用户任务、%d个服务任务、%d个定时器，空委托）：%.1f秒，%.2f 实例/秒%n", baseline.userTasks,
				baseline.serviceTasks, baseline.timers, baselineSeconds, this.n / baselineSeconds);
		double ratio = (this.n / appPhase) / (this.n / baselineSeconds);
		System.out.printf("与基线之比（申报阶段吞吐 / 基线吞吐）：%.2f（目标 ≥ 0.8）%n", ratio);
		System.out.printf("本进程CPU：申报阶段 %.1f秒（每份 %.1f ms），基线 %.1f秒（每实例 %.1f ms），CPU之比（基线 / 申报阶段）%.2f%n",
				this.applicationPhaseCpu, this.applicationPhaseCpu * 1000 / this.n, this.baselineCpu,
				this.baselineCpu * 1000 / this.n, this.baselineCpu / Math.max(1e-9, this.applicationPhaseCpu));
		System.out.printf("SQL语句：申报阶段每份 %s；基线每实例 %s%n", perInstance(this.applicationPhaseStatements),
				perInstance(this.baselineStatements));
		StatementCounter.printTexts("申报阶段每份", this.applicationPhaseTexts, this.applicationPhaseTextsAfter, this.n, 70);
		StatementCounter.printTexts("基线每实例", this.baselineTexts, this.baselineTextsAfter, this.n, 40);
		if (!this.driver.jobsGone.isEmpty()) {
			System.out.println("列出后被其他事务删除的作业（未执行，不计为失败）：" + new TreeMap<>(this.driver.jobsGone));
		}
		System.out.println("---- 延迟 ----");
		List<String> names = new ArrayList<>(List.of("申报提交 ApplicationService.submit", "任务完成（申报流程）",
				"任务完成（评审周期）", "基线：启动实例", "基线：任务完成"));
		names.addAll(Inbox.NAMES);
		names.add("专家抽取（" + this.poolSize + "人专家库，DrawService.draw）");
		for (String name : names) {
			System.out.println(this.latencies.line(name));
		}
		for (String name : ActivityTimingPlugin.TIMED.values()) {
			System.out.println(BenchmarkBeans.SHARED.line(name));
		}
		tallyBySize().forEach(System.out::println);
		System.out.println("---- 用时最多的任务与作业（全流程，按总用时） ----");
		Map<String, long[]> spent = new HashMap<>();
		this.driver.perKey.forEach((k, v) -> spent.put("任务 " + k, new long[] { v.sum(), this.driver.perKeyCount.get(k).sum() }));
		this.driver.perJob.forEach((k, v) -> spent.put("作业 " + k, new long[] { v.sum(), this.driver.perJobCount.get(k).sum() }));
		spent.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(12)
			.forEach(e -> System.out.printf("  %-40s 共 %8.1f s，%6d 次，平均 %8.1f ms%n", e.getKey(), e.getValue()[0] / 1e9,
					e.getValue()[1], e.getValue()[0] / 1e6 / Math.max(1, e.getValue()[1])));
		System.out.println("---- 内存 ----");
		long peak = 0;
		for (MemoryPoolMXBean bean : ManagementFactory.getMemoryPoolMXBeans()) {
			if (bean.getType() == MemoryType.HEAP) {
				peak += bean.getPeakUsage().getUsed();
				System.out.printf("  %-28s 峰值 %,d MiB%n", bean.getName(), bean.getPeakUsage().getUsed() >> 20);
			}
		}
		long liveAfterGc = 0;
		for (MemoryPoolMXBean bean : ManagementFactory.getMemoryPoolMXBeans()) {
			if (bean.getType() == MemoryType.HEAP && bean.getCollectionUsage() != null) {
				liveAfterGc = Math.max(liveAfterGc, bean.getCollectionUsage().getUsed());
			}
		}
		System.out.printf("堆峰值（每50毫秒采样的已用堆最大值）：%,d MiB；各堆内存池峰值之和（上界）：%,d MiB；最大堆（-Xmx）%,d MiB%n",
				this.heapPeak.get() >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
		if (!this.driver.failures.isEmpty()) {
			System.out.println("---- 失败 ----");
			this.driver.failures.forEach((k, v) -> System.out.printf("%5d × %s%n", v.get(), k));
		}
		System.out.println("=====================================================");
	}

	static String databaseName(String name) {
		if (!name.matches("[A-Za-z0-9_]{1,64}")) {
			throw new IllegalArgumentException("benchmark.database 只能由字母、数字和下划线组成：" + name);
		}
		return name;
	}

	static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	static Object json(String text) {
		return SpinValues.jsonValue(text).create();
	}

	static List<String> strings(Object value) {
		try {
			return JSON.readValue(value.toString(), new com.fasterxml.jackson.core.type.TypeReference<List<String>>() {
			});
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<Map<String, Object>> objects(Object value) {
		try {
			return JSON.readValue(value.toString(),
					new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() {
					});
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The shape of the application process as the run went through it: per application. */
	record Shape(double userTasks, double serviceTasks, double timers) {

		static Shape of(ProcessEngine engine, int n) {
			var history = engine.getHistoryService();
			long instances = history.createHistoricProcessInstanceQuery().processDefinitionKey(ApplicationProcess.KEY)
				.count();
			Map<String, Long> byType = new HashMap<>();
			for (var definition : engine.getRepositoryService().createProcessDefinitionQuery()
				.processDefinitionKey(ApplicationProcess.KEY).list()) {
				for (String type : List.of("userTask", "serviceTask", "intermediateTimer")) {
					byType.merge(type, history.createHistoricActivityInstanceQuery()
						.processDefinitionId(definition.getId()).activityType(type).count(), Long::sum);
				}
			}
			double per = Math.max(1, instances);
			return new Shape(byType.getOrDefault("userTask", 0L) / per, byType.getOrDefault("serviceTask", 0L) / per,
					byType.getOrDefault("intermediateTimer", 0L) / per);
		}

	}

	/** Task of a given key for variables. */
	static Object variable(ProcessEngine engine, Task task, String name) {
		return engine.getTaskService().getVariable(task.getId(), name);
	}

	Filter departmentInbox() {
		FilterService filters = this.engine.getFilterService();
		return filters.createFilterQuery().filterName(InboxFilters.DEPARTMENT_INBOX).singleResult();
	}

	/** The meeting id of a meeting process (read without the expert's authentication, like the ballot page's link). */
	Object meetingOf(String processInstanceId) {
		return this.context.getBean(cn.zhicheng.system.EngineAccess.class)
			.asSystem(() -> this.engine.getRuntimeService().getVariable(processInstanceId, "meetingId"));
	}

	BallotService ballots() {
		return this.context.getBean(BallotService.class);
	}

	CertificateService certificates() {
		return this.context.getBean(CertificateService.class);
	}

}
