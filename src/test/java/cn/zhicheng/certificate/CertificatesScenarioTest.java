package cn.zhicheng.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cn.zhicheng.application.Application;
import cn.zhicheng.cycle.CycleDriver;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Certificates are issued exactly once (C2): a second run, a run that fails after its inserts and is retried,
 * and several nodes issuing for the same cycle at the same moment all end with one certificate per passed
 * applicant and unique numbers. Runs on H2 ({@link CertificatesH2Test}) and on the real MySQL-protocol server
 * ({@link CertificatesMysqlTest}), whose locking differs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class CertificatesScenarioTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	CertificateService certificates;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	IdentityService identityService;

	CertificationFixture fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new CertificationFixture(this.context);
	}

	@AfterEach
	void tearDown() {
		this.identityService.clearAuthentication();
		ClockUtil.reset();
	}

	/** A cycle with {@code passed} passed applicants, its document issued and its list checked. */
	QualificationDocument checkedDocument(CertificationFixture.Cycle cycle) {
		CycleDriver.setClock("2024-11-05T10:00:00");
		try {
			QualificationDocument document = this.certificates.issueDocument(cycle.cycle().id(),
					"关于2024年度评审通过人员取得任职资格的通知", "2024-11-05", "eyrsj");
			this.certificates.recordNameCheck(document.id(), true, null, "eyzgb");
			return document;
		}
		finally {
			ClockUtil.reset();
		}
	}

	int rows(CertificationFixture.Cycle cycle) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM zc_certificate WHERE cycle_id = ?", Integer.class,
				cycle.cycle().id());
	}

	static List<String> numbers(List<Certificate> certificates) {
		return certificates.stream().map(Certificate::certificateNumber).sorted().toList();
	}

	@Test
	void issuingTwiceReturnsTheSameCertificates() {
		CertificationFixture.Cycle cycle = this.fixture.cycle(List.of("孙丽:GENERAL", "周建国:DIRECTED"), List.of());
		QualificationDocument document = checkedDocument(cycle);
		List<Certificate> first = this.certificates.issueCertificates(document.id(), "system");
		List<Certificate> second = this.certificates.issueCertificates(document.id(), "system");
		assertThat(first).hasSize(2);
		assertThat(second).containsExactlyElementsOf(first);
		assertThat(rows(cycle)).isEqualTo(2);
		// the document is one per cycle as well: issuing it again returns it unchanged
		QualificationDocument again = this.certificates.issueDocument(cycle.cycle().id(), "另一个标题", "2024-11-05",
				"eyrsj");
		assertThat(again.id()).isEqualTo(document.id());
		assertThat(again.documentNumber()).isEqualTo(document.documentNumber());
		assertThat(again.title()).isEqualTo(document.title());
	}

	@Test
	void aRunThatFailsAfterItsInsertsLeavesNothingAndItsRetryIssuesOnce() {
		CertificationFixture.Cycle cycle = this.fixture.cycle(List.of("吴敏:GENERAL", "郑海涛:GENERAL", "冯雪:DIRECTED"),
				List.of());
		QualificationDocument document = checkedDocument(cycle);
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		List<String> attempted = new ArrayList<>();
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			attempted.addAll(numbers(this.certificates.issueCertificates(document.id(), "system")));
			assertThat(rows(cycle)).isEqualTo(3);
			// the node dies after the inserts, before the job's transaction commits
			throw new IllegalStateException("节点在发证后、提交前失败");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(rows(cycle)).isZero();

		List<Certificate> retried = this.certificates.issueCertificates(document.id(), "system");
		assertThat(retried).hasSize(3);
		assertThat(rows(cycle)).isEqualTo(3);
		// the counters rolled back too: the retry uses the same numbers, without gaps
		assertThat(numbers(retried)).isEqualTo(attempted);
		assertThat(this.certificates.issueCertificates(document.id(), "system")).hasSize(3);
		assertThat(rows(cycle)).isEqualTo(3);
	}

	@Test
	void nodesIssuingForTheSameCycleAtOnceMakeOneCertificatePerApplicant() throws Exception {
		CertificationFixture.Cycle cycle = this.fixture.cycle(
				List.of("陈思远:GENERAL", "褚红梅:GENERAL", "卫东:DIRECTED", "蒋玉兰:GENERAL"), List.of("沈浩:GENERAL"));
		QualificationDocument document = checkedDocument(cycle);
		int nodes = 3;
		CountDownLatch start = new CountDownLatch(1);
		AtomicInteger refused = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(nodes);
		try {
			List<Future<List<Certificate>>> results = new ArrayList<>();
			for (int i = 0; i < nodes; i++) {
				Callable<List<Certificate>> node = () -> {
					start.await();
					// as the job executor would: a failed attempt rolls back and is retried
					for (int attempt = 1;; attempt++) {
						try {
							return this.certificates.issueCertificates(document.id(), "system");
						}
						catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
							refused.incrementAndGet();
							if (attempt == 10) {
								throw ex;
							}
						}
					}
				};
				results.add(pool.submit(node));
			}
			start.countDown();
			List<List<String>> seen = new ArrayList<>();
			for (Future<List<Certificate>> result : results) {
				seen.add(numbers(result.get(60, TimeUnit.SECONDS)));
			}
			assertThat(seen).allSatisfy(list -> assertThat(list).hasSize(4).isEqualTo(seen.get(0)));
		}
		finally {
			pool.shutdownNow();
		}
		LoggerFactory.getLogger(getClass()).info("同时发证：{}个节点，{}次尝试因冲突回滚后重试", nodes, refused.get());
		assertThat(rows(cycle)).isEqualTo(4);
		for (Application passed : cycle.passed()) {
			assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM zc_certificate WHERE application_id = ?",
					Integer.class, passed.id())).isOne();
		}
		List<Map<String, Object>> duplicates = this.jdbc.queryForList(
				"SELECT certificate_number FROM zc_certificate GROUP BY certificate_number HAVING COUNT(*) > 1");
		assertThat(duplicates).isEmpty();
		assertThat(this.certificates.forApplication(cycle.failed().get(0).id())).isEmpty();
	}

}
