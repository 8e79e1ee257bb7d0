package cn.zhicheng.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 4: crash recovery. The application runs in its own JVM on a fresh MySQL database; the
 * test drives a review cycle through its REST APIs ({@link CycleRun}) and at seeded random points kills
 * it with SIGKILL, sometimes while a request is being handled, always while its job executor may be
 * running timers and asynchronous continuations, restarts it on the same database and carries on until the
 * cycle is archived and every passed applicant has a certificate and an appointment. Then: no instance
 * lost, no duplicate certificate, no incident left, history consistent ({@link ReliabilitySupport#verifyCycle}).
 * <p>
 * Sizes: -Dreliability.crash.applications (default 20; the issue's size is 200),
 * -Dreliability.crash.kills (default 5), -Dreliability.seed (default 20261121).
 */
class CrashRecoveryTest extends ReliabilitySupport {

	/** A kill, for the report: where the driver was and how many requests it had made. */
	record Kill(int request, String when, String clock, long millisAfterSend) {
	}

	@AfterEach
	void tearDown() throws InterruptedException {
		shutDown();
	}

	@Test
	void killedAtRandomPointsTheApplicationRecoversAndFinishesTheCycle() throws Exception {
		int applications = Integer.getInteger("reliability.crash.applications", 20);
		int kills = Integer.getInteger("reliability.crash.kills", 5);
		long seed = Long.getLong("reliability.seed", 20261121L);
		prepare("zhicheng_test_crash");
		AppNode node = node("crash-node");
		List<Kill> done = new ArrayList<>();
		Random random = new Random(seed);
		// roughly 25 requests per application plus the cycle's own: the kills are spread over that
		int expected = 25 * (applications + 2) + 100;
		int[] nextKill = { gap(random, expected, kills) };
		Thread[] killer = { null };
		int[] movesSeen = { 0 };
		CycleRun run = new CycleRun(List.of(node), this.clockFile, this.database, new CycleRun.Chaos() {

			@Override
			public void beforeRequest(CycleRun r, AppNode n) throws Exception {
				if (done.size() < kills && (r.requests >= nextKill[0] || r.clockMoves.size() > movesSeen[0])) {
					// half of the kills land while a request is being handled (0–40 ms after it is sent), the
					// others between requests while the job executor works (timers, async continuations);
					// after every move of the clock the timers that became due are firing: a kill there too
					boolean afterClockMove = r.clockMoves.size() > movesSeen[0];
					movesSeen[0] = r.clockMoves.size();
					if (afterClockMove && random.nextBoolean()) {
						return;
					}
					long delay = afterClockMove || random.nextBoolean() ? 200 + random.nextInt(1300) : random.nextInt(40);
					String clock = r.clock().toString();
					int request = r.requests;
					killer[0] = new Thread(() -> {
						try {
							Thread.sleep(delay);
							n.kill();
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
						}
					});
					done.add(new Kill(request, afterClockMove ? "定时器到期后" : "请求处理中或请求之间", clock, delay));
					killer[0].start();
				}
			}

			@Override
			public void afterRequest(CycleRun r, AppNode n) throws Exception {
				if (killer[0] != null) {
					killer[0].join();
					killer[0] = null;
					System.out.println("[crash] SIGKILL #" + done.size() + " " + done.get(done.size() - 1) + "，重启节点");
					n.start();
					nextKill[0] = r.requests + gap(random, expected, kills);
				}
			}

		});
		long started = System.currentTimeMillis();
		try {
			node.start();
			run.run(applications);
			// fewer requests than expected: the remaining kills happen now, on the finished cycle's node
			while (done.size() < kills) {
				nextKill[0] = run.requests;
				run.get("/engine-rest/incident/count");
			}
			run.run(0);
			long passed = verifyCycle(run);
			assertThat(done).as("SIGKILL 次数").hasSizeGreaterThanOrEqualTo(kills);
			assertThat(run.serverErrors).as("提交时的 5xx").filteredOn(e -> !e.contains(" GET "))
				.filteredOn(e -> !CycleRun.knownBallotCloseRace(e))
				.isEmpty();
			System.out.printf("[crash] %d 份申报（含演示 2 份）全部发证与聘任，%d 次 SIGKILL：%s；请求 %d 次（中断 %d 次），5xx %d 次，用时 %d 秒%n",
					passed, done.size(), done, run.requests, run.lostRequests, run.serverErrors.size(),
					(System.currentTimeMillis() - started) / 1000);
			System.out.println("[crash] 作业失败后重试：" + run.rows("SELECT ACT_ID_, COUNT(*) n FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 1 GROUP BY ACT_ID_"));
			System.out.println("[crash] 5xx：" + run.serverErrors + "；409 并发修改：" + run.conflicts);
		}
		catch (Throwable failure) {
			throw diagnosed(failure, run);
		}
	}

	static int gap(Random random, int expected, int kills) {
		int mean = Math.max(10, expected / (kills + 1));
		return mean / 2 + random.nextInt(mean / 2 + 1);
	}

}
