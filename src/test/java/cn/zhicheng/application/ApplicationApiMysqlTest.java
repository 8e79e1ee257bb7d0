package cn.zhicheng.application;

import cn.zhicheng.system.MysqlTestDatabase;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Application API scenarios on the real MySQL-protocol server. */
@ActiveProfiles("mysql")
class ApplicationApiMysqlTest extends ApplicationApiScenarioTest {

	@DynamicPropertySource
	static void mysql(DynamicPropertyRegistry registry) {
		MysqlTestDatabase.register(registry, "zhicheng_test_application");
	}

}
