package cn.zhicheng.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The calendar against the shipped data in config/calendar. Expected values are written from the State
 * Council's notices, not from the files: 国办发明电〔2019〕16号 (2020), extended by 国办发明电〔2020〕1号
 * (Spring Festival to 2020-02-02, the make-up Saturday 2020-02-01 cancelled), and 国办发明电〔2023〕7号
 * (2024).
 */
class WorkingDayCalendarTest {

	static WorkingDayCalendar calendar;

	@BeforeAll
	static void shippedData() {
		calendar = new WorkingDayCalendar(Path.of("config/calendar"), Duration.ofSeconds(5),
				Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), WorkingDayCalendar.ZONE));
	}

	/** Every day off of 2020 and 2024 as the notices state them: first day, last day, holiday. */
	static Stream<Arguments> officialDaysOff() {
		return Stream.of(
				range("2020-01-01", "2020-01-01", "元旦"),
				range("2020-01-24", "2020-02-02", "春节"),
				range("2020-04-04", "2020-04-06", "清明节"),
				range("2020-05-01", "2020-05-05", "劳动节"),
				range("2020-06-25", "2020-06-27", "端午节"),
				range("2020-10-01", "2020-10-08", "国庆节、中秋节"),
				range("2024-01-01", "2024-01-01", "元旦"),
				range("2024-02-10", "2024-02-17", "春节"),
				range("2024-04-04", "2024-04-06", "清明节"),
				range("2024-05-01", "2024-05-05", "劳动节"),
				range("2024-06-10", "2024-06-10", "端午节"),
				range("2024-09-15", "2024-09-17", "中秋节"),
				range("2024-10-01", "2024-10-07", "国庆节"))
			.flatMap(stream -> stream);
	}

	@ParameterizedTest(name = "{0} {1}放假")
	@MethodSource("officialDaysOff")
	void statutoryHolidaysAreNotWorkingDays(LocalDate date, String holiday) {
		CalendarDay day = calendar.day(date);
		assertThat(calendar.isWorkingDay(date)).isFalse();
		assertThat(day.kind()).isEqualTo(DayKind.HOLIDAY);
		assertThat(day.holiday()).isEqualTo(holiday);
		assertThat(day.reason()).isEqualTo(holiday + "放假");
		assertThat(day.dataAvailable()).isTrue();
	}

	@ParameterizedTest(name = "{0} {1}调休上班")
	@CsvSource({
			"2020-01-19, 春节",
			"2020-04-26, 劳动节",
			"2020-05-09, 劳动节",
			"2020-06-28, 端午节",
			"2020-09-27, 国庆节、中秋节",
			"2020-10-10, 国庆节、中秋节",
			"2024-02-04, 春节",
			"2024-02-18, 春节",
			"2024-04-07, 清明节",
			"2024-04-28, 劳动节",
			"2024-05-11, 劳动节",
			"2024-09-14, 中秋节",
			"2024-09-29, 国庆节",
			"2024-10-12, 国庆节" })
	void makeUpDaysAreWorkingDaysOnAWeekend(LocalDate date, String holiday) {
		assertThat(date.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
		CalendarDay day = calendar.day(date);
		assertThat(calendar.isWorkingDay(date)).isTrue();
		assertThat(day.kind()).isEqualTo(DayKind.MAKE_UP_WORKDAY);
		assertThat(day.holiday()).isEqualTo(holiday);
		assertThat(day.reason()).isEqualTo(holiday + "调休上班");
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({
			"2019-12-31, WORKDAY",
			"2020-01-02, WORKDAY",
			"2020-01-18, WEEKEND",
			"2020-01-23, WORKDAY",
			"2020-02-03, WORKDAY",
			"2020-04-03, WORKDAY",
			"2020-04-07, WORKDAY",
			"2020-04-25, WEEKEND",
			"2020-05-06, WORKDAY",
			"2020-05-10, WEEKEND",
			"2020-06-24, WORKDAY",
			"2020-09-26, WEEKEND",
			"2020-09-30, WORKDAY",
			"2020-10-09, WORKDAY",
			"2020-10-11, WEEKEND",
			"2024-01-02, WORKDAY",
			"2024-02-09, WORKDAY",
			"2024-02-19, WORKDAY",
			"2024-04-03, WORKDAY",
			"2024-04-08, WORKDAY",
			"2024-05-06, WORKDAY",
			"2024-06-08, WEEKEND",
			"2024-06-09, WEEKEND",
			"2024-06-11, WORKDAY",
			"2024-09-13, WORKDAY",
			"2024-09-18, WORKDAY",
			"2024-09-28, WEEKEND",
			"2024-09-30, WORKDAY",
			"2024-10-08, WORKDAY",
			"2024-10-13, WEEKEND" })
	void daysAroundTheHolidaysAreOrdinary(LocalDate date, DayKind kind) {
		assertThat(calendar.day(date).kind()).isEqualTo(kind);
		assertThat(calendar.isWorkingDay(date)).isEqualTo(kind == DayKind.WORKDAY);
	}

	@ParameterizedTest(name = "{0} + {1} = {2}")
	@CsvSource({
			"2024-09-27, 5, 2024-10-10",
			"2024-09-27, 1, 2024-09-29",
			"2024-09-27, 2, 2024-09-30",
			"2024-09-27, 3, 2024-10-08",
			"2024-09-27, 0, 2024-09-27",
			"2024-10-05, 0, 2024-10-05",
			"2024-10-01, 1, 2024-10-08",
			"2024-10-10, 3, 2024-10-14",
			"2024-02-08, 1, 2024-02-09",
			"2024-02-09, 1, 2024-02-18",
			"2024-02-09, 2, 2024-02-19",
			"2024-09-13, 1, 2024-09-14",
			"2024-09-14, 1, 2024-09-18",
			"2024-12-31, 1, 2025-01-02",
			"2020-01-17, 1, 2020-01-19",
			"2020-01-19, 1, 2020-01-20",
			"2020-01-23, 1, 2020-02-03",
			"2020-09-25, 1, 2020-09-27",
			"2020-09-30, 1, 2020-10-09",
			"2020-10-09, 1, 2020-10-10",
			"2020-10-09, 2, 2020-10-12",
			"2024-10-10, -5, 2024-09-27",
			"2024-10-08, -1, 2024-09-30",
			"2024-10-08, -2, 2024-09-29",
			"2024-10-08, -3, 2024-09-27",
			"2024-10-14, -1, 2024-10-12",
			"2024-10-13, -1, 2024-10-12",
			"2024-02-19, -1, 2024-02-18",
			"2024-02-19, -2, 2024-02-09",
			"2020-02-03, -1, 2020-01-23",
			"2020-10-09, -1, 2020-09-30",
			"2020-10-09, -2, 2020-09-29",
			"2020-09-28, -1, 2020-09-27" })
	void addsWorkingDays(LocalDate from, int n, LocalDate expected) {
		assertThat(calendar.addWorkingDays(from, n)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "({0}, {1}] = {2}")
	@CsvSource({
			"2024-09-27, 2024-10-10, 5",
			"2024-10-10, 2024-09-27, -5",
			"2024-09-27, 2024-09-27, 0",
			"2024-09-30, 2024-10-07, 0",
			"2024-09-28, 2024-09-29, 1",
			"2024-09-30, 2024-10-08, 1",
			"2024-10-07, 2024-10-12, 5",
			"2020-01-23, 2020-02-03, 1",
			"2020-01-18, 2020-01-19, 1",
			"2020-09-30, 2020-10-10, 2",
			"2020-10-10, 2020-09-30, -2",
			// whole years: 262 weekdays each, minus 19 holiday weekdays, plus 6 (2020) / 8 (2024) make-up days
			"2019-12-31, 2020-12-31, 249",
			"2023-12-31, 2024-12-31, 251" })
	void countsWorkingDaysInHalfOpenInterval(LocalDate from, LocalDate to, long expected) {
		assertThat(calendar.countWorkingDays(from, to)).isEqualTo(expected);
	}

	@Test
	void countAndAddAgreeDayByDay() {
		for (LocalDate date = LocalDate.of(2019, 12, 1); date.isBefore(LocalDate.of(2025, 2, 1)); date = date
			.plusDays(1)) {
			long byDays = 0;
			for (LocalDate day = date.plusDays(1); !day.isAfter(date.plusDays(40)); day = day.plusDays(1)) {
				byDays += calendar.isWorkingDay(day) ? 1 : 0;
			}
			assertThat(calendar.countWorkingDays(date, date.plusDays(40))).as("(%s, +40]", date).isEqualTo(byDays);
			for (int n : new int[] { 1, 2, 3, 5, 10, 20 }) {
				LocalDate later = calendar.addWorkingDays(date, n);
				assertThat(calendar.isWorkingDay(later)).isTrue();
				assertThat(calendar.countWorkingDays(date, later)).as("%s + %d", date, n).isEqualTo(n);
				assertThat(calendar.countWorkingDays(later, date)).isEqualTo(-n);
				LocalDate earlier = calendar.addWorkingDays(date, -n);
				assertThat(calendar.isWorkingDay(earlier)).isTrue();
				if (calendar.isWorkingDay(date)) {
					assertThat(calendar.addWorkingDays(later, -n)).isEqualTo(date);
					assertThat(calendar.countWorkingDays(earlier, date)).isEqualTo(n);
				}
			}
		}
	}

	@Test
	void shippedDataCoversTheYearsOfTheDataSet() {
		assertThat(calendar.yearsWithData()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
		assertThat(calendar.problems()).isEmpty();
	}

	@Test
	void yearWithEmptyDaysCountsWeekendsOnlyAndIsReported() {
		// 2027.json exists with "days": [] until the State Council publishes 2027
		assertThat(calendar.hasData(2027)).isFalse();
		CalendarDay newYear = calendar.day(LocalDate.of(2027, 1, 1));
		assertThat(newYear.kind()).isEqualTo(DayKind.WORKDAY);
		assertThat(newYear.dataAvailable()).isFalse();
		assertThat(newYear.reason()).contains("2027 年无节假日数据");
		assertThat(calendar.day(LocalDate.of(2027, 1, 2)).kind()).isEqualTo(DayKind.WEEKEND);

		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(calendar.addWorkingDays(LocalDate.of(2027, 2, 5), 1)).isEqualTo(LocalDate.of(2027, 2, 8));
		assertThat(calendar.countWorkingDays(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 8))).isEqualTo(6);
		assertThat(calendar.yearsWithoutData(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)))
			.containsExactly(2027);
		assertThat(calendar.yearsWithoutData(LocalDate.of(2024, 9, 27), LocalDate.of(2024, 10, 10))).isEmpty();
	}

	@Test
	void yearWithoutFileCountsWeekendsOnlyAndIsReported() {
		assertThat(calendar.hasData(2028)).isFalse();
		assertThat(calendar.addWorkingDays(LocalDate.of(2028, 9, 29), 1)).isEqualTo(LocalDate.of(2028, 10, 2));
		assertThat(calendar.yearsWithoutData(LocalDate.of(2028, 1, 3), LocalDate.of(2026, 6, 1)))
			.containsExactly(2027, 2028);
	}

	@Test
	void daysListedInTheFollowingYearsFileCount() {
		// 国办发明电〔2018〕15号: 2018-12-29 (Saturday) worked, 12-30..2019-01-01 off; listed in 2019.json
		CalendarDay saturday = calendar.day(LocalDate.of(2018, 12, 29));
		assertThat(saturday.kind()).isEqualTo(DayKind.MAKE_UP_WORKDAY);
		assertThat(saturday.dataAvailable()).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2018, 12, 31))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2019, 1, 1))).isFalse();
	}

	@Test
	void hugeCountsAreBoundedOrCheap() {
		assertThat(calendar.addWorkingDays(LocalDate.of(2024, 1, 1), WorkingDayCalendar.MAX_WORKING_DAYS))
			.isAfter(LocalDate.of(2038, 1, 1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2024, 1, 1), WorkingDayCalendar.MAX_WORKING_DAYS + 1))
			.withMessageContaining("3660");
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2024, 1, 1),
				Integer.MIN_VALUE));
		// counting is arithmetic over weekdays plus the listed days, not a walk over the days
		assertThat(calendar.countWorkingDays(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))).isPositive();
	}

	private static Stream<Arguments> range(String first, String last, String holiday) {
		LocalDate end = LocalDate.parse(last);
		return LocalDate.parse(first).datesUntil(end.plusDays(1)).map(date -> Arguments.of(date, holiday));
	}

}
