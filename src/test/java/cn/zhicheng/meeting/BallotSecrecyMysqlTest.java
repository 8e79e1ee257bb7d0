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
	 * InnoDB stores a table in the order of its primary key (the clustered index) and has no row number
	 * SQL can read: for the votes that key is the random id.
	 */
	@Override
	void hiddenRowOrderIsTheRandomId(String meetingId) {
		String key = this.jdbc.queryForObject("""
				SELECT GROUP_CONCAT(COLUMN_NAME) FROM information_schema.KEY_COLUMN_USAGE
				WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'zc_ballot_vote' AND CONSTRAINT_NAME = 'PRIMARY'""",
				String.class);
		assertThat(key).isEqualTo("id");
		assertThat(this.jdbc.queryForObject(
				"SELECT ENGINE FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'zc_ballot_vote'",
				String.class)).isEqualTo("InnoDB");
	}

}
