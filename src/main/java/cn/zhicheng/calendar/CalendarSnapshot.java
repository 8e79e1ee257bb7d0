package cn.zhicheng.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import cn.zhicheng.calendar.HolidayFile.ListedDay;

/**
 * The calendar as loaded from the directory at one moment: immutable, so a request computes against
 * one consistent version even while an administrator adds a file. Dates are civil dates in Beijing
 * time; the time zone is applied by the callers that start from an instant.
 */
final class CalendarSnapshot {

	/** A Monday, the origin of the weekday arithmetic in {@link #weekdaysBefore(LocalDate)}. */
	private static final LocalDate MONDAY = LocalDate.of(2000, 1, 3);

	static final CalendarSnapshot EMPTY = new CalendarSnapshot(new TreeMap<>(), new TreeSet<>(), List.of());

	private final NavigableMap<LocalDate, ListedDay> listed;

	private final SortedSet<Integer> yearsWithData;

	private final List<String> problems;

	private CalendarSnapshot(NavigableMap<LocalDate, ListedDay> listed, SortedSet<Integer> yearsWithData,
			List<String> problems) {
		this.listed = Collections.unmodifiableNavigableMap(listed);
		this.yearsWithData = Collections.unmodifiableSortedSet(yearsWithData);
		this.problems = List.copyOf(problems);
	}

	/**
	 * @param files the valid year files
	 * @param problems what is wrong with the directory or with files that were left out, in Chinese
	 */
	static CalendarSnapshot of(Collection<HolidayFile> files, List<String> problems) {
		NavigableMap<LocalDate, ListedDay> listed = new TreeMap<>();
		SortedSet<Integer> years = new TreeSet<>();
		// a date listed in a neighbouring year's file (2019.json lists 2018-12-29..31) counts, but the
		// file of the date's own year has the last word
		for (HolidayFile file : files) {
			file.days().stream().filter(day -> day.date().getYear() != file.year())
				.forEach(day -> listed.putIfAbsent(day.date(), day));
		}
		for (HolidayFile file : files) {
			file.days().stream().filter(day -> day.date().getYear() == file.year())
				.forEach(day -> listed.put(day.date(), day));
			if (file.hasData()) {
				years.add(file.year());
			}
		}
		return new CalendarSnapshot(listed, years, problems);
	}

	SortedSet<Integer> yearsWithData() {
		return this.yearsWithData;
	}

	List<String> problems() {
		return this.problems;
	}

	boolean hasData(int year) {
		return this.yearsWithData.contains(year);
	}

	/** The years between the two dates (inclusive, in either order) that have no holiday data. */
	List<Integer> yearsWithoutData(LocalDate one, LocalDate other) {
		int first = Math.min(one.getYear(), other.getYear());
		int last = Math.max(one.getYear(), other.getYear());
		List<Integer> missing = new ArrayList<>();
		for (int year = first; year <= last; year++) {
			if (!hasData(year)) {
				missing.add(year);
			}
		}
		return missing;
	}

	CalendarDay day(LocalDate date) {
		ListedDay listedDay = this.listed.get(date);
		DayKind kind;
		if (listedDay != null && listedDay.offDay()) {
			kind = DayKind.HOLIDAY;
		}
		else if (isWeekend(date)) {
			kind = listedDay != null ? DayKind.MAKE_UP_WORKDAY : DayKind.WEEKEND;
		}
		else {
			// a listed working weekday (2020-02-03, the first day back) is an ordinary working day
			kind = DayKind.WORKDAY;
		}
		return new CalendarDay(date, kind, listedDay == null ? null : listedDay.name(), hasData(date.getYear()));
	}

	boolean isWorkingDay(LocalDate date) {
		ListedDay listedDay = this.listed.get(date);
		return listedDay != null ? !listedDay.offDay() : !isWeekend(date);
	}

	/**
	 * The working day {@code n} working days after {@code date} (before it when {@code n} is negative).
	 * The date itself is not counted; {@code n = 0} returns the date itself, working day or not.
	 */
	LocalDate addWorkingDays(LocalDate date, int n) {
		WorkingDayCalendar.checkWorkingDays(n);
		int step = n < 0 ? -1 : 1;
		int remaining = Math.abs(n);
		LocalDate current = date;
		while (remaining > 0) {
			current = current.plusDays(step);
			if (isWorkingDay(current)) {
				remaining--;
			}
		}
		return current;
	}

	/**
	 * Working days in the half-open interval (from, to]: the first day is not counted, the last is.
	 * Symmetrical: when {@code to} is before {@code from} the result is minus the count of (to, from].
	 */
	long countWorkingDays(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -countWorkingDays(to, from);
		}
		long count = weekdaysBefore(to.plusDays(1)) - weekdaysBefore(from.plusDays(1));
		for (ListedDay day : this.listed.subMap(from, false, to, true).values()) {
			boolean weekend = isWeekend(day.date());
			if (day.offDay() && !weekend) {
				count--;
			}
			else if (!day.offDay() && weekend) {
				count++;
			}
		}
		return count;
	}

	/** Monday-to-Friday dates in [MONDAY, date), negative for dates before MONDAY. */
	private static long weekdaysBefore(LocalDate date) {
		long days = date.toEpochDay() - MONDAY.toEpochDay();
		return Math.floorDiv(days, 7) * 5 + Math.min(Math.floorMod(days, 7), 5);
	}

	private static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

}
