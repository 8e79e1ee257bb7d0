package cn.zhicheng.calendar;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * One date on the working-day calendar and the reason for its verdict.
 *
 * @param date the date (Beijing time)
 * @param kind working day, weekend, holiday or make-up working day
 * @param holiday the holiday the date belongs to (e.g. 国庆节) when it is listed in the data, else null
 * @param dataAvailable false when the date's year has no holiday data; the verdict then only knows
 * weekends
 */
public record CalendarDay(LocalDate date, DayKind kind, String holiday, boolean dataAvailable) {

	public boolean workingDay() {
		return this.kind.isWorking();
	}

	/** 星期一 … 星期日 */
	public String dayOfWeek() {
		return this.date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA);
	}

	/** A sentence a person reads, e.g. "国庆节放假" or "国庆节调休上班". */
	public String reason() {
		String reason = switch (this.kind) {
			case HOLIDAY -> this.holiday + "放假";
			case MAKE_UP_WORKDAY -> this.holiday + "调休上班";
			case WEEKEND -> dayOfWeek() + "，周末休息";
			case WORKDAY -> dayOfWeek() + "，工作日";
		};
		if (!this.dataAvailable) {
			reason += "（" + this.date.getYear() + " 年无节假日数据，仅按周末判断）";
		}
		return reason;
	}

}
