package cn.zhicheng.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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
import org.springframework.test.context.ActiveProfiles;

/**
 * The schedule API over HTTP (N3): the demo plans (Eryuan 2024, Yunnan 2020) loaded by the demo profile are
 * visible to the supervisor eyjjz and to the HR bureau; a school unit (ey1z) gets 403; bad JSON rows 400.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class AnnualPlanApiTest {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	@Autowired
	TestRestTemplate rest;

	@Test
	@SuppressWarnings("unchecked")
	void supervisorSeesTheDemoPlanAndItsSchedule() {
		ResponseEntity<List<Map<String, Object>>> response = this.rest.withBasicAuth("eyjjz", "demo")
			.exchange("/api/plans/2024/schedule", HttpMethod.GET, null, LIST);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, Object> eryuan = response.getBody().stream()
			.filter(p -> "11532930431004118M".equals(p.get("ownerGroupId")))
			.findFirst()
			.orElseThrow();
		assertThat(eryuan.get("planStatus")).isEqualTo("APPROVED");
		assertThat(eryuan.get("ownerName")).isEqualTo("洱源县人力资源和社会保障局");
		List<Map<String, Object>> entries = (List<Map<String, Object>>) eryuan.get("entries");
		assertThat(entries).extracting(e -> e.get("committeeCode")).contains("EYTEACHERINT", "EYHEALTHINT");
		assertThat(entries).allSatisfy(e -> {
			assertThat(e.get("statusLabel")).isIn("按期", "有风险", "已逾期");
			assertThat((String) e.get("reason")).isNotBlank();
		});
		// N1: the expert-pool renewal of Saturday 2024-06-15 fell due on Friday 2024-06-14
		assertThat(entries).filteredOn(e -> "EXPERT_POOL".equals(e.get("kind")))
			.singleElement()
			.satisfies(e -> assertThat(e.get("dueOn")).isEqualTo("2024-06-14"));

		ResponseEntity<List<Map<String, Object>>> yunnan = this.rest.withBasicAuth("eyjjz", "demo")
			.exchange("/api/plans/2020/schedule", HttpMethod.GET, null, LIST);
		assertThat(yunnan.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<Map<String, Object>> rows = (List<Map<String, Object>>) yunnan.getBody().get(0).get("entries");
		// 000 attachment 2: 中小学教师 in 迪庆 by 7-31, 经济… by 11-30, Saturday 8-15 due on Friday 8-14
		assertThat(rows).anySatisfy(e -> {
			assertThat((String) e.get("name")).contains("迪庆州中小学教师");
			assertThat(e.get("deadline")).isEqualTo("2020-07-31");
		});
		assertThat(rows).anySatisfy(e -> assertThat((String) e.get("name")).startsWith("经济"));
		assertThat(rows).filteredOn(e -> "QJTEACHERSENIOR".equals(e.get("committeeCode")))
			.singleElement()
			.satisfies(e -> assertThat(e.get("dueOn")).isEqualTo("2020-08-14"));

		assertThat(this.rest.withBasicAuth("eyrsj", "demo")
			.exchange("/api/plans/2024", HttpMethod.GET, null, LIST)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void spreadsheetImportOverHttp() throws java.io.IOException {
		byte[] good = AnnualPlanScenarioTest.xlsx(List.of(List.of("评审", "", "会泽县中小学教师中级职称评审", "中小学教师", "中级",
				"会泽县职称改革工作领导小组办公室", "", "会泽县", "定向评价", "2026-10-31", "")));
		ResponseEntity<Map<String, Object>> created = upload("hzrsj", good);
		assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(created.getBody().get("status")).isEqualTo("AWAITING_APPROVAL");

		byte[] bad = AnnualPlanScenarioTest.xlsx(List.of(List.of("评审", "", "会泽县中小学教师中级职称评审", "", "中级",
				"会泽县职称改革工作领导小组办公室", "", "会泽县", "定向评价", "2026-10-31", "")));
		ResponseEntity<Map<String, Object>> refused = upload("hzrsj", bad);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) refused.getBody().get("message")).contains("第2行D列“系列”").contains("N3");
		// a school unit may not submit a plan
		assertThat(upload("hz1z", good).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	private ResponseEntity<Map<String, Object>> upload(String login, byte[] content) {
		org.springframework.util.LinkedMultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
		form.add("file", new org.springframework.core.io.ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return "plan.xlsx";
			}
		});
		form.add("planYear", "2026");
		form.add("ownerCreditCode", "11530326431028777N");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.rest.withBasicAuth(login, "demo")
			.exchange("/api/plans/import", HttpMethod.POST, new HttpEntity<>(form, headers), OBJECT);
	}

	@Test
	void theSupervisorsPageIsServed() {
		ResponseEntity<String> page = this.rest.getForEntity("/plan-schedule.html", String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("年度评审计划执行情况").contains("/api/plans/");
	}

	@Test
	void unitsMayNotReadTheSchedule() {
		ResponseEntity<Map<String, Object>> response = this.rest.withBasicAuth("ey1z", "demo")
			.exchange("/api/plans/2024/schedule", HttpMethod.GET, null, OBJECT);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.rest.withBasicAuth("ey1z", "demo")
			.exchange("/api/plans/2024", HttpMethod.GET, null, OBJECT)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void badJsonRowsAreRejectedWithTheRowAndRule() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		Map<String, Object> body = Map.of("planYear", 2024, "ownerCreditCode", "11532930431004118M", "rows",
				List.of(Map.of("kind", "评审", "name", "某评委会", "series", "中小学教师", "titleLevel", "中级", "organiser", "某办",
						"region", "洱源县", "deadline", "2023-10-31")));
		ResponseEntity<Map<String, Object>> response = this.rest.withBasicAuth("eyzgb", "demo")
			.exchange("/api/plans", HttpMethod.POST, new HttpEntity<>(body, headers), OBJECT);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) response.getBody().get("message")).contains("第1行").contains("deadline")
			.contains("不在计划年度2024年内");
	}

}
