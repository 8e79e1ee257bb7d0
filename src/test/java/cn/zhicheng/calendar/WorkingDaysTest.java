package cn.zhicheng.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.joda.time.DateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code workingDays} expression bean without an engine: engine clock, argument types, end of day. */
class WorkingDaysTest {

	static WorkingDays workingDays;

	@BeforeAll
	static void shippedData() {
		workingDays = new WorkingDays(new WorkingDayCalendar(Path.of("config/calendar"), Duration.ofSeconds(5),
				Clock.systemUTC()));
	}

	@BeforeEach
	void fridayBeforeNationalDay() {
		ClockUtil.setCurrentTime(beijing("2024-09-27T10:00:00"));
	}

	@AfterEach
	void resetEngineClock() {
		ClockUtil.reset();
	}

	@Test
	void afterCountsFromTheEngineClockAndKeepsTheTimeOfDay() {
		assertThat(workingDays.after(5)).isEqualTo(beijing("2024-10-10T10:00:00"));
		assertThat(workingDays.after(0)).isEqualTo(beijing("2024-09-27T10:00:00"));
		assertThat(workingDays.before(1)).isEqualTo(beijing("2024-09-26T10:00:00"));
		assertThat(workingDays.endOfDayAfter(5)).isEqualTo(beijing("2024-10-10T23:59:59"));
		assertThat(workingDays.isWorkingDay()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-09-27T10:00:00", "2024-09-27T10:00", "2024-09-27T10:00:00+08:00",
			"2024-09-27T02:00:00Z", "2024-09-27T10:00:00.000+0800", "2024-09-27T10:00:00+08:00[Asia/Shanghai]" })
	void acceptsIsoStrings(String date) {
		assertThat(workingDays.after(5, date)).isEqualTo(beijing("2024-10-10T10:00:00"));
	}

	@Test
	void acceptsDatesOfEveryKind() {
		Date expected = beijing("2024-10-10T10:00:00");
		assertThat(workingDays.after(5, beijing("2024-09-27T10:00:00"))).isEqualTo(expected);
		assertThat(workingDays.after(5, LocalDateTime.parse("2024-09-27T10:00:00"))).isEqualTo(expected);
		assertThat(workingDays.after(5, ZonedDateTime.parse("2024-09-27T04:00:00+02:00"))).isEqualTo(expected);
		assertThat(workingDays.after(5, Instant.parse("2024-09-27T02:00:00Z"))).isEqualTo(expected);
		assertThat(workingDays.after(5, new DateTime(beijing("2024-09-27T10:00:00")))).isEqualTo(expected);
		// a date without time means the start of that day
		assertThat(workingDays.after(5, "2024-09-27")).isEqualTo(beijing("2024-10-10T00:00:00"));
		assertThat(workingDays.after(5, LocalDate.of(2024, 9, 27))).isEqualTo(beijing("2024-10-10T00:00:00"));
	}

	@Test
	void beforeAndEndOfDayRelativeToADate() {
		// F1: filing at least 10 working days before a meeting on Thursday 2024-10-24 (Saturday 10-12 worked)
		assertThat(workingDays.before(10, "2024-10-24T09:00:00")).isEqualTo(beijing("2024-10-11T09:00:00"));
		assertThat(workingDays.endOfDayBefore(10, "2024-10-24")).isEqualTo(beijing("2024-10-11T23:59:59"));
		// PF1: post-filing within 20 working days after a review on 2024-09-27
		assertThat(workingDays.endOfDayAfter(20, "2024-09-27")).isEqualTo(beijing("2024-10-30T23:59:59"));
	}

	@Test
	void workingDayChecksAndCounts() {
		assertThat(workingDays.isWorkingDay("2024-09-29")).isTrue();
		assertThat(workingDays.isWorkingDay("2024-10-01")).isFalse();
		// the publicity started on Friday 09-27 has run 5 working days by Thursday 10-10 (Q2, R1)
		assertThat(workingDays.between("2024-09-27", beijing("2024-10-10T18:00:00"))).isEqualTo(5);
		assertThat(workingDays.between("2024-10-10", "2024-09-27")).isEqualTo(-5);
	}

	@Test
	void badArgumentsFailWithAChineseMessage() {
		assertThatIllegalArgumentException().isThrownBy(() -> workingDays.after(5, null)).withMessageContaining("为空");
		assertThatIllegalArgumentException().isThrownBy(() -> workingDays.after(5, "27.09.2024"))
			.withMessageContaining("无法识别");
		assertThatIllegalArgumentException().isThrownBy(() -> workingDays.after(5, 42L)).withMessageContaining("不支持");
		assertThatIllegalArgumentException().isThrownBy(() -> workingDays.after(100_000)).withMessageContaining("3660");
	}

	static Date beijing(String localDateTime) {
		return Date.from(LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.ZONE).toInstant());
	}

}
