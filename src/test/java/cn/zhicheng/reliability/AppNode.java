package cn.zhicheng.reliability;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import cn.zhicheng.system.MysqlTestDatabase;

/**
 * One application node in its own JVM ({@link ClockedNode}, i.e. ZhichengApplication with the test's
 * clock), profiles demo and mysql on the test's database, its own port, the job executor on, the engine's
 * host name (ACT_HI_JOB_LOG.HOSTNAME_) set to the node's name. Its output goes to
 * target/reliability/&lt;name&gt;.log (appended over restarts); {@link #kill()} sends SIGKILL.
 */
final class AppNode {

	/** The job lock time of test nodes: a killed node's locks expire after this (production default 5 min). */
	static final int LOCK_TIME_MILLIS = 15_000;

	final String name;

	final int port;

	final String database;

	final Path clockFile;

	final Path log;

	private Process process;

	private int starts;

	AppNode(String name, int port, String database, Path clockFile) {
		this.name = name;
		this.port = port;
		this.database = database;
		this.clockFile = clockFile;
		this.log = Path.of("target", "reliability", database + "-" + name + ".log");
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	boolean alive() {
		return this.process != null && this.process.isAlive();
	}

	long pid() {
		return this.process.pid();
	}

	/** Starts the JVM and waits until the engine REST API answers (at most 4 minutes). */
	void start() throws IOException, InterruptedException {
		Files.createDirectories(this.log.getParent());
		this.starts++;
		Files.writeString(this.log, "\n===== " + Instant.now() + " start " + this.starts + " of " + this.name + " =====\n",
				StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx640m");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-XX:+UseSerialGC");
		command.add("-Dfile.encoding=UTF-8");
		command.add("-D" + ClockedNode.CLOCK_FILE + "=" + this.clockFile.toAbsolutePath());
		command.add("-cp");
		command.add(classPath());
		command.add(ClockedNode.class.getName());
		command.add("--server.port=" + this.port);
		command.add("--spring.profiles.active=demo,mysql");
		command.add("--MYSQL_HOST=" + MysqlTestDatabase.host());
		command.add("--MYSQL_PORT=" + MysqlTestDatabase.port());
		command.add("--MYSQL_DATABASE=" + this.database);
		command.add("--camunda.bpm.generic-properties.properties.hostname=" + this.name);
		// the test class path's config/application.yaml switches the job executor off for in-process tests
		command.add("--camunda.bpm.job-execution.enabled=true");
		command.add("--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME_MILLIS);
		command.add("--camunda.bpm.job-execution.max-wait=2000");
		command.add("--camunda.bpm.job-execution.wait-time-in-millis=500");
		command.add("--logging.level.root=WARN");
		command.add("--logging.level.cn.zhicheng=INFO");
		command.add("--logging.level.org.camunda.bpm.engine.jobexecutor=INFO");
		command.add("--logging.level.org.camunda.bpm.engine.context=INFO");
		command.add("--logging.level.org.springframework.boot.web.embedded=INFO");
		ProcessBuilder builder = new ProcessBuilder(command).directory(new File(".").getAbsoluteFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()));
		this.process = builder.start();
		waitUntilUp();
	}

	/** SIGKILL (Process.destroyForcibly on Linux): no shutdown hook, no graceful close, as a crash. */
	void kill() throws InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroyForcibly();
			this.process.waitFor();
		}
	}

	private void waitUntilUp() throws InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		String auth = "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8));
		long deadline = System.currentTimeMillis() + 240_000;
		while (System.currentTimeMillis() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("节点 " + this.name + " 启动失败（进程已退出），日志：" + this.log.toAbsolutePath()
						+ "\n" + tail());
			}
			try {
				HttpResponse<String> response = client.send(
						HttpRequest.newBuilder(URI.create(baseUrl() + "/engine-rest/engine")).header("Authorization", auth)
							.timeout(Duration.ofSeconds(5))
							.GET()
							.build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && demoDataLoaded()) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("节点 " + this.name + " 4 分钟内未启动，日志：" + this.log.toAbsolutePath() + "\n" + tail());
	}

	/** The demo runners (organisation, cycles, applications) run after the web server listens. */
	private boolean demoDataLoaded() throws IOException {
		String text = Files.readString(this.log, StandardCharsets.UTF_8);
		int start = text.lastIndexOf("===== ");
		return text.indexOf(ClockedNode.READY, start) >= 0;
	}

	/** The last lines of the node's log, for a failure message. */
	String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
		}
		catch (IOException ex) {
			return "（无法读取日志：" + ex.getMessage() + "）";
		}
	}

	/** The test JVM's class path (surefire passes it in surefire.test.class.path when it uses a manifest jar). */
	static String classPath() {
		String surefire = System.getProperty("surefire.test.class.path");
		return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
	}

}
