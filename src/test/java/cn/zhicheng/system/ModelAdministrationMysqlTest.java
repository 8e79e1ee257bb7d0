package cn.zhicheng.system;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Model administration (issue 9) on the real MySQL-protocol server. */
@ActiveProfiles("mysql")
class ModelAdministrationMysqlTest extends ModelAdministrationScenarioTest {

	@DynamicPropertySource
	static void mysql(DynamicPropertyRegistry registry) {
		MysqlTestDatabase.register(registry, "zhicheng_test_models");
	}

}
