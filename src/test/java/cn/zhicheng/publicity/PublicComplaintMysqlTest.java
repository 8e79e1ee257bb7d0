package cn.zhicheng.publicity;

import cn.zhicheng.system.MysqlTestDatabase;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The public complaint path on the real MySQL-protocol server. */
@ActiveProfiles("mysql")
class PublicComplaintMysqlTest extends PublicComplaintScenarioTest {

	@DynamicPropertySource
	static void mysql(DynamicPropertyRegistry registry) {
		MysqlTestDatabase.register(registry, "zhicheng_test_publicity");
	}

}
