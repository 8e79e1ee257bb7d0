package cn.zhicheng.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/** The document of a round's opened votes (M4): round trip, recount, and a changed record detected. */
class BallotVotesTest {

	static final List<BallotVotes.Vote> VOTES = List.of(new BallotVotes.Vote("a2", BallotChoice.NO),
			new BallotVotes.Vote("a1", BallotChoice.YES), new BallotVotes.Vote("a2", BallotChoice.YES),
			new BallotVotes.Vote("a1", BallotChoice.ABSTAIN), new BallotVotes.Vote("a1", BallotChoice.YES));

	@Test
	void theVotesComeBackInTheirOrderAndRecountTheSame() {
		BallotVotes.Stored stored = BallotVotes.encode("m1", 2, VOTES);
		assertThat(stored.voteCount()).isEqualTo(5);
		assertThat(stored.digest()).hasSize(64);
		BallotVotes read = BallotVotes.read("m1", 2, stored.content(), stored.digest());
		assertThat(read.votes()).containsExactlyElementsOf(VOTES);
		Map<String, int[]> totals = read.totals();
		assertThat(totals.get("a1")).containsExactly(2, 0, 1);
		assertThat(totals.get("a2")).containsExactly(1, 1, 0);
		// the same votes in the same order are the same document
		assertThat(BallotVotes.encode("m1", 2, VOTES).digest()).isEqualTo(stored.digest());
	}

	@Test
	void aChangedRecordIsRefused() throws Exception {
		BallotVotes.Stored stored = BallotVotes.encode("m1", 1, VOTES);
		// one vote changed, the document recompressed: the digest no longer matches
		List<BallotVotes.Vote> changed = new ArrayList<>(VOTES);
		changed.set(0, new BallotVotes.Vote("a2", BallotChoice.YES));
		byte[] forged = BallotVotes.encode("m1", 1, changed).content();
		assertThatThrownBy(() -> BallotVotes.read("m1", 1, forged, stored.digest()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("摘要不符");
		// another meeting's or round's document, even with its own digest
		assertThatThrownBy(() -> BallotVotes.read("m2", 1, stored.content(), stored.digest()))
			.hasMessageContaining("属于会议m1第1轮");
		assertThatThrownBy(() -> BallotVotes.read("m1", 2, stored.content(), stored.digest()))
			.hasMessageContaining("属于会议m1第1轮");
		assertThatThrownBy(() -> BallotVotes.read("m1", 1, new byte[] { 1, 2, 3 }, stored.digest()))
			.hasMessageContaining("无法解压");
		assertThatThrownBy(() -> BallotVotes.read("m1", 1, null, stored.digest())).hasMessageContaining("缺少计票文档");
		// a choice that is none of M4's three
		byte[] bytes = "{\"format\":\"zhicheng-ballot-votes-1\",\"meetingId\":\"m1\",\"round\":1,\"votes\":[[\"a1\",\"MAYBE\"]]}"
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		ByteArrayOutputStream gzip = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
			out.write(bytes);
		}
		assertThatThrownBy(() -> BallotVotes.read("m1", 1, gzip.toByteArray(), BallotVotes.sha256(bytes)))
			.hasMessageContaining("格式错误");
	}

}
