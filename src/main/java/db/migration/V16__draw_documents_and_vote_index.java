package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.zhicheng.draw.DrawDocument;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 11, the draw and the tally at province scale.
 * <p>
 * The draw from a pool of 10 000 (≤ 50 ms): a draw no longer stores one row per candidate and per
 * exclusion (E1, E5, E6) but one gzip-compressed document ({@link DrawDocument}), the SHA-256 digest of its
 * content kept in {@code zc_draw.document_digest} next to the seed.
 * <ol>
 * <li>creates {@code zc_draw_document} (one per draw: format, counts, content) and
 * {@code zc_draw.document_digest};</li>
 * <li>moves every draw's rows of {@code zc_draw_candidate} (by seq_no) and {@code zc_draw_exclusion} (by
 * login, then reason code: the order the result digest covers them in) into its document, so that each
 * draw verifies exactly as before (a tampered old draw stays tampered);</li>
 * <li>drops the two row tables.</li>
 * </ol>
 * The tally of 500 applicants × 25 experts (≤ 200 ms): the count reads each applicant's totals from the stored
 * votes in one statement, each total a range of the new index {@code ix_zc_ballot_vote_count} on (meeting,
 * round, applicant, choice). The index holds no expert and no time; like every row of the table it ends in the
 * random vote id (M4). It replaces {@code ix_zc_ballot_vote_round} (meeting, round), its prefix.
 * <p>
 * A Java migration because the document is compressed and hashed. Placeholders as in the SQL migrations:
 * {@code table_options}, {@code blob_type}.
 */
public class V16__draw_documents_and_vote_index extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Map<String, String> placeholders = context.getConfiguration().getPlaceholders();
		String tableOptions = placeholders.getOrDefault("table_options", "");
		String blobType = placeholders.getOrDefault("blob_type", "BLOB");
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("""
					CREATE TABLE zc_draw_document (
					    draw_id          VARCHAR(36)  NOT NULL,
					    format           VARCHAR(32)  NOT NULL,
					    candidate_count  INT          NOT NULL,
					    exclusion_count  INT          NOT NULL,
					    content          %s NOT NULL,
					    CONSTRAINT pk_zc_draw_document PRIMARY KEY (draw_id),
					    CONSTRAINT fk_zc_draw_document_draw FOREIGN KEY (draw_id) REFERENCES zc_draw (id)
					) %s""".formatted(blobType, tableOptions));
			statement.execute("ALTER TABLE zc_draw ADD COLUMN document_digest CHAR(64)");
		}
		List<String> draws = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id FROM zc_draw ORDER BY id")) {
			while (rows.next()) {
				draws.add(rows.getString(1));
			}
		}
		try (PreparedStatement candidates = connection
			.prepareStatement("SELECT user_id FROM zc_draw_candidate WHERE draw_id = ? ORDER BY seq_no");
				PreparedStatement exclusions = connection.prepareStatement(
						"SELECT user_id, reason_code, reason FROM zc_draw_exclusion WHERE draw_id = ? ORDER BY user_id, reason_code");
				PreparedStatement insert = connection.prepareStatement("""
						INSERT INTO zc_draw_document (draw_id, format, candidate_count, exclusion_count, content)
						VALUES (?, ?, ?, ?, ?)""");
				PreparedStatement link = connection
					.prepareStatement("UPDATE zc_draw SET document_digest = ? WHERE id = ?")) {
			for (String draw : draws) {
				List<String> ids = new ArrayList<>();
				candidates.setString(1, draw);
				try (ResultSet rows = candidates.executeQuery()) {
					while (rows.next()) {
						ids.add(rows.getString(1));
					}
				}
				List<String[]> left = new ArrayList<>();
				exclusions.setString(1, draw);
				try (ResultSet rows = exclusions.executeQuery()) {
					while (rows.next()) {
						left.add(new String[] { rows.getString(1), rows.getString(2), rows.getString(3) });
					}
				}
				// the order the result digest covers them in (DrawDigests): by login, then reason code
				left.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
				DrawDocument.Stored document = DrawDocument.encode(ids, left);
				insert.setString(1, draw);
				insert.setString(2, DrawDocument.FORMAT);
				insert.setInt(3, document.candidateCount());
				insert.setInt(4, document.exclusionCount());
				insert.setBytes(5, document.content());
				insert.executeUpdate();
				link.setString(1, document.digest());
				link.setString(2, draw);
				link.executeUpdate();
			}
		}
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
		boolean mysql = product.contains("mysql") || product.contains("mariadb");
		try (Statement statement = connection.createStatement()) {
			// every draw has its document now, and every new draw stores one
			statement.execute(mysql ? "ALTER TABLE zc_draw MODIFY document_digest CHAR(64) NOT NULL"
					: "ALTER TABLE zc_draw ALTER COLUMN document_digest SET NOT NULL");
			statement.execute("DROP TABLE zc_draw_candidate");
			statement.execute("DROP TABLE zc_draw_exclusion");
			statement.execute("CREATE INDEX ix_zc_ballot_vote_count ON zc_ballot_vote (meeting_id, ballot_round,"
					+ " application_id, choice)");
			// its first two columns are the old index's: one index less to maintain per vote
			statement.execute(mysql ? "DROP INDEX ix_zc_ballot_vote_round ON zc_ballot_vote"
					: "DROP INDEX ix_zc_ballot_vote_round");
		}
	}

}
