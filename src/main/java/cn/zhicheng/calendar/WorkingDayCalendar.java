package cn.zhicheng.calendar;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working-day calendar (工作日, domain.md "Working days"): Monday to Friday are working days,
 * Saturday and Sunday are not, except where the State Council's holiday schedule lists a date — a
 * listed day off ({@code isOffDay: true}) is not a working day, a listed make-up day
 * ({@code isOffDay: false}, 调休上班) is one, even on a weekend.
 * <p>
 * The schedule comes from one {@code YYYY.json} file per year in the configured directory
 * ({@code zhicheng.calendar.directory}). An administrator adds a year by adding its file: the
 * directory is looked at again at most once per refresh interval (a listing and one file-attribute read
 * per year file, so it is cheap), and reloaded only when the set of files, a size or a modification time
 * changed. Readers never wait for a reload; they compute on the last complete version.
 * <p>
 * A year without data (no file, an empty {@code days} list, or a file that cannot be read) is never
 * silently ordinary: computations still work and count weekends only, but {@link #yearsWithoutData}
 * reports the year, the log warns about this and next year, and the {@code calendar} health indicator
 * shows it.
 * <p>
 * All dates are civil dates in Beijing time ({@link #ZONE}).
 */
public class WorkingDayCalendar {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** Upper bound of |n| when adding working days: about 14 years, far beyond any legal deadline. */
	public static final int MAX_WORKING_DAYS = 3660;

	private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

	private final Path directory;

	private final long refreshMillis;

	private final Clock clock;

	private final ReentrantLock reloadLock = new ReentrantLock();

	private volatile Loaded loaded;

	private volatile long nextCheckMillis;

	/**
	 * Reads the directory now and again when it changes.
	 * @param directory the calendar directory with the {@code YYYY.json} files
	 * @param refreshInterval how long a read stays current before the directory is looked at again
	 * (zero: on every call)
	 * @param clock decides when to look again and which year is "this year" in the warnings
	 */
	public WorkingDayCalendar(Path directory, Duration refreshInterval, Clock clock) {
		this.directory = directory.toAbsolutePath().normalize();
		this.refreshMillis = Math.max(0, refreshInterval.toMillis());
		this.clock = clock;
		DirectoryState state = scan();
		this.loaded = new Loaded(state, load(state));
		this.nextCheckMillis = clock.millis() + this.refreshMillis;
		report(this.loaded.snapshot(), "工作日日历已加载");
	}

	public Path directory() {
		return this.directory;
	}

	/** Today in Beijing time, by the clock this calendar was given. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

	public boolean isWorkingDay(LocalDate date) {
		return snapshot().isWorkingDay(date);
	}

	/** The date with its verdict and the reason (holiday name, make-up day, weekend). */
	public CalendarDay day(LocalDate date) {
		return snapshot().day(date);
	}

	/**
	 * The date {@code n} working days after {@code date}, or before it when {@code n} is negative. The
	 * start date itself is not counted, so the result is always a working day unless {@code n} is 0, which
	 * returns {@code date} itself. Example: 2024-09-27 (Friday) + 5 = 2024-10-10 (the National Day week
	 * 10-01..07 is off, Sunday 09-29 is a make-up working day).
	 * @throws IllegalArgumentException when |n| exceeds {@link #MAX_WORKING_DAYS}
	 */
	public LocalDate addWorkingDays(LocalDate date, int n) {
		return snapshot().addWorkingDays(date, n);
	}

	/**
	 * Working days in the half-open interval (from, to]: {@code from} itself is not counted, {@code to}
	 * is. Symmetrical: when {@code to} is before {@code from} the result is negative,
	 * {@code count(from, to) == -count(to, from)}; {@code count(d, d) == 0}. For n ≥ 0,
	 * {@code count(d, addWorkingDays(d, n)) == n}.
	 */
	public long countWorkingDays(LocalDate from, LocalDate to) {
		return snapshot().countWorkingDays(from, to);
	}

	/** Whether the State Council's schedule for the year is in the directory (a file with days). */
	public boolean hasData(int year) {
		return snapshot().hasData(year);
	}

	/** The years from the earlier to the later date (inclusive) that have no data, ascending. */
	public List<Integer> yearsWithoutData(LocalDate one, LocalDate other) {
		return snapshot().yearsWithoutData(one, other);
	}

	public SortedSet<Integer> yearsWithData() {
		return snapshot().yearsWithData();
	}

	/** Files that could not be used and why, in Chinese; empty when all is well. */
	public List<String> problems() {
		return snapshot().problems();
	}

	/** The warning shown (log, API, health) for a year without data. */
	public static String missingDataWarning(int year) {
		return year + " 年没有节假日数据（日历目录中缺少 " + year + ".json 或其 days 为空）：该年只按周末计算，法定节假日与调休未计入";
	}

	static void checkWorkingDays(int n) {
		if (Math.abs((long) n) > MAX_WORKING_DAYS) {
			throw new IllegalArgumentException("工作日数 " + n + " 超出范围：绝对值不能超过 " + MAX_WORKING_DAYS);
		}
	}

	/** The current version, re-read first when the refresh interval has passed and the files changed. */
	CalendarSnapshot snapshot() {
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
		return this.loaded.snapshot();
	}

	/** The interval has passed, or the clock was set back (then looking again cannot wait for it). */
	private boolean checkDue() {
		long now = this.clock.millis();
		long next = this.nextCheckMillis;
		return now >= next || now < next - this.refreshMillis;
	}

	private void refresh() {
		try {
			DirectoryState state = scan();
			if (!state.equals(this.loaded.state())) {
				CalendarSnapshot snapshot = load(state);
				this.loaded = new Loaded(state, snapshot);
				report(snapshot, "检测到日历目录变化，工作日日历已重新加载");
			}
		}
		finally {
			this.nextCheckMillis = this.clock.millis() + this.refreshMillis;
		}
	}

	private DirectoryState scan() {
		if (!Files.isDirectory(this.directory)) {
			return new DirectoryState("工作日日历目录不存在：" + this.directory, List.of());
		}
		List<FileStamp> files = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(this.directory,
				path -> HolidayFile.yearOf(path.getFileName().toString()) > 0)) {
			for (Path path : stream) {
				try {
					BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
					if (attributes.isRegularFile()) {
						files.add(new FileStamp(path.getFileName().toString(), attributes.lastModifiedTime().toMillis(),
								attributes.size()));
					}
				}
				catch (NoSuchFileException ex) {
					// removed while we looked: it is simply not there
				}
			}
		}
		catch (IOException ex) {
			return new DirectoryState("无法读取工作日日历目录 " + this.directory + "：" + ex.getMessage(), List.of());
		}
		files.sort(Comparator.comparing(FileStamp::name));
		return new DirectoryState(null, List.copyOf(files));
	}

	private CalendarSnapshot load(DirectoryState state) {
		List<String> problems = new ArrayList<>();
		if (state.problem() != null) {
			problems.add(state.problem());
		}
		List<HolidayFile> files = new ArrayList<>();
		for (FileStamp stamp : state.files()) {
			try {
				files.add(HolidayFile.read(this.directory.resolve(stamp.name())));
			}
			catch (HolidayFile.InvalidFile ex) {
				problems.add(ex.getMessage() + "，该文件未使用");
			}
		}
		return CalendarSnapshot.of(files, problems);
	}

	private void report(CalendarSnapshot snapshot, String event) {
		log.info("{}（目录 {}）：有节假日数据的年份 {}", event, this.directory, snapshot.yearsWithData());
		for (String problem : snapshot.problems()) {
			log.error("工作日日历：{}", problem);
		}
		int thisYear = today().getYear();
		for (int year = thisYear; year <= thisYear + 1; year++) {
			if (!snapshot.hasData(year)) {
				log.warn("工作日日历：{}。国务院公布该年节假日安排后，请将 {}.json 放入 {}，无需重启", missingDataWarning(year), year,
						this.directory);
			}
		}
	}

	/** What a look at the directory saw: enough to tell whether anything changed. */
	private record DirectoryState(String problem, List<FileStamp> files) {
	}

	private record FileStamp(String name, long lastModifiedMillis, long size) {
	}

	private record Loaded(DirectoryState state, CalendarSnapshot snapshot) {
	}

}
