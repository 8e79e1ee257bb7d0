package cn.zhicheng.draw;

import cn.zhicheng.system.MysqlTestDatabase;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Draw and pool API scenarios on the real MySQL-protocol server. */
@ActiveProfiles("mysql")
class DrawApiMysqlTest extends DrawApiScenarioTest {

	@DynamicPropertySource
	static void mysql(DynamicPropertyRegistry registry) {
		MysqlTestDatabase.register(registry, "zhicheng_test_draw");
	}

}
