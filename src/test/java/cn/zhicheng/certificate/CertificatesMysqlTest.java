package cn.zhicheng.certificate;

import cn.zhicheng.system.MysqlTestDatabase;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Issuing and verifying certificates on the real MySQL-protocol server (its locking and constraints). */
@ActiveProfiles("mysql")
class CertificatesMysqlTest extends CertificatesScenarioTest {

	@DynamicPropertySource
	static void mysql(DynamicPropertyRegistry registry) {
		MysqlTestDatabase.register(registry, "zhicheng_test_certificates");
	}

}
