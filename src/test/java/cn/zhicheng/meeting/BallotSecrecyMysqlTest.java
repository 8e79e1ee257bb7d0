package cn.zhicheng.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhicheng.system.MysqlTestDatabase;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Ballot secrecy on the real MySQL-protocol server. */
@ActiveProfiles("mysql")
class BallotSecrecyMysqlTest extends BallotSecrecyScenarioTest {

	@DynamicPropertySource
	static void mysql(DynamicPropertyRegistry registry) {
		MysqlTestDatabase.register(registry, "zhicheng_test_meeting");
	}

	/**
	 * InnoDB stores a table in the order of its primary key (the clustered index) and has no row number SQL
	 * can read: the votes have no row of their own, the round's one row is keyed by meeting and round.
	 */
	@Override
	void oneRowPerRound(String meetingId) {
		String key = this.jdbc.queryForObject("""
				SELECT GROUP_CONCAT(COLUMN_NAME ORDER BY ORDINAL_POSITION) FROM information_schema.KEY_COLUMN_USAGE
				WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'zc_ballot_count' AND CONSTRAINT_NAME = 'PRIMARY'""",
				String.class);
		assertThat(key).isEqualTo("meeting_id,ballot_round");
		assertThat(this.jdbc.queryForObject(
				"SELECT ENGINE FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'zc_ballot_count'",
				String.class)).isEqualTo("InnoDB");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'zc_ballot_vote'",
				Integer.class)).isZero();
	}

}
