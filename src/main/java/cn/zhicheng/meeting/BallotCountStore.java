package cn.zhicheng.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores the opened votes of a round (M4) as one document ({@link BallotVotes}) in {@code zc_ballot_count} and
 * the totals the document gives in {@code zc_meeting_candidate}, in the caller's transaction. Issue 11 (the
 * tally of 500 applicants × 25 experts ≤ 200 ms): 12 500 vote rows, even 500 per INSERT, took most of the
 * count on MySQL (random primary key plus the counting index); one document is one row. Plain JDBC on the
 * shared data source and Spring transaction, like the mappers: the totals go as one JDBC batch (one round
 * trip on MySQL with rewriteBatchedStatements).
 */
@Component
class BallotCountStore {

	private static final String UPDATE_TOTALS = "UPDATE zc_meeting_candidate SET yes_votes = ?, no_votes = ?,"
			+ " abstentions = ? WHERE meeting_id = ? AND ballot_round = ? AND application_id = ?";

	private final JdbcTemplate jdbc;

	BallotCountStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String meetingId, int round, BallotVotes.Stored document) {
		this.jdbc.update("""
				INSERT INTO zc_ballot_count (meeting_id, ballot_round, format, vote_count, votes_digest, content)
				VALUES (?, ?, ?, ?, ?, ?)""", meetingId, round, BallotVotes.FORMAT, document.voteCount(),
				document.digest(), document.content());
	}

	/** The stored votes of a round, their digest checked; null if the round was never counted. */
	BallotVotes find(String meetingId, int round) {
		List<BallotVotes> found = this.jdbc.query(
				"SELECT votes_digest, content FROM zc_ballot_count WHERE meeting_id = ? AND ballot_round = ?",
				(rs, n) -> BallotVotes.read(meetingId, round, rs.getBytes("content"), rs.getString("votes_digest")),
				meetingId, round);
		return found.isEmpty() ? null : found.get(0);
	}

	/** Writes every listed applicant's totals (yes, no, abstentions), those without a vote as zeros. */
	void updateTotals(String meetingId, int round, List<String> applicationIds, Map<String, int[]> totals) {
		int[] none = new int[BallotChoice.values().length];
		List<Object[]> rows = new ArrayList<>(applicationIds.size());
		for (String applicationId : applicationIds) {
			int[] total = totals.getOrDefault(applicationId, none);
			rows.add(new Object[] { total[BallotChoice.YES.ordinal()], total[BallotChoice.NO.ordinal()],
					total[BallotChoice.ABSTAIN.ordinal()], meetingId, round, applicationId });
		}
		this.jdbc.batchUpdate(UPDATE_TOTALS, rows);
	}

}
