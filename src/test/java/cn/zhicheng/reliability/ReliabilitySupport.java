package cn.zhicheng.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.zhicheng.system.MysqlTestDatabase;

/**
 * What the reliability tests share: a fresh MySQL database per run (dropped afterwards, kept with
 * -Dreliability.keep-database=true), the clock file, free ports, the nodes' logs on failure, and the
 * checks after a cycle: no instance lost, no duplicate certificate, no incident, history consistent,
 * every timer fired once.
 */
abstract class ReliabilitySupport {

	final List<AppNode> nodes = new ArrayList<>();

	String database;

	Path clockFile;

	void prepare(String base) throws IOException {
		this.database = base + "_" + ProcessHandle.current().pid();
		MysqlTestDatabase.recreate(this.database);
		Files.createDirectories(Path.of("target", "reliability"));
		this.clockFile = Path.of("target", "reliability", this.database + ".clock");
		CycleRun.setClock(this.clockFile, CycleRun.START);
	}

	AppNode node(String name) throws IOException {
		AppNode node = new AppNode(name, freePort(), this.database, this.clockFile);
		Files.deleteIfExists(node.log);
		this.nodes.add(node);
		return node;
	}

	void shutDown() throws InterruptedException {
		for (AppNode node : this.nodes) {
			node.kill();
		}
		if (this.database != null && !Boolean.getBoolean("reliability.keep-database")) {
			try (var connection = MysqlTestDatabase.connect(); var statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + this.database);
			}
			catch (java.sql.SQLException ex) {
				// best effort; the next run of the same name starts by dropping it
			}
		}
	}

	/** The failure with every node's last log lines (the whole logs stay under target/reliability/). */
	AssertionError diagnosed(Throwable failure, CycleRun run) {
		StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
		if (run != null) {
			try {
				text.append("\n运行状态：").append(run.state());
			}
			catch (Exception ex) {
				text.append("\n（状态不可读：").append(ex).append("）");
			}
		}
		for (AppNode node : this.nodes) {
			text.append("\n----- ").append(node.name).append(" 日志末尾（全文 ").append(node.log.toAbsolutePath())
				.append("）-----\n").append(node.tail());
		}
		AssertionError error = new AssertionError(text.toString(), failure);
		return error;
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static final String FAMILY_PROCESSES = "(SELECT ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ LIKE '" + CycleRun.FAMILY
			+ "%')";

	/** The checks after the cycle is archived. Returns the number of passed applications. */
	static long verifyCycle(CycleRun run) throws Exception {
		// every submitted application is stored once, with its process, in an end state (none lost)
		List<Map<String, Object>> applications = run.rows("SELECT id, id_number, status, process_instance_id FROM zc_application"
				+ " WHERE committee_code = '" + CycleRun.COMMITTEE + "' AND review_year = " + CycleRun.YEAR);
		assertThat(applications).as("两份演示申报加上测试提交的申报").hasSize(run.submitted.size() + 2);
		assertThat(applications).extracting(a -> a.get("id_number")).doesNotHaveDuplicates()
			.containsAll(run.submitted.keySet());
		assertThat(applications).allSatisfy(a -> assertThat(a.get("process_instance_id")).isNotNull());
		// every expert votes YES: everybody passes, gets the certificate and is appointed
		assertThat(applications).extracting(a -> a.get("status")).containsOnly("APPOINTED");
		long passed = applications.size();
		for (Map<String, Object> a : applications) {
			List<Map<String, Object>> process = run.rows("SELECT STATE_, END_ACT_ID_ FROM ACT_HI_PROCINST WHERE ID_ = '"
					+ a.get("process_instance_id") + "'");
			assertThat(process).as("申报流程 %s", a.get("id")).hasSize(1);
			assertThat(process.get(0).get("state_")).as("申报流程 %s", a.get("id")).isEqualTo("COMPLETED");
		}
		// no duplicate certificate: one per passed application, numbers unique
		assertThat(run.count("SELECT COUNT(*) FROM zc_certificate c JOIN zc_application a ON a.id = c.application_id"
				+ " WHERE a.committee_code = '" + CycleRun.COMMITTEE + "' AND a.review_year = " + CycleRun.YEAR))
			.as("证书数").isEqualTo(passed);
		assertThat(run.count("SELECT COUNT(*) FROM (SELECT application_id FROM zc_certificate GROUP BY application_id"
				+ " HAVING COUNT(*) > 1) d")).as("重复发证的申报").isZero();
		assertThat(run.count("SELECT COUNT(*) FROM (SELECT certificate_number FROM zc_certificate GROUP BY certificate_number"
				+ " HAVING COUNT(*) > 1) d")).as("重复的证书编号").isZero();
		assertThat(run.count("SELECT COUNT(*) FROM zc_appointment p JOIN zc_application a ON a.id = p.application_id"
				+ " WHERE a.committee_code = '" + CycleRun.COMMITTEE + "' AND a.review_year = " + CycleRun.YEAR))
			.as("聘任记录").isEqualTo(passed);
		// each application received CertificateIssued exactly once
		assertThat(run.count("SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE ACT_ID_ = 'Event_WaitForCertificate'"
				+ " AND END_TIME_ IS NOT NULL AND PROC_INST_ID_ IN " + FAMILY_PROCESSES)).isEqualTo(passed);
		// no incident left, no job out of retries
		assertThat(run.get("/engine-rest/incident/count").get("count").asLong()).as("未解决的事故").isZero();
		assertThat(run.count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ = 0")).as("重试用尽的作业").isZero();
		// history consistent: the cycle's processes all completed, nothing open in history
		assertThat(run.rows("SELECT STATE_, COUNT(*) n FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ LIKE '" + CycleRun.FAMILY
				+ "%' GROUP BY STATE_")).extracting(r -> r.get("state_")).containsOnly("COMPLETED");
		assertThat(run.count("SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE END_TIME_ IS NULL AND PROC_INST_ID_ IN "
				+ FAMILY_PROCESSES)).as("历史中未结束的任务").isZero();
		assertThat(run.count("SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE END_TIME_ IS NULL AND PROC_INST_ID_ IN "
				+ FAMILY_PROCESSES)).as("历史中未结束的活动").isZero();
		assertThat(run.count("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ LIKE '" + CycleRun.FAMILY + "%'"))
			.isZero();
		// every timer of the cycle fired exactly once (one successful job log entry per timer job)
		assertThat(run.rows("SELECT JOB_ID_, COUNT(*) n FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2"
				+ " AND JOB_DEF_TYPE_ LIKE 'timer%' AND PROCESS_INSTANCE_ID_ IN " + FAMILY_PROCESSES
				+ " GROUP BY JOB_ID_ HAVING COUNT(*) > 1")).as("执行了不止一次的定时器").isEmpty();
		assertThat(run.count("SELECT COUNT(DISTINCT JOB_ID_) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2"
				+ " AND ACT_ID_ = 'TimerEvent_UnitPublicityEnds' AND PROCESS_INSTANCE_ID_ IN " + FAMILY_PROCESSES))
			.as("单位公示定时器（每份申报一个）").isEqualTo(passed);
		assertThat(run.count("SELECT COUNT(DISTINCT JOB_ID_) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2"
				+ " AND ACT_ID_ IN ('TimerEvent_WindowCloses', 'TimerEvent_PublicityEnds') AND PROCESS_INSTANCE_ID_ IN "
				+ FAMILY_PROCESSES)).as("截止与两次公示的定时器").isEqualTo(3);
		// the meeting's secret ballot: every attending expert cast one ballot, all counted
		assertThat(run.count("SELECT COUNT(*) FROM zc_ballot_paper")).as("计票后不留选票").isZero();
		return passed;
	}

}
