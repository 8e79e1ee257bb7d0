package cn.zhicheng.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.joda.time.ReadableInstant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The working-day calendar for BPMN authors: the bean {@code workingDays} in expressions, so that a timer
 * or due date written in Camunda Modeler counts working days without any Java.
 *
 * <pre>
 * timer timeDate          ${workingDays.after(5)}                    5 working days after now, same time of day
 * userTask dueDate        ${workingDays.endOfDayAfter(3)}            23:59:59 on the 3rd working day after today
 * relative to a variable  ${workingDays.after(20, meetingDate)}      e.g. PF1, post-filing within 20 WD
 * before a date           ${workingDays.before(10, meetingDate)}     e.g. F1, filing at least 10 WD before
 * condition               ${now() &lt;= workingDays.before(10, meetingDate)}
 * condition               ${workingDays.between(publishedAt, now()) &gt;= 5}
 * </pre>
 *
 * "Now" is the engine's clock ({@link ClockUtil}), so tests that move the engine clock move these too. A
 * date argument may be a {@code java.util.Date} (typed date variable), an ISO string ({@code 2024-10-17},
 * {@code 2024-10-17T09:00:00}, {@code 2024-10-17T09:00:00+08:00}, Camunda's {@code …T09:00:00.000+0800}),
 * a {@code java.time} value or Camunda's {@code dateTime()}. Dates without a time mean 00:00; all civil
 * dates and times are Beijing time. The date itself is never counted (see
 * {@link WorkingDayCalendar#addWorkingDays}). Results are {@code java.util.Date}, which timers
 * ({@code timeDate}), user task due and follow-up dates and EL comparisons accept as they are.
 * <p>
 * A computation that touches a year without holiday data still returns a result (weekends only) and
 * logs a warning, at most once an hour per year.
 */
@Component("workingDays")
public class WorkingDays {

	/** "End of the day" of a government deadline (以当日为限): the last second of the day, Beijing time. */
	public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private static final DateTimeFormatter CAMUNDA_DATE_TIME = DateTimeFormatter
		.ofPattern("uuuu-MM-dd'T'HH:mm:ss[.SSS]XX");

	private static final long WARN_INTERVAL_MILLIS = TimeUnit.HOURS.toMillis(1);

	private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

	private final WorkingDayCalendar calendar;

	private final Map<Integer, Long> lastWarned = new ConcurrentHashMap<>();

	WorkingDays(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	/** {@code n} working days after the engine's now, at the same time of day. */
	public Date after(int n) {
		return after(n, now());
	}

	/** {@code n} working days after {@code date}, at the same time of day (00:00 for a date only). */
	public Date after(int n, Object date) {
		ZonedDateTime start = toBeijingTime(date);
		return toDate(shift(start, n), start.toLocalTime());
	}

	/** {@code n} working days before the engine's now, at the same time of day. */
	public Date before(int n) {
		return after(-n);
	}

	/** {@code n} working days before {@code date}, at the same time of day (00:00 for a date only). */
	public Date before(int n, Object date) {
		return after(-n, date);
	}

	/** 23:59:59 on the {@code n}-th working day after the engine's today. */
	public Date endOfDayAfter(int n) {
		return endOfDayAfter(n, now());
	}

	/** 23:59:59 on the {@code n}-th working day after {@code date}. */
	public Date endOfDayAfter(int n, Object date) {
		return toDate(shift(toBeijingTime(date), n), END_OF_DAY);
	}

	/** 23:59:59 on the {@code n}-th working day before {@code date}. */
	public Date endOfDayBefore(int n, Object date) {
		return endOfDayAfter(-n, date);
	}

	/** Whether the engine's today is a working day. */
	public boolean isWorkingDay() {
		return isWorkingDay(now());
	}

	public boolean isWorkingDay(Object date) {
		LocalDate day = toBeijingTime(date).toLocalDate();
		CalendarSnapshot snapshot = this.calendar.snapshot();
		warnIfWithoutData(snapshot, day, day);
		return snapshot.isWorkingDay(day);
	}

	/**
	 * Working days in (from, to] by calendar date: {@code from}'s day not counted, {@code to}'s day
	 * counted; negative when {@code to} is earlier.
	 */
	public long between(Object from, Object to) {
		LocalDate first = toBeijingTime(from).toLocalDate();
		LocalDate last = toBeijingTime(to).toLocalDate();
		CalendarSnapshot snapshot = this.calendar.snapshot();
		warnIfWithoutData(snapshot, first, last);
		return snapshot.countWorkingDays(first, last);
	}

	private LocalDate shift(ZonedDateTime start, int n) {
		CalendarSnapshot snapshot = this.calendar.snapshot();
		LocalDate result = snapshot.addWorkingDays(start.toLocalDate(), n);
		warnIfWithoutData(snapshot, start.toLocalDate(), result);
		return result;
	}

	private void warnIfWithoutData(CalendarSnapshot snapshot, LocalDate one, LocalDate other) {
		List<Integer> missing = snapshot.yearsWithoutData(one, other);
		long now = System.currentTimeMillis();
		for (Integer year : missing) {
			Long last = this.lastWarned.get(year);
			if (last == null || now - last >= WARN_INTERVAL_MILLIS) {
				this.lastWarned.put(year, now);
				log.warn("工作日表达式（{} 至 {}）：{}", one, other, WorkingDayCalendar.missingDataWarning(year));
			}
		}
	}

	private static Date now() {
		return ClockUtil.getCurrentTime();
	}

	private static Date toDate(LocalDate date, LocalTime time) {
		return Date.from(ZonedDateTime.of(date, time, WorkingDayCalendar.ZONE).toInstant());
	}

	static ZonedDateTime toBeijingTime(Object value) {
		if (value == null) {
			throw new IllegalArgumentException("工作日表达式的日期参数为空（流程变量未设置？）");
		}
		if (value instanceof Date date) {
			return date.toInstant().atZone(WorkingDayCalendar.ZONE);
		}
		if (value instanceof Calendar calendar) {
			return calendar.toInstant().atZone(WorkingDayCalendar.ZONE);
		}
		if (value instanceof Instant instant) {
			return instant.atZone(WorkingDayCalendar.ZONE);
		}
		if (value instanceof ZonedDateTime zoned) {
			return zoned.withZoneSameInstant(WorkingDayCalendar.ZONE);
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.atZoneSameInstant(WorkingDayCalendar.ZONE);
		}
		if (value instanceof LocalDateTime local) {
			return local.atZone(WorkingDayCalendar.ZONE);
		}
		if (value instanceof LocalDate local) {
			return local.atStartOfDay(WorkingDayCalendar.ZONE);
		}
		if (value instanceof ReadableInstant joda) {
			return Instant.ofEpochMilli(joda.getMillis()).atZone(WorkingDayCalendar.ZONE);
		}
		if (value instanceof CharSequence text) {
			return parse(text.toString().strip());
		}
		throw new IllegalArgumentException(
				"工作日表达式的日期参数类型不支持：" + value.getClass().getName() + "（请使用日期变量或 ISO 格式字符串，如 2024-10-17）");
	}

	private static ZonedDateTime parse(String text) {
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text).atStartOfDay(WorkingDayCalendar.ZONE);
			}
			if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d(\\[.*])?$")) {
				return ZonedDateTime.parse(text).withZoneSameInstant(WorkingDayCalendar.ZONE);
			}
			if (text.matches(".*[+-]\\d{4}$")) {
				return OffsetDateTime.parse(text, CAMUNDA_DATE_TIME).atZoneSameInstant(WorkingDayCalendar.ZONE);
			}
			return LocalDateTime.parse(text).atZone(WorkingDayCalendar.ZONE);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("工作日表达式的日期参数“" + text
					+ "”无法识别，应为 ISO 格式，如 2024-10-17、2024-10-17T09:00:00 或 2024-10-17T09:00:00+08:00", ex);
		}
	}

}
