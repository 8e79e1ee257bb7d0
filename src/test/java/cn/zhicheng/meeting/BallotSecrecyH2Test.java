package cn.zhicheng.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** Ballot secrecy on the default embedded H2 database. */
class BallotSecrecyH2Test extends BallotSecrecyScenarioTest {

	/**
	 * H2 keeps every row under a hidden row key, _ROWID_, which for most tables counts up in insertion order.
	 * The votes are no rows: the round is one row, its key the meeting and the round, so the only hidden order
	 * is that of rounds.
	 */
	@Override
	void oneRowPerRound(String meetingId) {
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("SELECT _ROWID_ AS row_key, ballot_round FROM zc_ballot_count WHERE meeting_id = ?", meetingId);
		assertThat(rows).hasSize(1);
		assertThat(this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES
				WHERE LOWER(TABLE_NAME) = 'zc_ballot_vote'""", Integer.class)).isZero();
	}

}
