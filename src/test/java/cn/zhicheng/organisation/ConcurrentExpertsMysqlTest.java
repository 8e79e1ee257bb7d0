package cn.zhicheng.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.system.MysqlTestDatabase;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Experts registered at the same moment on an empty database (no demo data, so nobody has created the experts'
 * group yet): every registration succeeds, each expert joins the group once, and the group has one Tasklist
 * grant. Before, the first two concurrent experts both created the group and its grant and one failed on the
 * authorization's unique index.
 */
@SpringBootTest
@ActiveProfiles("mysql")
class ConcurrentExpertsMysqlTest {

	static final String EMPLOYER = "125329304310123376";

	@DynamicPropertySource
	static void mysql(DynamicPropertyRegistry registry) {
		MysqlTestDatabase.register(registry, "zhicheng_test_concurrent_experts");
	}

	@Autowired
	OrganisationService organisations;

	@Autowired
	IdentityService identityService;

	@Autowired
	AuthorizationService authorizationService;

	@Test
	void expertsRegisteredConcurrentlyOnAnEmptyDatabaseAllSucceed() throws Exception {
		assertThat(this.identityService.createGroupQuery().groupId(IdentitySync.EXPERTS_GROUP).count())
			.as("the experts' group exists from start-up, before any expert").isEqualTo(1);
		this.organisations.saveRegion(new Region("530000", "云南省", RegionLevel.PROVINCE, null), "test");
		this.organisations.saveOrganisation(new Organisation(EMPLOYER, "云南省人力资源和社会保障厅", OrganisationKind.HR_BUREAU,
				"530000", null, null, null), "test");
		int threads = 8;
		CyclicBarrier start = new CyclicBarrier(threads);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> results = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			String userId = "concurrent" + i;
			results.add(pool.submit(() -> {
				start.await(10, TimeUnit.SECONDS);
				this.organisations.savePerson(new Person(userId, "专家" + userId, null, null), List.of(), "secret-" + userId,
						"test");
				this.organisations.saveExpert(new Expert(userId, EMPLOYER, "中小学教师", "语文", TitleLevel.SENIOR, true),
						"test");
				return null;
			}));
		}
		for (Future<?> result : results) {
			result.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();
		assertThat(this.identityService.createUserQuery().memberOfGroup(IdentitySync.EXPERTS_GROUP).count())
			.isEqualTo(threads);
		assertThat(this.authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(IdentitySync.EXPERTS_GROUP).resourceType(Resources.APPLICATION).resourceId("tasklist").count())
			.isEqualTo(1);
	}

}
