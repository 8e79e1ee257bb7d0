package cn.zhicheng.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/** The candidate document of a draw (E1, E5, E6), without a database: round trip, digest, tampering. */
class DrawDocumentTest {

	static final List<String> CANDIDATES = List.of("a01", "b02", "c03", "张三");

	static final List<Exclusion> EXCLUSIONS = List.of(
			new Exclusion("x09", ExclusionReason.SAME_UNIT, "与本年度申报人杨丽芬同在\"一中\"工作（E6 同单位回避）"),
			new Exclusion("x08", ExclusionReason.TERM_ENDED, "聘期至2023-12-31已满（E5）"),
			new Exclusion("x08", ExclusionReason.INACTIVE, "专家已停用"));

	static String json(byte[] gzip) throws IOException {
		try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void aDocumentReadsBackAsWrittenWithExclusionsInDigestOrder() throws IOException {
		DrawDocument.Stored stored = DrawDocument.of(CANDIDATES, EXCLUSIONS);
		assertThat(stored.digest()).matches("[0-9a-f]{64}");
		assertThat(stored.candidateCount()).isEqualTo(4);
		assertThat(stored.exclusionCount()).isEqualTo(3);
		assertThat(json(stored.content())).startsWith("{\"format\":\"zhicheng-draw-candidates-1\",\"candidates\":[\"a01\"");
		assertThat(DrawDocument.sha256(json(stored.content()).getBytes(StandardCharsets.UTF_8))).isEqualTo(stored.digest());

		DrawDocument.Content content = DrawDocument.read(stored.content(), stored.digest());
		assertThat(content.problem()).isNull();
		assertThat(content.candidates()).containsExactlyElementsOf(CANDIDATES);
		// by login, then reason code: the order the result digest covers them in
		assertThat(content.exclusions()).containsExactly(EXCLUSIONS.get(2), EXCLUSIONS.get(1), EXCLUSIONS.get(0));
		// the same lists give the same digest; the result digest is the same from the document as from the lists
		assertThat(DrawDocument.of(CANDIDATES, List.of(EXCLUSIONS.get(1), EXCLUSIONS.get(0), EXCLUSIONS.get(2))).digest())
			.isEqualTo(stored.digest());
		Draw draw = DrawDigestsTest.draw("ab".repeat(32), "2024-09-02T10:00:00+08:00");
		assertThat(DrawDigests.resultDigest(draw, content.candidates(), content.exclusions(), DrawDigestsTest.PICKS))
			.isEqualTo(DrawDigests.resultDigest(draw, CANDIDATES, EXCLUSIONS, DrawDigestsTest.PICKS));
	}

	@Test
	void anyChangeOfTheListsChangesTheDigest() {
		String digest = DrawDocument.of(CANDIDATES, EXCLUSIONS).digest();
		assertThat(DrawDocument.of(List.of("a01", "c03", "b02", "张三"), EXCLUSIONS).digest()).isNotEqualTo(digest);
		assertThat(DrawDocument.of(CANDIDATES, EXCLUSIONS.subList(1, 3)).digest()).isNotEqualTo(digest);
		assertThat(DrawDocument.of(CANDIDATES,
				List.of(EXCLUSIONS.get(0), EXCLUSIONS.get(1), new Exclusion("x08", ExclusionReason.INACTIVE, "已停用")))
			.digest()).isNotEqualTo(digest);
		// "ab","c" and "a","bc" do not encode alike
		assertThat(DrawDocument.of(List.of("ab", "c"), List.of()).digest())
			.isNotEqualTo(DrawDocument.of(List.of("a", "bc"), List.of()).digest());
	}

	@Test
	void aDocumentThatDoesNotMatchItsDigestOrCannotBeReadIsReportedWithoutLists() {
		DrawDocument.Stored stored = DrawDocument.of(CANDIDATES, EXCLUSIONS);
		List<String> swapped = new ArrayList<>(CANDIDATES);
		java.util.Collections.swap(swapped, 0, 1);
		DrawDocument.Content other = DrawDocument.read(DrawDocument.of(swapped, EXCLUSIONS).content(), stored.digest());
		assertThat(other.problem()).contains("候选名单文档与抽取记录中的摘要不符");
		assertThat(other.candidates()).isEmpty();
		assertThat(other.exclusions()).isEmpty();

		assertThat(DrawDocument.read("garbage".getBytes(StandardCharsets.UTF_8), stored.digest()).problem())
			.contains("无法解压");
		assertThat(DrawDocument.read(null, stored.digest()).problem()).contains("缺少候选名单文档");

		// right digest, wrong content: another format, an unknown reason code
		DrawDocument.Stored foreign = DrawDocument.encode(CANDIDATES, List.<String[]>of(new String[] { "x", "BRIBED", "?" }));
		assertThat(DrawDocument.read(foreign.content(), foreign.digest()).problem()).contains("候选名单文档格式错误");
	}

}
