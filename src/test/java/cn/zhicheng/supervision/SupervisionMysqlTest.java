package cn.zhicheng.supervision;

import cn.zhicheng.system.MysqlTestDatabase;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The supervision figures on the real MySQL-protocol server. */
@ActiveProfiles("mysql")
class SupervisionMysqlTest extends SupervisionScenarioTest {

	@DynamicPropertySource
	static void mysql(DynamicPropertyRegistry registry) {
		MysqlTestDatabase.register(registry, "zhicheng_test_supervision");
	}

}
