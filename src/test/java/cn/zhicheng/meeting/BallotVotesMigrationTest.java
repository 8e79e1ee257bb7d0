package cn.zhicheng.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V17 on a database with counted rounds stored the V5 way (one row per vote, random ids): each round gets its
 * vote document, holding the same votes in the order of their ids, recounting to the same totals; the vote
 * table is gone.
 */
class BallotVotesMigrationTest {

	@Test
	void theVoteRowsOfEachCountedRoundBecomeItsDocument() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:v17_ballot_votes;DB_CLOSE_DELAY=-1");
		dataSource.setUser("sa");
		Map<String, String> placeholders = Map.of("table_options", "", "blob_type", "BLOB");
		MigrationVersion v17 = MigrationVersion.fromVersion("17");
		MigrationVersion before = Arrays.stream(Flyway.configure().dataSource(dataSource).placeholders(placeholders)
			.load().info().all())
			.map(MigrationInfo::getVersion)
			.filter(v -> v.compareTo(v17) < 0)
			.max(MigrationVersion::compareTo)
			.orElseThrow();
		Flyway.configure().dataSource(dataSource).placeholders(placeholders).target(before).load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		// the vote rows only: meetings and candidates are not what V17 is about
		jdbc.execute("SET REFERENTIAL_INTEGRITY FALSE");

		Random random = new Random(17);
		List<long[]> round1 = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		int[][] expected = new int[40][3];
		for (int i = 0; i < 25 * 40; i++) {
			int applicant = i % 40;
			BallotChoice choice = BallotChoice.values()[random.nextInt(3)];
			expected[applicant][choice.ordinal()]++;
			long id = random.nextLong() & Long.MAX_VALUE;
			round1.add(new long[] { id, applicant, choice.ordinal() });
			rows.add(new Object[] { id, "m1", 1, applicant < 30 ? "GENERAL" : "DIRECTED", "app" + applicant,
					choice.name() });
		}
		rows.add(new Object[] { 5L, "m1", 2, "GENERAL", "app3", "YES" });
		rows.add(new Object[] { 4L, "m1", 2, "GENERAL", "app7", "NO" });
		rows.add(new Object[] { 9L, "m2", 1, "GENERAL", "other", "ABSTAIN" });
		jdbc.batchUpdate("INSERT INTO zc_ballot_vote (id, meeting_id, ballot_round, vote_group, application_id, choice)"
				+ " VALUES (?, ?, ?, ?, ?, ?)", rows);

		Flyway.configure().dataSource(dataSource).placeholders(placeholders).load().migrate();

		BallotVotes first = document(jdbc, "m1", 1);
		round1.sort((a, b) -> Long.compare(a[0], b[0]));
		assertThat(first.votes()).containsExactlyElementsOf(round1.stream()
			.map(v -> new BallotVotes.Vote("app" + v[1], BallotChoice.values()[(int) v[2]]))
			.toList());
		Map<String, int[]> totals = first.totals();
		for (int applicant = 0; applicant < 40; applicant++) {
			assertThat(totals.get("app" + applicant)).containsExactly(expected[applicant]);
		}
		assertThat(document(jdbc, "m1", 2).votes()).containsExactly(new BallotVotes.Vote("app7", BallotChoice.NO),
				new BallotVotes.Vote("app3", BallotChoice.YES));
		assertThat(document(jdbc, "m2", 1).votes()).containsExactly(new BallotVotes.Vote("other", BallotChoice.ABSTAIN));
		assertThat(jdbc.queryForList("SELECT vote_count FROM zc_ballot_count ORDER BY meeting_id, ballot_round",
				Integer.class)).containsExactly(1000, 2, 1);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = 'zc_ballot_vote'", Integer.class))
			.isZero();
	}

	static BallotVotes document(JdbcTemplate jdbc, String meetingId, int round) {
		Map<String, Object> row = jdbc.queryForMap(
				"SELECT votes_digest AS digest, content AS content FROM zc_ballot_count WHERE meeting_id = ? AND ballot_round = ?",
				meetingId, round);
		return BallotVotes.read(meetingId, round, (byte[]) row.get("CONTENT"), (String) row.get("DIGEST"));
	}

}
