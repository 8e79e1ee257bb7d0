package cn.zhicheng.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.zhicheng.ZhichengApplication;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Test launcher of one application node in its own JVM: the real {@link ZhichengApplication#main} with
 * the engine clock ({@link ClockUtil}, "now" of the engine, the working-day calendar and the services)
 * following a clock file written by the test driver, so that a review cycle can run through a year in
 * minutes. The file holds two numbers: the wanted time and the wall-clock time at which it was written
 * (epoch milliseconds); the node's clock runs from there at normal speed ({@link ClockUtil#offset}), so job
 * locks of a killed node expire as they would in production. Every node of a test reads the same file, so
 * all nodes agree on the time. Used only by the reliability tests (CrashRecoveryTest, TwoNodesTest).
 */
public final class ClockedNode {

	/** System property naming the clock file. */
	public static final String CLOCK_FILE = "zhicheng.test.clock-file";

	/** Printed when the node is ready (demo data loaded). */
	static final String READY = "ZHICHENG-NODE-READY";

	private ClockedNode() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(System.getProperty(CLOCK_FILE));
		apply(file);
		Thread follower = new Thread(() -> {
			while (true) {
				try {
					Thread.sleep(50);
					apply(file);
				}
				catch (InterruptedException ex) {
					return;
				}
				catch (RuntimeException | IOException ex) {
					// a file being replaced: read it again on the next tick
				}
			}
		}, "test-clock-follower");
		follower.setDaemon(true);
		follower.start();
		ZhichengApplication.main(args);
		// SpringApplication.run returns once the runners (demo data) are done and the context is ready
		System.out.println(READY);
	}

	private static String last = "";

	static void apply(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8).trim();
		if (text.equals(last) || text.isEmpty()) {
			return;
		}
		String[] parts = text.split("\\s+");
		long wanted = Long.parseLong(parts[0]);
		long writtenAt = Long.parseLong(parts[1]);
		ClockUtil.offset(wanted - writtenAt);
		last = text;
	}

	/** Writes the clock file (atomically): the nodes' clock is {@code wantedEpochMillis} from now on. */
	public static void write(Path file, long wantedEpochMillis) throws IOException {
		Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
		Files.writeString(tmp, wantedEpochMillis + " " + System.currentTimeMillis(), StandardCharsets.UTF_8);
		Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

}
