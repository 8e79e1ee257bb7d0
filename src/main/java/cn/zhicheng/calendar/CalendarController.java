package cn.zhicheng.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.zhicheng.common.RuleViolation;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar over HTTP, for every signed-in user (the schedule is public information).
 * Every answer carries {@code warnings}: one sentence per year the computation touched that has no
 * holiday data (empty when all years had data).
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

	/** Dates the API accepts; the data starts in 2019, and nothing the procedure plans is further away. */
	static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);

	static final LocalDate LAST_DATE = LocalDate.of(2199, 12, 31);

	private final WorkingDayCalendar calendar;

	CalendarController(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	/**
	 * {@code ?from=2024-09-27&add=5}: the date 5 working days later ({@code add} may be negative);
	 * {@code ?from=A&to=B}: working days in (A, B], negative when B is before A.
	 */
	@GetMapping("/working-days")
	WorkingDaysAnswer workingDays(@RequestParam(required = false) String from,
			@RequestParam(required = false) String add, @RequestParam(required = false) String to) {
		LocalDate start = date(from, "from", "起始日期");
		RuleViolation.require(add != null || to != null, "add", "add/to 二选一",
				"请提供参数 add（加减的工作日数，可为负数）或 to（截止日期，计算区间内的工作日数）之一");
		RuleViolation.require(add == null || to == null, "to", "add/to 二选一", "参数 add 与 to 不能同时提供，请只保留其一");
		CalendarSnapshot snapshot = this.calendar.snapshot();
		if (add != null) {
			int n = workingDays(add);
			LocalDate result = snapshot.addWorkingDays(start, n);
			List<Integer> missing = snapshot.yearsWithoutData(start, result);
			return new WorkingDaysAnswer(start, n, null, result, null, missing, warnings(missing));
		}
		LocalDate end = date(to, "to", "截止日期");
		List<Integer> missing = snapshot.yearsWithoutData(start, end);
		return new WorkingDaysAnswer(start, null, end, null, snapshot.countWorkingDays(start, end), missing,
				warnings(missing));
	}

	/** Whether the date is a working day, and why. */
	@GetMapping("/days/{date}")
	DayAnswer day(@PathVariable String date) {
		CalendarDay day = this.calendar.snapshot().day(date(date, "date", "日期"));
		List<Integer> missing = day.dataAvailable() ? List.of() : List.of(day.date().getYear());
		return new DayAnswer(day.date(), day.dayOfWeek(), day.workingDay(), day.kind(), day.kind().label(),
				day.holiday(), day.reason(), day.dataAvailable(), warnings(missing));
	}

	private static LocalDate date(String value, String parameter, String label) {
		if (value == null || value.isBlank()) {
			throw new RuleViolation(parameter, "必填", "缺少参数 " + parameter + "（" + label + "，格式 yyyy-MM-dd，例如 2024-09-27）");
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation(parameter, "日期格式",
					"参数 " + parameter + " 的值“" + value + "”不是有效日期，应为 yyyy-MM-dd 格式，例如 2024-09-27");
		}
		RuleViolation.require(!date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE), parameter, "日期范围",
				"参数 " + parameter + " 的日期 " + date + " 超出范围，应在 " + FIRST_DATE + " 至 " + LAST_DATE + " 之间");
		return date;
	}

	private static int workingDays(String value) {
		Long n;
		try {
			n = Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			// digits too long for a long are a range problem, anything else is not a number
			n = value.strip().matches("[+-]?\\d+") ? Long.MAX_VALUE : null;
		}
		RuleViolation.require(n != null, "add", "整数",
				"参数 add 的值“" + value + "”不是整数（加减的工作日数，可为负数，例如 5 或 -10）");
		int max = WorkingDayCalendar.MAX_WORKING_DAYS;
		RuleViolation.require(n >= -max && n <= max, "add", "范围",
				"参数 add 的绝对值不能超过 " + max + " 个工作日（约 14 年），实为 " + value.strip());
		return n.intValue();
	}

	private static List<String> warnings(List<Integer> missingYears) {
		List<String> warnings = new ArrayList<>();
		for (Integer year : missingYears) {
			warnings.add(WorkingDayCalendar.missingDataWarning(year));
		}
		return warnings;
	}

	/** Answer of {@code /working-days}: {@code date} for add, {@code workingDays} for to. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record WorkingDaysAnswer(LocalDate from, Integer add, LocalDate to, LocalDate date, Long workingDays,
			List<Integer> yearsWithoutData, List<String> warnings) {
	}

	record DayAnswer(LocalDate date, String dayOfWeek, boolean workingDay, DayKind kind, String kindLabel,
			String holiday, String reason, boolean dataAvailable, List<String> warnings) {
	}

}
