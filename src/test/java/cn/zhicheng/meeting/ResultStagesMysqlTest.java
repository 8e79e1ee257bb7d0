package cn.zhicheng.meeting;

import cn.zhicheng.system.MysqlTestDatabase;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The stages after the meeting on the real MySQL-protocol server (V7 tables, the work report blob). */
@ActiveProfiles("mysql")
class ResultStagesMysqlTest extends ResultStagesScenarioTest {

	@DynamicPropertySource
	static void mysql(DynamicPropertyRegistry registry) {
		MysqlTestDatabase.register(registry, "zhicheng_test_results");
	}

	/** TIMESTAMP columns end in 2038; the demo's own cycles are in 2026 and 2027. */
	@Override
	int year(int n) {
		return 2028 + n;
	}

}
