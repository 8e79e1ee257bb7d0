package cn.zhicheng.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Health indicator {@code calendar}: {@code UP} when this year and next year have holiday data and every
 * year file could be read; otherwise {@code WARNING}, never {@code DOWN}. A missing year does not stop the
 * application from working (it counts weekends only), so it must not take the node out of a load
 * balancer; {@code application.yaml} orders WARNING between OUT_OF_SERVICE and UP and maps it to HTTP
 * 200, so {@code /actuator/health} then answers 200 with {@code "status": "WARNING"}.
 */
@Component
class CalendarHealthIndicator implements HealthIndicator {

	static final Status WARNING = new Status("WARNING", "工作日日历缺少本年或下一年的节假日数据，或有日历文件无法使用");

	private final WorkingDayCalendar calendar;

	CalendarHealthIndicator(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	public Health health() {
		int thisYear = this.calendar.today().getYear();
		List<Integer> missing = this.calendar.yearsWithoutData(LocalDate.of(thisYear, 1, 1),
				LocalDate.of(thisYear + 1, 1, 1));
		List<String> problems = this.calendar.problems();
		Health.Builder health = missing.isEmpty() && problems.isEmpty() ? Health.up() : Health.status(WARNING);
		return health.withDetail("requiredYears", List.of(thisYear, thisYear + 1))
			.withDetail("directory", this.calendar.directory().toString())
			.withDetail("yearsWithData", this.calendar.yearsWithData())
			.withDetail("missingYears", missing)
			.withDetail("warnings", missing.stream().map(WorkingDayCalendar::missingDataWarning).toList())
			.withDetail("problems", problems)
			.build();
	}

}
