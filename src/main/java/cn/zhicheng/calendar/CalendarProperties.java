package cn.zhicheng.calendar;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhicheng.calendar.*}: where the year files are and how often the directory is looked at again.
 *
 * @param directory the calendar directory (relative paths from the working directory)
 * @param refreshInterval how long a read of the directory stays current
 */
@ConfigurationProperties("zhicheng.calendar")
record CalendarProperties(@DefaultValue("./config/calendar") Path directory,
		@DefaultValue("5s") Duration refreshInterval) {
}
