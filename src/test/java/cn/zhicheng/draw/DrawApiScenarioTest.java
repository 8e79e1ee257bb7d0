package cn.zhicheng.draw;

import static cn.zhicheng.draw.DrawTestSupport.DALI_UNIVERSITY;
import static cn.zhicheng.draw.DrawTestSupport.ERYUAN_NO1_SCHOOL;
import static cn.zhicheng.draw.DrawTestSupport.REVIEW_YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.organisation.OrganisationService;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The draw and pool API as the committee office, the supervision and everyone else meet it (E7, E6,
 * import). Runs on H2 ({@link DrawApiH2Test}) and on MySQL ({@link DrawApiMysqlTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class DrawApiScenarioTest {

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	@Autowired
	TestRestTemplate rest;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	OrganisationService organisations;

	@Autowired
	DrawService draws;

	@Autowired
	JdbcTemplate jdbc;

	DrawTestSupport support;

	@BeforeEach
	void setUp() {
		this.support = new DrawTestSupport(this.organisations, this.runtimeService, this.taskService,
				this.identityService, this.jdbc);
		// one committee per test, so that imports and relations do not change another test's draw
		for (String code : List.of("DRAWAPI", "DRAWIMP", "DRAWREL")) {
			if (this.organisations.committee(code).isEmpty()) {
				this.support.committee(code, 20);
				this.support.applicant(code, REVIEW_YEAR, ERYUAN_NO1_SCHOOL, "和丽萍", 321,
						ApplicationStatus.QUALIFIED.name());
			}
		}
	}

	ResponseEntity<Map<String, Object>> get(String login, String path) {
		return this.rest.withBasicAuth(login, "demo").exchange(path, HttpMethod.GET, null, OBJECT);
	}

	ResponseEntity<Map<String, Object>> send(String login, HttpMethod method, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.withBasicAuth(login, "demo").exchange(path, method, new HttpEntity<>(body, headers), OBJECT);
	}

	@Test
	@SuppressWarnings("unchecked")
	void onlyTheCommitteeOfficeAndSupervisionSeeTheDrawBeforeTheMeeting() {
		String drawId = this.support.signedDraw("DRAWAPI", REVIEW_YEAR);
		String path = "/api/draws/" + drawId;

		ResponseEntity<Map<String, Object>> office = get("eyzgb", path);
		assertThat(office.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, Object> body = office.getBody();
		assertThat(body).containsEntry("status", "SIGNED").containsEntry("memberCount", 11).containsEntry("alternateCount", 3);
		List<Map<String, Object>> members = (List<Map<String, Object>>) body.get("members");
		assertThat(members).hasSize(11).allSatisfy(m -> assertThat(m.get("name")).isNotNull());
		assertThat((List<Object>) body.get("alternates")).hasSize(3);
		assertThat((List<Map<String, Object>>) body.get("exclusions")).hasSize(5)
			.allSatisfy(x -> assertThat(x).containsEntry("reasonCode", "SAME_UNIT"));
		assertThat((List<Map<String, Object>>) body.get("signatures")).extracting(s -> s.get("userId"))
			.containsExactly("eyzgb", "eyzgb2", "eyzgb3", "eyjjz");
		assertThat(get("eyjjz", path).getStatusCode()).isEqualTo(HttpStatus.OK);

		// E7: nobody else learns even that it exists; not the school, the HR bureau, another office, the admin
		for (String other : List.of("ey1z", "eyrsj", "dqzgb", "dlrsj", "demo", "expert01")) {
			assertThat(get(other, path).getStatusCode()).as(other).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(get(other, path + "/verification").getStatusCode()).as(other).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(this.rest.withBasicAuth(other, "demo").getForEntity(path + "/sheet", String.class).getStatusCode())
				.as(other)
				.isEqualTo(HttpStatus.NOT_FOUND);
		}
		assertThat(this.rest.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		ResponseEntity<List<Map<String, Object>>> ofCycle = this.rest.withBasicAuth("eyzgb", "demo")
			.exchange("/api/draws?cycleId=" + REVIEW_YEAR + "-DRAWAPI", HttpMethod.GET, null, LIST);
		assertThat(ofCycle.getBody()).extracting(d -> d.get("id")).contains(drawId);
		assertThat(this.rest.withBasicAuth("ey1z", "demo")
			.exchange("/api/draws?cycleId=" + REVIEW_YEAR + "-DRAWAPI", HttpMethod.GET, null, LIST)
			.getBody()).isEmpty();

		// the supervisor re-runs it
		ResponseEntity<Map<String, Object>> verification = get("eyjjz", path + "/verification");
		assertThat(verification.getBody()).containsEntry("valid", true)
			.containsEntry("reproduced", true)
			.containsEntry("anchor", "MATCH");

		// the printable sheet the forms link to
		ResponseEntity<String> sheet = this.rest.withBasicAuth("eyzgb", "demo").getForEntity(path + "/sheet",
				String.class);
		assertThat(sheet.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(sheet.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(sheet.getBody()).contains("评委会专家抽取结果", (String) members.get(0).get("name"), "按随机种子重新抽取，结果一致");

		// after the meeting the list is disclosed to administrators and the filing authority too
		this.draws.disclose(drawId, "test");
		assertThat(get("demo", path).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(get("ey1z", path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	/** E5: the draw looks at the expert's term on the day of the draw. */
	static final int THIS_YEAR = java.time.LocalDate.now(DrawService.BEIJING).getYear();

	static Map<String, Object> row(String userId, String employer, String... pools) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("userId", userId);
		row.put("name", "导入" + userId);
		row.put("employerCode", employer);
		row.put("series", "中小学教师");
		row.put("specialty", "数学");
		row.put("titleLevel", "副高级");
		row.put("termStart", THIS_YEAR + "-01-01");
		row.put("termEnd", THIS_YEAR + "-12-31");
		row.put("pools", List.of(pools));
		return row;
	}

	@Test
	@SuppressWarnings("unchecked")
	void anImportIsAllOrNothingWithAChineseErrorPerRow() {
		Map<String, Object> good = row("imp01", DALI_UNIVERSITY, "DRAWIMP");
		Map<String, Object> badEmployer = row("imp02", "000000000000000000", "DRAWIMP");
		Map<String, Object> badDates = row("imp03", DALI_UNIVERSITY, "DRAWIMP");
		badDates.put("termStart", THIS_YEAR + "-13-01");
		badDates.put("titleLevel", "教授");
		Map<String, Object> otherOffice = row("imp04", DALI_UNIVERSITY, "DQHEALTHSENIOR");

		ResponseEntity<Map<String, Object>> refused = send("eyzgb", HttpMethod.POST, "/api/experts/import",
				Map.of("experts", List.of(good, badEmployer, badDates, otherOffice)));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) refused.getBody().get("message")).contains("4行中有3行", "未导入任何专家");
		List<Map<String, Object>> errors = (List<Map<String, Object>>) refused.getBody().get("errors");
		assertThat(errors).extracting(e -> e.get("row") + ":" + e.get("field"))
			.containsExactly("2:employerCode", "3:titleLevel", "3:termStart", "4:pools");
		assertThat(errors.get(0).get("message")).asString().startsWith("第2行（imp02）：工作单位");
		assertThat(this.organisations.person("imp01")).isEmpty();

		ResponseEntity<Map<String, Object>> imported = send("eyzgb", HttpMethod.POST, "/api/experts/import",
				Map.of("experts", List.of(good, row("imp05", ERYUAN_NO1_SCHOOL, "DRAWIMP"))));
		assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(imported.getBody()).containsEntry("imported", 2).containsEntry("created", 2);
		assertThat(this.organisations.pool("DRAWIMP")).contains("imp01", "imp05");

		// the pool as the draw sees it: region from the employer, term, and who would recuse
		ResponseEntity<Map<String, Object>> pool = get("eyzgb", "/api/committees/DRAWIMP/pool?year=" + REVIEW_YEAR);
		assertThat(pool.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<Map<String, Object>> entries = (List<Map<String, Object>>) pool.getBody().get("experts");
		Map<String, Object> imp01 = entries.stream()
			.filter(e -> ((Map<String, Object>) e.get("expert")).get("userId").equals("imp01"))
			.findFirst()
			.orElseThrow();
		assertThat((Map<String, Object>) imp01.get("expert")).containsEntry("regionCode", "532901")
			.containsEntry("titleLevel", "ASSOCIATE_SENIOR")
			.containsEntry("termEnd", THIS_YEAR + "-12-31");
		Map<String, Object> imp05 = entries.stream()
			.filter(e -> ((Map<String, Object>) e.get("expert")).get("userId").equals("imp05"))
			.findFirst()
			.orElseThrow();
		assertThat(imp01).containsEntry("drawable", true);
		assertThat(imp05).containsEntry("drawable", false);
		assertThat(get("eyjjz", "/api/committees/DRAWIMP/pool").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(get("ey1z", "/api/committees/DRAWIMP/pool").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		// another office may not rewrite an expert of 洱源's pools
		ResponseEntity<Map<String, Object>> foreign = send("dqzgb", HttpMethod.POST, "/api/experts/import",
				Map.of("experts", List.of(row("expert01", DALI_UNIVERSITY, "DQHEALTHSENIOR"))));
		assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(foreign.getBody().get("errors").toString()).contains("已在其他部门的专家库中");

		// only committee offices and administrators import
		assertThat(send("ey1z", HttpMethod.POST, "/api/experts/import", Map.of("experts", List.of(good))).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	/** A well-formed ID number with the wrong check character (GB 11643). */
	static final String BAD_ID_NUMBER = badIdNumber();

	static String badIdNumber() {
		String first17 = "53293019850101999";
		char right = cn.zhicheng.common.IdNumber.checkCharacter(first17);
		return first17 + (right == '0' ? '1' : '0');
	}

	@Test
	void relationsAndAlternatesAreManagedByTheCommitteeOffice() {
		String expert = DrawTestSupport.expertId("DRAWREL", 2);
		ResponseEntity<Map<String, Object>> declared = send("eyzgb", HttpMethod.POST,
				"/api/experts/" + expert + "/relations",
				Map.of("kind", "KIN", "applicantName", "和丽萍", "applicantUnitCode", ERYUAN_NO1_SCHOOL, "description", "表姐妹"));
		assertThat(declared.getStatusCode()).as("%s", declared.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(declared.getBody()).containsEntry("kindLabel", "近亲属关系").containsEntry("createdBy", "eyzgb");
		ResponseEntity<Map<String, Object>> byId = send(expert, HttpMethod.POST, "/api/experts/" + expert + "/relations",
				Map.of("kind", "OTHER", "applicantIdNumber", BAD_ID_NUMBER));
		assertThat(byId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(byId.getBody()).containsEntry("field", "applicantIdNumber").containsEntry("rule", "GB 11643-1999");
		assertThat(send("ey1z", HttpMethod.POST, "/api/experts/" + expert + "/relations", Map.of("kind", "KIN"))
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

		// E6: the declared relation makes the expert recuse in the next draw
		ResponseEntity<Map<String, Object>> pool = get("eyzgb", "/api/committees/DRAWREL/pool?year=" + REVIEW_YEAR);
		assertThat(pool.getBody().get("experts").toString()).contains("利害关系回避（E6）");

		ResponseEntity<Map<String, Object>> settings = send("eyzgb", HttpMethod.PUT,
				"/api/committees/DRAWREL/draw-settings", Map.of("alternateCount", 2));
		assertThat(settings.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(settings.getBody()).containsEntry("alternateCount", 2).containsEntry("needed", 13);
		assertThat(send("dqzgb", HttpMethod.PUT, "/api/committees/DRAWREL/draw-settings", Map.of("alternateCount", 1))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<Map<String, Object>> zero = send("eyzgb", HttpMethod.PUT, "/api/committees/DRAWREL/draw-settings",
				Map.of("alternateCount", 0));
		assertThat(zero.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(zero.getBody()).containsEntry("rule", "E1");
		Map<String, Object> reset = new LinkedHashMap<>();
		reset.put("alternateCount", null);
		assertThat(send("eyzgb", HttpMethod.PUT, "/api/committees/DRAWREL/draw-settings", reset).getBody())
			.containsEntry("alternateCount", 3);
	}

}
