package cn.zhicheng.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

class CalendarHealthIndicatorTest {

	@Test
	void upWhenThisYearAndNextYearHaveData() {
		Health health = healthOn("2024-06-01T02:00:00Z", Path.of("config/calendar"));
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("missingYears", List.of());
	}

	@Test
	void warningNotDownWhenNextYearHasNoData() {
		// 2027.json has "days": [] until the State Council publishes the schedule
		Health health = healthOn("2026-11-21T02:00:00Z", Path.of("config/calendar"));
		assertThat(health.getStatus().getCode()).isEqualTo("WARNING");
		assertThat(health.getDetails()).containsEntry("missingYears", List.of(2027));
		assertThat((List<?>) health.getDetails().get("warnings")).singleElement().asString().contains("2027 年没有节假日数据");
	}

	@Test
	void warningListsBothYearsWhenNeitherHasData() {
		Health health = healthOn("2028-01-02T02:00:00Z", Path.of("config/calendar"));
		assertThat(health.getStatus().getCode()).isEqualTo("WARNING");
		assertThat(health.getDetails()).containsEntry("missingYears", List.of(2028, 2029));
	}

	@Test
	void warningWhenAFileCannotBeUsed(@TempDir Path directory) throws IOException {
		for (String year : List.of("2024.json", "2025.json")) {
			Files.copy(Path.of("config/calendar", year), directory.resolve(year));
		}
		Files.writeString(directory.resolve("2019.json"), "{\"year\": 2019}");
		Health health = healthOn("2024-06-01T02:00:00Z", directory);
		assertThat(health.getStatus().getCode()).isEqualTo("WARNING");
		assertThat(health.getDetails()).containsEntry("missingYears", List.of());
		assertThat((List<?>) health.getDetails().get("problems")).singleElement().asString().contains("2019.json");
	}

	@Test
	void warningWhenTheDirectoryIsMissing(@TempDir Path directory) {
		Health health = healthOn("2024-06-01T02:00:00Z", directory.resolve("missing"));
		assertThat(health.getStatus().getCode()).isEqualTo("WARNING");
		assertThat(health.getDetails()).containsEntry("missingYears", List.of(2024, 2025));
		assertThat((List<?>) health.getDetails().get("problems")).singleElement().asString().contains("目录不存在");
		assertThat((Map<String, Object>) health.getDetails()).containsKey("directory");
	}

	private static Health healthOn(String instant, Path directory) {
		WorkingDayCalendar calendar = new WorkingDayCalendar(directory, Duration.ofSeconds(5),
				Clock.fixed(Instant.parse(instant), WorkingDayCalendar.ZONE));
		return new CalendarHealthIndicator(calendar).health();
	}

}
