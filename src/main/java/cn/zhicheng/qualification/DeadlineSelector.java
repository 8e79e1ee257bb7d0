package cn.zhicheng.qualification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Which after-meeting deadlines (R3, PF1–PF3, C3) apply. An application: its own pack (track, region of
 * its unit, year; {@link PolicyPacks#select}). A review cycle: the strictest of the packs of its reviewed
 * applicants and of the general pack of the committee's region ({@link PackDeadlines#strictest}), so that a
 * cycle with a directed group keeps the directed pack's shorter deadlines (DY10). No pack: the defaults.
 */
@Component
public class DeadlineSelector {

	private final PolicyPackDirectory packs;

	DeadlineSelector(PolicyPackDirectory packs) {
		this.packs = packs;
	}

	/** The chosen deadlines and the packs they come from (for the dossier and the forms). */
	public record Selection(PackDeadlines deadlines, List<String> packIds) {

		public String basis() {
			return this.packIds.isEmpty() ? "未适用政策包，采用默认时限" : "依据政策包：" + String.join("、", this.packIds);
		}

	}

	/** A reviewed applicant: track and the region code of their unit. */
	public record Applicant(Track track, String regionCode) {
	}

	public Selection forCycle(String committeeRegionCode, int reviewYear, List<Applicant> applicants) {
		Map<String, PolicyPack> chosen = new LinkedHashMap<>();
		PolicyPacks all = this.packs.get();
		all.select(Track.GENERAL, committeeRegionCode, reviewYear).ifPresent(p -> chosen.put(p.id(), p));
		for (Applicant a : applicants) {
			all.select(a.track(), a.regionCode(), reviewYear).ifPresent(p -> chosen.put(p.id(), p));
		}
		List<PackDeadlines> deadlines = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		chosen.values().forEach(p -> {
			if (p.deadlines() != null) {
				deadlines.add(p.deadlines());
				ids.add(p.id());
			}
		});
		return new Selection(deadlines.isEmpty() ? PackDeadlines.DEFAULTS : PackDeadlines.strictest(deadlines), ids);
	}

	public Selection forApplication(Track track, String regionCode, int reviewYear) {
		return this.packs.get()
			.select(track, regionCode, reviewYear)
			.filter(p -> p.deadlines() != null)
			.map(p -> new Selection(p.deadlines().withDefaults(), List.of(p.id())))
			.orElse(new Selection(PackDeadlines.DEFAULTS, List.of()));
	}

}
