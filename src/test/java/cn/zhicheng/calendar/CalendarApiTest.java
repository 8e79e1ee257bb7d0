package cn.zhicheng.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.health.StatusAggregator;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** {@code /api/calendar} over HTTP with the demo administrator's basic authentication. */
class CalendarApiTest extends ApplicationTestSupport {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ObjectMapper json;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	HttpCodeStatusMapper httpCodes;

	@Autowired
	StatusAggregator statusAggregator;

	@Test
	void addsWorkingDaysAcrossNationalDay() throws Exception {
		JsonNode answer = ok("/api/calendar/working-days?from=2024-09-27&add=5");
		assertThat(answer.get("from").asText()).isEqualTo("2024-09-27");
		assertThat(answer.get("add").asInt()).isEqualTo(5);
		assertThat(answer.get("date").asText()).isEqualTo("2024-10-10");
		assertThat(answer.get("warnings").isArray()).isTrue();
		assertThat(answer.get("warnings")).isEmpty();
		assertThat(answer.has("workingDays")).isFalse();
	}

	@Test
	void subtractsWorkingDays() throws Exception {
		assertThat(ok("/api/calendar/working-days?from=2024-10-10&add=-5").get("date").asText()).isEqualTo("2024-09-27");
		assertThat(ok("/api/calendar/working-days?from=2020-02-03&add=-1").get("date").asText()).isEqualTo("2020-01-23");
	}

	@Test
	void countsWorkingDaysBetweenTwoDates() throws Exception {
		JsonNode answer = ok("/api/calendar/working-days?from=2024-09-27&to=2024-10-10");
		assertThat(answer.get("workingDays").asLong()).isEqualTo(5);
		assertThat(answer.get("to").asText()).isEqualTo("2024-10-10");
		assertThat(answer.has("date")).isFalse();
		assertThat(ok("/api/calendar/working-days?from=2024-10-10&to=2024-09-27").get("workingDays").asLong())
			.isEqualTo(-5);
	}

	@Test
	void answersThatTouchAYearWithoutDataCarryWarnings() throws Exception {
		JsonNode answer = ok("/api/calendar/working-days?from=2026-12-28&add=5");
		assertThat(answer.get("date").asText()).isEqualTo("2027-01-04");
		assertThat(answer.get("yearsWithoutData").get(0).asInt()).isEqualTo(2027);
		assertThat(answer.get("warnings").get(0).asText()).contains("2027 年没有节假日数据");

		JsonNode count = ok("/api/calendar/working-days?from=2026-12-01&to=2028-01-10");
		assertThat(count.get("warnings")).hasSize(2);
	}

	@ParameterizedTest(name = "{0}: {2} {3}")
	@CsvSource({
			"2024-09-29, true, MAKE_UP_WORKDAY, 国庆节, 国庆节调休上班",
			"2024-10-12, true, MAKE_UP_WORKDAY, 国庆节, 国庆节调休上班",
			"2024-10-01, false, HOLIDAY, 国庆节, 国庆节放假",
			"2020-02-02, false, HOLIDAY, 春节, 春节放假",
			"2024-10-13, false, WEEKEND, , 星期日，周末休息",
			"2024-10-08, true, WORKDAY, , 星期二，工作日" })
	void explainsADay(String date, boolean working, DayKind kind, String holiday, String reason) throws Exception {
		JsonNode day = ok("/api/calendar/days/" + date);
		assertThat(day.get("date").asText()).isEqualTo(date);
		assertThat(day.get("workingDay").asBoolean()).isEqualTo(working);
		assertThat(day.get("kind").asText()).isEqualTo(kind.name());
		assertThat(day.get("kindLabel").asText()).isEqualTo(kind.label());
		assertThat(day.get("holiday").isNull() ? null : day.get("holiday").asText()).isEqualTo(holiday);
		assertThat(day.get("reason").asText()).isEqualTo(reason);
		assertThat(day.get("dataAvailable").asBoolean()).isTrue();
		assertThat(day.get("warnings")).isEmpty();
	}

	@Test
	void dayInAYearWithoutDataSaysSo() throws Exception {
		JsonNode day = ok("/api/calendar/days/2027-01-01");
		assertThat(day.get("workingDay").asBoolean()).isTrue();
		assertThat(day.get("dataAvailable").asBoolean()).isFalse();
		assertThat(day.get("dayOfWeek").asText()).isEqualTo("星期五");
		assertThat(day.get("warnings").get(0).asText()).contains("2027");
	}

