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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

	@Autowired
	TestRestTemplate rest;

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

	// revocation (X1) and public verification (C4)

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	ResponseEntity<Map<String, Object>> revoke(String login, String number, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.withBasicAuth(login, "demo").exchange("/api/certificates/" + number + "/revocation",
				HttpMethod.POST, new HttpEntity<>(body, headers), OBJECT);
	}

	ResponseEntity<Map<String, Object>> verifyJson(String number) {
		return this.rest.exchange("/public/api/certificates/" + number, HttpMethod.GET, null, OBJECT);
	}

	ResponseEntity<String> verifyPage(String number) {
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.TEXT_HTML));
		return this.rest.exchange("/public/certificates/" + number, HttpMethod.GET, new HttpEntity<>(headers),
				String.class);
	}

	@Test
	void onlyTheHrBureauRevokesWithAReasonAndOnlyOnce() {
		CertificationFixture.Cycle cycle = this.fixture.cycle(List.of("杨春燕:GENERAL"), List.of());
		String number = this.certificates.issueCertificates(checkedDocument(cycle).id(), "system").get(0)
			.certificateNumber();
		// the committee office, the holder's unit and the supervision may not; nor may anyone anonymous
		for (String login : List.of("eyzgb", "ey1z", "eyjjz")) {
			assertThat(revoke(login, number, "{\"reason\":\"材料造假\"}").getStatusCode()).as(login)
				.isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(this.rest.postForEntity("/api/certificates/" + number + "/revocation", Map.of("reason", "x"),
				String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		ResponseEntity<Map<String, Object>> noReason = revoke("eyrsj", number, "{\"reason\":\"  \"}");
		assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(noReason.getBody()).containsEntry("field", "reason");
		assertThat(this.certificates.require(number).status()).isEqualTo(CertificateStatus.VALID);

		ResponseEntity<Map<String, Object>> revoked = revoke("eyrsj", number,
				"{\"reason\":\"经查实申报材料中论文系抄袭，依据X1撤销\"}");
		assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(revoked.getBody()).containsEntry("status", "REVOKED").containsEntry("revokedBy", "eyrsj")
			.containsEntry("revocationReason", "经查实申报材料中论文系抄袭，依据X1撤销");
		Certificate stored = this.certificates.require(number);
		assertThat(stored.revokedAt()).isNotNull();
		assertThat(stored.revokedBy()).isEqualTo("eyrsj");
		// X1: for fraud the holder enters the integrity record for 3 years
		Map<String, Object> record = this.jdbc.queryForMap(
				"SELECT name, reason, recorded_on, valid_until, created_by FROM zc_integrity_record WHERE id_number = ?",
				cycle.passed().get(0).idNumber());
		// (column names are case-insensitive in the row map)
		assertThat(record.get("name")).isEqualTo("杨春燕");
		assertThat(String.valueOf(record.values())).contains(number, "论文系抄袭", "eyrsj");
		java.time.LocalDate recordedOn = java.time.LocalDate.parse(String.valueOf(record.get("recorded_on")));
		java.time.LocalDate validUntil = java.time.LocalDate.parse(String.valueOf(record.get("valid_until")));
		assertThat(validUntil).isEqualTo(recordedOn.plusYears(3));

		ResponseEntity<Map<String, Object>> again = revoke("eyrsj", number, "{\"reason\":\"再次撤销\"}");
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(again.getBody()).containsEntry("rule", "X1");
		assertThat(revoke("eyrsj", "2024532930999990", "{\"reason\":\"不存在\"}").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void theCyclesListAndOneCertificateForTheDepartments() {
		CertificationFixture.Cycle cycle = this.fixture.cycle(List.of("鲁明辉:GENERAL", "苏红:DIRECTED"), List.of());
		List<Certificate> issued = this.certificates.issueCertificates(checkedDocument(cycle).id(), "system");
		ParameterizedTypeReference<List<Map<String, Object>>> list = new ParameterizedTypeReference<>() {
		};
		ResponseEntity<List<Map<String, Object>>> forHr = this.rest.withBasicAuth("eyrsj", "demo")
			.exchange("/api/certificates?cycleId=" + cycle.cycle().id(), HttpMethod.GET, null, list);
		assertThat(forHr.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(forHr.getBody()).extracting(m -> m.get("certificateNumber"))
			.containsExactlyInAnyOrderElementsOf(numbers(issued));
		assertThat(forHr.getBody()).filteredOn(m -> Boolean.TRUE.equals(m.get("directed")))
			.singleElement()
			.satisfies(m -> assertThat(m).containsEntry("holderName", "苏红").containsEntry("validRegion", "洱源县"));
		// a school is not a department of the cycle
		assertThat(this.rest.withBasicAuth("ey1z", "demo")
			.exchange("/api/certificates?cycleId=" + cycle.cycle().id(), HttpMethod.GET, null, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		// one certificate: the holder's unit may read it, another school may not
		String number = issued.get(0).certificateNumber();
		ResponseEntity<Map<String, Object>> forUnit = this.rest.withBasicAuth("ey1z", "demo")
			.exchange("/api/certificates/" + number, HttpMethod.GET, null, OBJECT);
		assertThat(forUnit.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(forUnit.getBody()).containsEntry("certificateNumber", number).containsEntry("status", "VALID");
		assertThat(this.rest.withBasicAuth("ey2z", "demo")
			.exchange("/api/certificates/" + number, HttpMethod.GET, null, OBJECT)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void aRevocationThatIsNotForFraudLeavesTheIntegrityRecordAlone() {
		CertificationFixture.Cycle cycle = this.fixture.cycle(List.of("何志远:GENERAL"), List.of());
		String number = this.certificates.issueCertificates(checkedDocument(cycle).id(), "system").get(0)
			.certificateNumber();
		ResponseEntity<Map<String, Object>> revoked = revoke("eyrsj", number,
				"{\"reason\":\"评审程序违规，评审结果不予承认（C5）\",\"fraud\":false}");
		assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(revoked.getBody()).containsEntry("status", "REVOKED");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM zc_integrity_record WHERE id_number = ?",
				Integer.class, cycle.passed().get(0).idNumber())).isZero();
	}

	@Test
	void publicVerificationOfAValidARevokedAndAnUnknownNumber() {
		CertificationFixture.Cycle cycle = this.fixture.cycle(List.of("张晓明:GENERAL", "李国华:DIRECTED"), List.of());
		QualificationDocument document = checkedDocument(cycle);
		List<Certificate> issued = this.certificates.issueCertificates(document.id(), "system");
		Certificate valid = issued.stream().filter(c -> c.holderName().equals("张晓明")).findFirst().orElseThrow();
		Certificate directed = issued.stream().filter(c -> c.holderName().equals("李国华")).findFirst().orElseThrow();
		this.certificates.revoke(directed.certificateNumber(), "经查实学历造假（X1）", "eyrsj",
				List.of(CycleDriver.ERYUAN_HR_BUREAU));

		// valid, without login: masked name, title, series, level, committee, document, date, region, status
		ResponseEntity<Map<String, Object>> json = verifyJson(valid.certificateNumber());
		assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(json.getBody()).containsEntry("certificateNumber", valid.certificateNumber())
			.containsEntry("name", "张*明")
			.containsEntry("series", "中小学教师")
			.containsEntry("level", "中级")
			.containsEntry("title", "中小学教师中级专业技术职务任职资格")
			.containsEntry("committeeName", cycle.committee().name())
			.containsEntry("documentNumber", document.documentNumber())
			.containsEntry("documentDate", "2024-11-05")
			.containsEntry("validRegion", "全省（区）有效")
			.containsEntry("directed", false)
			.containsEntry("status", "VALID")
			.containsEntry("statusLabel", "有效");
		String everything = json.getBody().toString();
		assertThat(everything).doesNotContain("张晓明", cycle.passed().get(0).idNumber(), "洱源县第一中学");

		// revoked: shown as such, with the directed mark and region, but not the reason
		ResponseEntity<Map<String, Object>> revoked = verifyJson(directed.certificateNumber());
		assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(revoked.getBody()).containsEntry("name", "李*华")
			.containsEntry("status", "REVOKED")
			.containsEntry("statusLabel", "已撤销")
			.containsEntry("directed", true)
			.containsEntry("directedMark", "定向评价")
			.containsEntry("validRegion", "仅在洱源县有效");
		assertThat(revoked.getBody().get("revokedOn")).isNotNull();
		assertThat(revoked.getBody().toString()).doesNotContain("学历造假");

		// unknown: a well-formed number nobody holds, and a malformed one
		String unknown = CertificateNumbers.format(2024, "532930", 99_999);
		ResponseEntity<Map<String, Object>> missing = verifyJson(unknown);
		assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat((String) missing.getBody().get("message")).contains("未查到", unknown);
		ResponseEntity<Map<String, Object>> malformed = verifyJson("12345");
		assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat((String) malformed.getBody().get("message")).contains("16位");

		// the HTML page the QR code leads to
		ResponseEntity<String> page = verifyPage(valid.certificateNumber());
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'");
		assertThat(page.getBody()).contains("张*明", "有效", document.documentNumber(), "2024年11月5日",
				cycle.committee().name()).doesNotContain("张晓明", "已撤销");
		ResponseEntity<String> revokedPage = verifyPage(directed.certificateNumber());
		assertThat(revokedPage.getBody()).contains("已撤销", "定向评价", "仅在洱源县有效", "李*华");
		ResponseEntity<String> missingPage = verifyPage(unknown);
		assertThat(missingPage.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(missingPage.getBody()).contains("未查到证书编号为“" + unknown + "”的职称证书", "<form");
		// the lookup form's query, and markup in the input comes back escaped
		assertThat(this.rest.getForEntity("/public/certificates?number=" + valid.certificateNumber(), String.class)
			.getBody()).contains("张*明");
		assertThat(this.rest.getForEntity("/public/certificates?number=<script>", String.class).getBody())
			.doesNotContain("<script>")
			.contains("&lt;script&gt;");
	}

}
