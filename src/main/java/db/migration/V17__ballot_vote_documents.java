package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.zhicheng.meeting.BallotChoice;
import cn.zhicheng.meeting.BallotVotes;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 11, the tally of 500 applicants × 25 experts (≤ 200 ms): the opened votes of a counted round are no
 * longer one row per applicant per paper in {@code zc_ballot_vote} (12 500 rows with a random key and a
 * counting index, most of the count's time on MySQL) but one gzip-compressed document per round
 * ({@link BallotVotes}) in {@code zc_ballot_count}, with the SHA-256 of its content. M4 as before: the votes
 * carry the applicant and the choice only, in a random order, the row the meeting and the round.
 * <ol>
 * <li>creates {@code zc_ballot_count} (meeting, round, format, number of votes, digest, content);</li>
 * <li>moves every counted round's vote rows into its document in the order of their random ids (the order
 * InnoDB and H2 kept them in, as random as it was), so the totals recount exactly as before;</li>
 * <li>drops {@code zc_ballot_vote};</li>
 * <li>indexes the sealed papers by meeting and round ({@code ix_zc_ballot_paper_round}): the count's read and
 * DELETE of a round's papers scanned the whole table, and on InnoDB the DELETE waited for the locks of papers
 * being cast in other meetings (602 ms of one count in the tally probe). The index holds the meeting, the round
 * and the random paper id, so within a round it is in random order like the table (M4).</li>
 * </ol>
 * Sealed papers of rounds not counted yet stay in {@code zc_ballot_paper}; their count writes a document.
 * A Java migration because the document is compressed and hashed. Placeholders as in the SQL migrations:
 * {@code table_options}, {@code blob_type}.
 */
public class V17__ballot_vote_documents extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Map<String, String> placeholders = context.getConfiguration().getPlaceholders();
		String tableOptions = placeholders.getOrDefault("table_options", "");
		String blobType = placeholders.getOrDefault("blob_type", "BLOB");
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("""
					CREATE TABLE zc_ballot_count (
					    meeting_id     VARCHAR(36)  NOT NULL,
					    ballot_round   INT          NOT NULL,
					    format         VARCHAR(32)  NOT NULL,
					    vote_count     INT          NOT NULL,
					    votes_digest   CHAR(64)     NOT NULL,
					    content        %s NOT NULL,
					    CONSTRAINT pk_zc_ballot_count PRIMARY KEY (meeting_id, ballot_round),
					    CONSTRAINT fk_zc_ballot_count_meeting FOREIGN KEY (meeting_id) REFERENCES zc_meeting (id)
					) %s""".formatted(blobType, tableOptions));
		}
		record Round(String meetingId, int round) {
		}
		List<Round> rounds = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"SELECT DISTINCT meeting_id, ballot_round FROM zc_ballot_vote ORDER BY meeting_id, ballot_round")) {
			while (rows.next()) {
				rounds.add(new Round(rows.getString(1), rows.getInt(2)));
			}
		}
		try (PreparedStatement votes = connection.prepareStatement(
				"SELECT application_id, choice FROM zc_ballot_vote WHERE meeting_id = ? AND ballot_round = ? ORDER BY id");
				PreparedStatement insert = connection.prepareStatement("""
						INSERT INTO zc_ballot_count (meeting_id, ballot_round, format, vote_count, votes_digest, content)
						VALUES (?, ?, ?, ?, ?, ?)""")) {
			for (Round round : rounds) {
				List<BallotVotes.Vote> list = new ArrayList<>();
				votes.setString(1, round.meetingId());
				votes.setInt(2, round.round());
				try (ResultSet rows = votes.executeQuery()) {
					while (rows.next()) {
						list.add(new BallotVotes.Vote(rows.getString(1), BallotChoice.valueOf(rows.getString(2))));
					}
				}
				BallotVotes.Stored document = BallotVotes.encode(round.meetingId(), round.round(), list);
				insert.setString(1, round.meetingId());
				insert.setInt(2, round.round());
				insert.setString(3, BallotVotes.FORMAT);
				insert.setInt(4, document.voteCount());
				insert.setString(5, document.digest());
				insert.setBytes(6, document.content());
				insert.executeUpdate();
			}
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE zc_ballot_vote");
			// the count reads and deletes the papers of one round: without an index both scanned the whole box
			// and, on InnoDB, the DELETE waited for the row locks of papers other meetings were casting
			statement.execute("CREATE INDEX ix_zc_ballot_paper_round ON zc_ballot_paper (meeting_id, ballot_round)");
		}
	}

}
