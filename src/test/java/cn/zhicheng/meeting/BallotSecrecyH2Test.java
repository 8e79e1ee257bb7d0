package cn.zhicheng.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** Ballot secrecy on the default embedded H2 database. */
class BallotSecrecyH2Test extends BallotSecrecyScenarioTest {

	/**
	 * H2 keeps every row under a hidden row key, _ROWID_, which for most tables counts up in insertion
	 * order. For a table whose primary key is a single BIGINT, the key is that column: the votes' random id.
	 */
	@Override
	void hiddenRowOrderIsTheRandomId(String meetingId) {
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("SELECT _ROWID_ AS row_key, id FROM zc_ballot_vote WHERE meeting_id = ?", meetingId);
		assertThat(rows).isNotEmpty()
			.allSatisfy(row -> assertThat(value(row, "row_key")).isEqualTo(value(row, "id")));
	}

}
