package cn.zhicheng.draw;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Tamper evidence of a draw: a SHA-256 hash chain over everything the draw recorded.
 * <ul>
 * <li>result digest = SHA-256 of the canonical encoding of: {@value #VERSION}, the draw's header (id,
 * cycle, attempt, committee, year, process instance, office and supervision groups, member and alternate counts,
 * algorithm, seed, drawn at, drawn by, failure reason), the candidates in order, the exclusions sorted by
 * login and reason code, and the picks in order with their role;</li>
 * <li>after signature n: link(n) = SHA-256 of the encoding of {@value #VERSION}, "signature", link(n−1)
 * (link(0) = the result digest), its number, role, login, signing time and opinion;</li>
 * <li>the draw row keeps the result digest and the head of the chain, each signature row its link.</li>
 * </ul>
 * Canonical encoding: every field as its UTF-8 byte count in decimal, a colon and the bytes; a null as a
 * single “-”. So no two different records encode alike. Any change to a stored row changes a digest and
 * {@link DrawService#verify(String)} reports it.
 */
final class DrawDigests {

	static final String VERSION = "zhicheng-draw-digest-1";

	private DrawDigests() {
	}

	static String resultDigest(Draw d, List<String> candidates, List<Exclusion> exclusions, List<DrawPick> picks) {
		Encoder e = new Encoder().add(VERSION)
			.add("draw")
			.add(d.id())
			.add(d.cycleId())
			.add(d.attempt())
			.add(d.committeeCode())
			.add(d.reviewYear())
			.add(d.processInstanceId())
			.add(d.officeGroupId())
			.add(d.supervisionGroupId())
			.add(d.memberCount())
			.add(d.alternateCount())
			.add(d.algorithm())
			.add(d.seed())
			.add(d.drawnAt())
			.add(d.drawnBy())
			.add(d.failureReason());
		e.add("candidates").add(candidates.size());
		candidates.forEach(e::add);
		List<Exclusion> sorted = exclusions.stream()
			.sorted(Comparator.comparing(Exclusion::userId).thenComparing(x -> x.reasonCode().name()))
			.toList();
		e.add("exclusions").add(sorted.size());
		sorted.forEach(x -> e.add(x.userId()).add(x.reasonCode().name()).add(x.reason()));
		e.add("picks").add(picks.size());
		picks.forEach(p -> e.add(p.seqNo()).add(p.userId()).add(p.pickRole().name()));
		return e.sha256();
	}

	static String signatureDigest(String previous, DrawSignature s) {
		return new Encoder().add(VERSION)
			.add("signature")
			.add(previous)
			.add(s.seqNo())
			.add(s.signerRole().name())
			.add(s.userId())
			.add(s.signedAt())
			.add(s.opinion())
			.sha256();
	}

	private static final class Encoder {

		private final MessageDigest digest;

		Encoder() {
			try {
				this.digest = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
			}
		}

		Encoder add(String value) {
			if (value == null) {
				this.digest.update((byte) '-');
				return this;
			}
			byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
			this.digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
			this.digest.update(bytes);
			return this;
		}

		Encoder add(int value) {
			return add(Integer.toString(value));
		}

		String sha256() {
			return HexFormat.of().formatHex(this.digest.digest());
		}

	}

}
