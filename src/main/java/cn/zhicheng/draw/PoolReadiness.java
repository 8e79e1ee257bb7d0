package cn.zhicheng.draw;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a committee's pool can supply its draw (E1, E3, E5, E6), computed as the draw would today.
 *
 * @param alternatesConfigured false when the alternates are the default (20 % rounded up)
 * @param needed members + alternates
 * @param available pool members who may be drawn
 * @param problem why a draw now would fail, in Chinese; null when {@code ready}
 */
public record PoolReadiness(String committeeCode, String committeeName, int reviewYear, LocalDate date,
		int memberCount, int minimumMembers, int alternateCount, boolean alternatesConfigured, int needed,
		int poolSize, int available, boolean ready, String problem, List<PoolEntry> experts) {

	/** A pool member and, when not drawable, why. */
	public record PoolEntry(ExpertProfile expert, boolean drawable, List<String> exclusions) {
	}

}
