package cn.zhicheng.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A draw as the API shows it to the committee office and supervision (E7): the result with names and
 * units, what it was drawn from, who was left out and why, and the signatures.
 */
record DrawView(String id, String cycleId, int attempt, String committeeCode, String committeeName, int reviewYear,
		String status, String statusLabel, int memberCount, int alternateCount, String algorithm, String seed,
		String drawnAt, String drawnBy, String failureReason, String resultDigest, String digest,
		List<Drawn> members, List<Drawn> alternates, List<Drawn> candidates, List<Excluded> exclusions,
		List<Signed> signatures) {

	record Drawn(int order, String userId, String name, String employerName, String series, String specialty,
			String titleLevel, String titleLevelLabel) {
	}

	record Excluded(String userId, String name, String employerName, String reasonCode, String reasonLabel,
			String reason) {
	}

	record Signed(int seqNo, String role, String roleLabel, String userId, String name, String signedAt,
			String opinion, String digest) {
	}

	static DrawView of(DrawRecord record, String committeeName, Map<String, ExpertProfile> experts,
			Function<String, String> personName) {
		Draw d = record.draw();
		List<Drawn> members = new ArrayList<>();
		List<Drawn> alternates = new ArrayList<>();
		for (DrawPick pick : record.picks()) {
			(pick.pickRole() == PickRole.MEMBER ? members : alternates)
				.add(drawn(pick.pickRole() == PickRole.MEMBER ? pick.seqNo() : pick.seqNo() - d.memberCount(),
						pick.userId(), experts));
		}
		List<Drawn> candidates = new ArrayList<>();
		for (int i = 0; i < record.candidates().size(); i++) {
			candidates.add(drawn(i + 1, record.candidates().get(i), experts));
		}
		List<Excluded> exclusions = record.exclusions().stream().map(x -> {
			ExpertProfile e = experts.get(x.userId());
			return new Excluded(x.userId(), e == null ? null : e.name(), e == null ? null : e.employerName(),
					x.reasonCode().name(), x.reasonCode().label(), x.reason());
		}).toList();
		List<Signed> signatures = record.signatures().stream()
			.map(s -> new Signed(s.seqNo(), s.signerRole().name(), s.signerRole().label(), s.userId(),
					personName.apply(s.userId()), s.signedAt(), s.opinion(), s.digest()))
			.toList();
		return new DrawView(d.id(), d.cycleId(), d.attempt(), d.committeeCode(), committeeName, d.reviewYear(), d.status().name(),
				d.status().label(), d.memberCount(), d.alternateCount(), d.algorithm(), d.seed(), d.drawnAt(),
				d.drawnBy(), d.failureReason(), d.resultDigest(), d.digest(), members, alternates, candidates,
				exclusions, signatures);
	}

	private static Drawn drawn(int order, String userId, Map<String, ExpertProfile> experts) {
		ExpertProfile e = experts.get(userId);
		if (e == null) {
			return new Drawn(order, userId, null, null, null, null, null, null);
		}
		return new Drawn(order, userId, e.name(), e.employerName(), e.series(), e.specialty(), e.titleLevel().name(),
				e.titleLevel().label());
	}

}
