package cn.zhicheng.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves by hand. */
final class MutableClock extends Clock {

	private volatile Instant instant;

	MutableClock(Instant instant) {
		this.instant = instant;
	}

	void advance(Duration duration) {
		this.instant = this.instant.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return WorkingDayCalendar.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.instant, zone);
	}

	@Override
	public Instant instant() {
		return this.instant;
	}

}
