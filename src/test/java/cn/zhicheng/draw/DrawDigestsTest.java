package cn.zhicheng.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Tamper evidence, without a database: every recorded field is covered by the digests. */
class DrawDigestsTest {

	static Draw draw(String seed, String drawnAt) {
		return new Draw("d1", "2024-EYTEACHERINT", 1, "EYTEACHERINT", 2024, "pi1", "115329304310054872",
				"115329304310068507", DrawStatus.SIGNING, 3, 1, DrawAlgorithm.NAME, seed, drawnAt, "eyzgb", null, null,
				null, 0, null);
	}

	static final List<String> CANDIDATES = List.of("a", "b", "c", "d", "e");

	static final List<Exclusion> EXCLUSIONS = List.of(new Exclusion("f", ExclusionReason.SAME_UNIT, "同单位"));

	static final List<DrawPick> PICKS = List.of(new DrawPick(1, "c", PickRole.MEMBER), new DrawPick(2, "a", PickRole.MEMBER),
			new DrawPick(3, "e", PickRole.MEMBER), new DrawPick(4, "b", PickRole.ALTERNATE));

	@Test
	void anyChangeOfTheRecordChangesTheResultDigest() {
		String seed = "ab".repeat(32);
		String digest = DrawDigests.resultDigest(draw(seed, "2024-09-02T10:00:00+08:00"), CANDIDATES, EXCLUSIONS, PICKS);
		assertThat(digest).matches("[0-9a-f]{64}");
		assertThat(DrawDigests.resultDigest(draw(seed, "2024-09-02T10:00:00+08:00"), CANDIDATES, EXCLUSIONS, PICKS))
			.isEqualTo(digest);

		assertThat(DrawDigests.resultDigest(draw("ac".repeat(32), "2024-09-02T10:00:00+08:00"), CANDIDATES, EXCLUSIONS,
				PICKS)).isNotEqualTo(digest);
		assertThat(DrawDigests.resultDigest(draw(seed, "2024-09-02T10:00:01+08:00"), CANDIDATES, EXCLUSIONS, PICKS))
			.isNotEqualTo(digest);
		assertThat(DrawDigests.resultDigest(draw(seed, "2024-09-02T10:00:00+08:00"), List.of("a", "b", "c", "e", "d"),
				EXCLUSIONS, PICKS)).isNotEqualTo(digest);
		assertThat(DrawDigests.resultDigest(draw(seed, "2024-09-02T10:00:00+08:00"), CANDIDATES, List.of(), PICKS))
			.isNotEqualTo(digest);
		assertThat(DrawDigests.resultDigest(draw(seed, "2024-09-02T10:00:00+08:00"), CANDIDATES, EXCLUSIONS,
				List.of(PICKS.get(0), PICKS.get(1), PICKS.get(2), new DrawPick(4, "b", PickRole.MEMBER))))
			.isNotEqualTo(digest);
	}

	@Test
	void theEncodingIsUnambiguousAndSignaturesChain() {
		String seed = "ab".repeat(32);
		// "ab","c" and "a","bc" must not encode alike
		assertThat(DrawDigests.resultDigest(draw(seed, "t"), List.of("ab", "c"), List.of(), List.of()))
			.isNotEqualTo(DrawDigests.resultDigest(draw(seed, "t"), List.of("a", "bc"), List.of(), List.of()));

		String head = DrawDigests.resultDigest(draw(seed, "t"), CANDIDATES, EXCLUSIONS, PICKS);
		DrawSignature first = new DrawSignature(1, SignerRole.OFFICE, "eyzgb", "2024-09-02T10:05:00+08:00", null, null);
		String link1 = DrawDigests.signatureDigest(head, first);
		assertThat(link1).isNotEqualTo(head);
		assertThat(DrawDigests.signatureDigest(head, new DrawSignature(1, SignerRole.OFFICE, "eyzgb2",
				"2024-09-02T10:05:00+08:00", null, null))).isNotEqualTo(link1);
		assertThat(DrawDigests.signatureDigest(head, new DrawSignature(1, SignerRole.SUPERVISOR, "eyzgb",
				"2024-09-02T10:05:00+08:00", null, null))).isNotEqualTo(link1);
		assertThat(DrawDigests.signatureDigest(head, new DrawSignature(1, SignerRole.OFFICE, "eyzgb",
				"2024-09-02T10:05:00+08:00", "同意", null))).isNotEqualTo(link1);
		// a link depends on everything before it
		assertThat(DrawDigests.signatureDigest("0".repeat(64), first)).isNotEqualTo(link1);
	}

}
