package cn.zhicheng.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An administrator adds, changes or breaks a year file while the application runs. */
class CalendarReloadTest {

	private static final LocalDate NEW_YEARS_DAY_2025 = LocalDate.of(2025, 1, 1);

	@TempDir
	Path directory;

	MutableClock clock = new MutableClock(Instant.parse("2024-11-01T02:00:00Z"));

	WorkingDayCalendar calendar;

	@BeforeEach
	void onlyTheCurrentYear() throws IOException {
		copy("2024.json");
		this.calendar = new WorkingDayCalendar(this.directory, Duration.ofSeconds(5), this.clock);
	}

	@Test
	void addedYearFileIsPickedUpWithoutRestartAfterTheRefreshInterval() throws IOException {
		assertThat(this.calendar.isWorkingDay(NEW_YEARS_DAY_2025)).isTrue();
		assertThat(this.calendar.yearsWithoutData(NEW_YEARS_DAY_2025, NEW_YEARS_DAY_2025)).containsExactly(2025);

		copy("2025.json");
		// looked at no more than once per interval: still the old version
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(this.calendar.isWorkingDay(NEW_YEARS_DAY_2025)).isTrue();

		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.calendar.isWorkingDay(NEW_YEARS_DAY_2025)).isFalse();
		assertThat(this.calendar.day(NEW_YEARS_DAY_2025).holiday()).isEqualTo("元旦");
		assertThat(this.calendar.yearsWithoutData(NEW_YEARS_DAY_2025, NEW_YEARS_DAY_2025)).isEmpty();
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2024, 12, 31), 1)).isEqualTo(LocalDate.of(2025, 1, 2));
	}

	@Test
	void changedAndRemovedFilesAreReloaded() throws IOException {
		write("2025.json", """
				{"year": 2025, "papers": [], "days": []}
				""");
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(this.calendar.hasData(2025)).isFalse();

		write("2025.json", """
				{"year": 2025, "papers": [], "days": [
				  {"name": "元旦", "date": "2025-01-01", "isOffDay": true}
				]}
				""");
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(this.calendar.hasData(2025)).isTrue();
		assertThat(this.calendar.isWorkingDay(NEW_YEARS_DAY_2025)).isFalse();

		Files.delete(this.directory.resolve("2025.json"));
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(this.calendar.hasData(2025)).isFalse();
		assertThat(this.calendar.isWorkingDay(NEW_YEARS_DAY_2025)).isTrue();
	}

	@Test
	void brokenFileIsReportedAndLeftOutWithoutAffectingOtherYears() throws IOException {
		write("2025.json", "{\"year\": 2025, \"days\": [ {\"name\": \"元旦\", \"date\": \"2025-13-01\", \"isOffDay\": true} ]}");
		write("2026.json", "{\"year\": 2026, \"days\": [");
		write("README.md", "not a year file");
		this.clock.advance(Duration.ofSeconds(5));

		assertThat(this.calendar.yearsWithData()).containsExactly(2024);
		assertThat(this.calendar.problems()).hasSize(2);
		assertThat(this.calendar.problems().get(0)).contains("2025.json", "days 第 1 项", "yyyy-MM-dd");
		assertThat(this.calendar.problems().get(1)).contains("2026.json", "不是有效的 JSON");
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2024, 10, 1))).isFalse();

		write("2025.json", "{\"year\": 2024, \"days\": []}");
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(this.calendar.problems().get(0)).contains("2025.json", "year 应为 2025");
	}

	@Test
	void clockSetBackDoesNotPostponeTheNextLook() throws IOException {
		this.clock.advance(Duration.ofHours(-1));
		copy("2025.json");
		assertThat(this.calendar.hasData(2025)).isTrue();
	}

	@Test
	void readersNeverFailWhileFilesChange() throws Exception {
		WorkingDayCalendar everyCall = new WorkingDayCalendar(this.directory, Duration.ZERO, this.clock);
		ExecutorService readers = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> results = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				results.add(readers.submit(() -> {
					for (int j = 0; j < 2000; j++) {
						// 2024 never changes; 2025 is either absent or complete, never half read
						assertThat(everyCall.addWorkingDays(LocalDate.of(2024, 9, 27), 5)).isEqualTo(LocalDate.of(2024, 10, 10));
						LocalDate next = everyCall.addWorkingDays(LocalDate.of(2024, 12, 31), 1);
						assertThat(next).isIn(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2));
					}
					return null;
				}));
			}
			for (int i = 0; i < 30; i++) {
				copy("2025.json");
				Files.deleteIfExists(this.directory.resolve("2025.json"));
			}
			for (Future<?> result : results) {
				result.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			readers.shutdownNow();
		}
	}

	private void copy(String yearFile) throws IOException {
		Path target = this.directory.resolve(yearFile);
		Path temporary = this.directory.resolve(yearFile + ".tmp");
		// as an administrator should: write elsewhere, then move into place
		Files.copy(Path.of("config/calendar", yearFile), temporary);
		Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	private void write(String name, String content) throws IOException {
		Files.writeString(this.directory.resolve(name), content, StandardCharsets.UTF_8);
	}

}
