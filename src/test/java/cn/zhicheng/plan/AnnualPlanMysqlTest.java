package cn.zhicheng.plan;

import cn.zhicheng.system.MysqlTestDatabase;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The annual plan scenario on the real MySQL-protocol server (V10 on MariaDB/MySQL). */
@ActiveProfiles("mysql")
class AnnualPlanMysqlTest extends AnnualPlanScenarioTest {

	@DynamicPropertySource
	static void mysql(DynamicPropertyRegistry registry) {
		MysqlTestDatabase.register(registry, "zhicheng_test_plan");
	}

}
