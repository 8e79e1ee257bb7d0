package cn.zhicheng.qualification;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The policy packs of config/policy-packs (Q1, "policy as data"), re-read without restart: an
 * administrator edits or adds a pack file (a new county in a scope, a new quota) and the next
 * qualification check and precheck use it. The directory is looked at again at most once per refresh
 * interval (a listing and one attribute read per file); when a file was added, removed or changed (name,
 * size, modification time) the whole directory is read again. A directory that does not read (bad YAML,
 * an invalid pack, duplicate ids) is refused as a whole: the previous packs stay in force and the log says
 * ERROR once per broken state, so no check ever runs on a half-edited pack. At start-up a broken
 * directory fails, as before. Checks never wait for a reload: one of them re-reads while the others use
 * the current version.
 */
public final class PolicyPackDirectory implements Supplier<PolicyPacks> {

	private static final Logger log = LoggerFactory.getLogger(PolicyPackDirectory.class);

	private final Path directory;

	private final long refreshMillis;

	private final Clock clock;

	private final ReentrantLock reloadLock = new ReentrantLock();

	private volatile PolicyPacks packs;

	/** The state the packs were read from, or the broken state last reported. */
	private volatile List<FileStamp> seen;

	private volatile String problem;

	private volatile long nextCheckMillis;

	public PolicyPackDirectory(Path directory, Duration refreshInterval, Clock clock) {
		this.directory = directory;
		this.refreshMillis = Math.max(0, refreshInterval.toMillis());
		this.clock = clock;
		this.seen = scan();
		this.packs = PolicyPacks.load(directory);
		this.nextCheckMillis = clock.millis() + this.refreshMillis;
	}

	/** The packs in force, re-read first when the interval has passed and the files changed. */
	@Override
	public PolicyPacks get() {
		if (checkDue() && this.reloadLock.tryLock()) {
			try {
				if (checkDue()) {
					refresh();
				}
			}
			finally {
				this.reloadLock.unlock();
			}
		}
		return this.packs;
	}

	/** Why the directory's current files are not in force, or null when they are. */
	public String problem() {
		get();
		return this.problem;
	}

	private boolean checkDue() {
		long now = this.clock.millis();
		long next = this.nextCheckMillis;
		return now >= next || now < next - this.refreshMillis;
	}

	private void refresh() {
		try {
			List<FileStamp> state = scan();
			if (state.equals(this.seen)) {
				return;
			}
			this.seen = state;
			try {
				PolicyPacks loaded = PolicyPacks.load(this.directory);
				this.packs = loaded;
				this.problem = null;
				log.info("检测到政策包目录变化，已重新读取政策包：{}",
						loaded.all().stream().map(PolicyPack::id).toList());
			}
			catch (RuntimeException ex) {
				this.problem = ex.getMessage();
				log.error("政策包目录 {} 有错误，修改未生效，继续使用上一版本的政策包：{}", this.directory.toAbsolutePath(),
						ex.getMessage());
			}
		}
		finally {
			this.nextCheckMillis = this.clock.millis() + this.refreshMillis;
		}
	}

	private List<FileStamp> scan() {
		List<FileStamp> files = new ArrayList<>();
		if (!Files.isDirectory(this.directory)) {
			return files;
		}
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(this.directory, "*.{yaml,yml}")) {
			for (Path path : stream) {
				try {
					BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
					files.add(new FileStamp(path.getFileName().toString(), attributes.size(),
							attributes.lastModifiedTime().toMillis()));
				}
				catch (NoSuchFileException ex) {
					// removed while we looked
				}
			}
		}
		catch (IOException ex) {
			files.add(new FileStamp("（无法列出目录：" + ex.getMessage() + "）", -1, -1));
		}
		files.sort(Comparator.comparing(FileStamp::name));
		return files;
	}

	private record FileStamp(String name, long size, long modified) {
	}

}
