package cn.zhicheng.calendar;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calendar reads its directory when the application starts (logging missing years) and on change. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

	@Bean
	WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
		return new WorkingDayCalendar(properties.directory(), properties.refreshInterval(),
				Clock.system(WorkingDayCalendar.ZONE));
	}

}
