package cn.zhicheng.certificate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;

import cn.zhicheng.calendar.WorkingDayCalendar;

/** Dates as Chinese documents write them: 2027年11月5日 (Beijing time). */
final class DateTexts {

	private DateTexts() {
	}

	static String chinese(LocalDate date) {
		return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	static String chinese(Date date) {
		return date == null ? "" : chinese(LocalDate.ofInstant(date.toInstant(), WorkingDayCalendar.ZONE));
	}

	static String chinese(LocalDateTime time) {
		return time == null ? ""
				: chinese(time.toLocalDate()) + String.format(" %02d:%02d", time.getHour(), time.getMinute());
	}

	static Date startOfDay(LocalDate date) {
		return Date.from(date.atStartOfDay(WorkingDayCalendar.ZONE).toInstant());
	}

}