	@ParameterizedTest(name = "{0} → {1} {2}")
	@CsvSource(delimiter = '|', value = {
			"/api/calendar/working-days?from=2024-13-01&add=1 | from | 日期格式 | 参数 from 的值“2024-13-01”不是有效日期",
			"/api/calendar/working-days?from=2024-09-31&add=1 | from | 日期格式 | 不是有效日期",
			"/api/calendar/working-days?from=27.09.2024&add=1 | from | 日期格式 | yyyy-MM-dd",
			"/api/calendar/working-days?from=1800-01-01&add=1 | from | 日期范围 | 超出范围",
			"/api/calendar/working-days?add=1 | from | 必填 | 缺少参数 from",
			"/api/calendar/working-days?from=2024-09-27&to=2024-02-30 | to | 日期格式 | 参数 to",
			"/api/calendar/working-days?from=2024-09-27&add=five | add | 整数 | 参数 add 的值“five”不是整数",
			"/api/calendar/working-days?from=2024-09-27&add=1.5 | add | 整数 | 不是整数",
			"/api/calendar/working-days?from=2024-09-27&add=3661 | add | 范围 | 不能超过 3660",
			"/api/calendar/working-days?from=2024-09-27&add=-3661 | add | 范围 | 不能超过 3660",
			"/api/calendar/working-days?from=2024-09-27&add=99999999999999999999999 | add | 范围 | 不能超过 3660",
			"/api/calendar/working-days?from=2024-09-27 | add | add/to 二选一 | 请提供参数 add",
			"/api/calendar/working-days?from=2024-09-27&add=5&to=2024-10-10 | to | add/to 二选一 | 不能同时提供",
			"/api/calendar/days/2024-10-32 | date | 日期格式 | 参数 date 的值“2024-10-32”不是有效日期" })
	void badInputIsA400WithAChineseMessageNamingTheParameter(String url, String field, String rule, String message)
			throws Exception {
		ResponseEntity<String> response = asDemo().getForEntity(url, String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode error = this.json.readTree(response.getBody());
		assertThat(error.get("status").asInt()).isEqualTo(400);
		assertThat(error.get("field").asText()).isEqualTo(field);
		assertThat(error.get("rule").asText()).isEqualTo(rule);
		assertThat(error.get("message").asText()).contains(message);
	}

	@Test
	void withoutCredentialsIs401() {
		ResponseEntity<String> response = this.rest.getForEntity("/api/calendar/days/2024-10-01", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
		// an unknown user: a wrong password for demo would lock demo out for a few seconds (Camunda's
		// login delay) and fail the other tests sharing this context
		ResponseEntity<String> unknownUser = this.rest.withBasicAuth("nobody", "wrong")
			.getForEntity("/api/calendar/working-days?from=2024-09-27&add=5", String.class);
		assertThat(unknownUser.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void healthShowsMissingYearsWithoutTakingTheNodeOut() throws Exception {
		ResponseEntity<String> response = this.rest.getForEntity("/actuator/health", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		int thisYear = this.calendar.today().getYear();
		boolean complete = this.calendar.hasData(thisYear) && this.calendar.hasData(thisYear + 1);
		assertThat(this.json.readTree(response.getBody()).get("status").asText())
			.isEqualTo(complete ? "UP" : "WARNING");
	}

	@Test
	void onlyDownAndOutOfServiceTakeTheNodeOut() {
		assertThat(this.httpCodes.getStatusCode(CalendarHealthIndicator.WARNING)).isEqualTo(200);
		assertThat(this.httpCodes.getStatusCode(Status.UP)).isEqualTo(200);
		assertThat(this.httpCodes.getStatusCode(Status.DOWN)).isEqualTo(503);
		assertThat(this.httpCodes.getStatusCode(Status.OUT_OF_SERVICE)).isEqualTo(503);
		assertThat(this.statusAggregator.getAggregateStatus(Status.UP, CalendarHealthIndicator.WARNING))
			.isEqualTo(CalendarHealthIndicator.WARNING);
		assertThat(this.statusAggregator.getAggregateStatus(Status.DOWN, CalendarHealthIndicator.WARNING))
			.isEqualTo(Status.DOWN);
	}

	@Test
	void yearFileAddedToTheDirectoryIsUsedWithoutRestart() throws Exception {
		String url = "/api/calendar/days/2030-01-01";
		assertThat(ok(url).get("dataAvailable").asBoolean()).isFalse();
		Path file = CALENDAR_DIRECTORY.resolve("2030.json");
		try {
			// test data, not the State Council's 2030 schedule
			Files.writeString(file, """
					{"year": 2030, "papers": [], "days": [
					  {"name": "元旦", "date": "2030-01-01", "isOffDay": true}
					]}
					""", StandardCharsets.UTF_8);
			JsonNode day = awaitDataAvailable(url, true);
			assertThat(day.get("workingDay").asBoolean()).isFalse();
			assertThat(day.get("holiday").asText()).isEqualTo("元旦");
			assertThat(day.get("warnings")).isEmpty();
		}
		finally {
			Files.deleteIfExists(file);
		}
		assertThat(awaitDataAvailable(url, false).get("workingDay").asBoolean()).isTrue();
		assertThat(this.calendar.hasData(LocalDate.of(2030, 1, 1).getYear())).isFalse();
	}

	private JsonNode awaitDataAvailable(String url, boolean expected) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		JsonNode day = ok(url);
		while (day.get("dataAvailable").asBoolean() != expected && System.nanoTime() < deadline) {
			Thread.sleep(50);
			day = ok(url);
		}
		assertThat(day.get("dataAvailable").asBoolean()).as("dataAvailable of %s", url).isEqualTo(expected);
		return day;
	}

	private JsonNode ok(String url) throws Exception {
		ResponseEntity<String> response = asDemo().getForEntity(url, String.class);
		assertThat(response.getStatusCode()).as(url + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
		return this.json.readTree(response.getBody());
	}

	private TestRestTemplate asDemo() {
		return this.rest.withBasicAuth("demo", "demo");
	}

}
