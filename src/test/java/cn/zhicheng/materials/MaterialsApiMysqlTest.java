package cn.zhicheng.materials;

import cn.zhicheng.system.MysqlTestDatabase;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Materials scenarios on the real MySQL-protocol server (LONGBLOB attachments, utf8mb4). */
@ActiveProfiles("mysql")
class MaterialsApiMysqlTest extends MaterialsApiScenarioTest {

	@DynamicPropertySource
	static void mysql(DynamicPropertyRegistry registry) {
		MysqlTestDatabase.register(registry, "zhicheng_test_materials");
	}

}
