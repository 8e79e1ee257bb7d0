package cn.zhicheng.publicity;

import java.time.LocalDateTime;

/**
 * A publicity period (公示, row of {@code zc_publicity}): what is publicised, by whom (the owner group
 * investigates complaints), for how many working days, and when it runs. Times are Beijing civil time.
 */
public record Publicity(String id, PublicitySubject subject, String title, String cycleId, String committeeCode,
		int reviewYear, String ownerGroupId, PublicityStatus status, int workingDays, LocalDateTime startsAt,
		LocalDateTime endsAt, LocalDateTime closedAt, String processInstanceId) {

	/** Whether a complaint may be lodged at {@code now}: the period is running and not over. */
	public boolean acceptsComplaintsAt(LocalDateTime now) {
		return this.status == PublicityStatus.RUNNING && this.endsAt != null && now.isBefore(this.endsAt);
	}

}
