package cn.zhicheng.draw;

import java.time.LocalDate;

import cn.zhicheng.common.TitleLevel;

/**
 * An expert of the pool as the draw sees it: the {@code zc_expert} row with the person's name, the
 * employer's name, the region (the employer's when the expert has none, E8) and the term (E5).
 *
 * @param termStart first day of the term, or null when open
 * @param termEnd last day of the term (E5: when the year's review ends), or null when open
 */
public record ExpertProfile(String userId, String name, String employerCode, String employerName, String regionCode,
		String series, String specialty, TitleLevel titleLevel, LocalDate termStart, LocalDate termEnd,
		boolean active) {

	/** E5: appointed on {@code day}. */
	boolean inTerm(LocalDate day) {
		return (this.termStart == null || !day.isBefore(this.termStart))
				&& (this.termEnd == null || !day.isAfter(this.termEnd));
	}

}
