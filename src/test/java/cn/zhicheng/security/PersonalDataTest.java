package cn.zhicheng.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.zhicheng.application.ApplicationFixtures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 10 item 2: ID numbers are masked in lists and on public pages and never written to the log, no
 * endpoint takes personal data in its URL, passwords are stored as salted hashes. (Demo accounts outside
 * the demo profile: {@link NoDemoAccountsTest}.)
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataTest extends SecurityTestSupport {

	/** Parameter names that would put a person into a URL (path or query string). */
	static final Set<String> PERSONAL = Set.of("idnumber", "idcard", "identitynumber", "name", "applicantname",
			"personname", "complainantname", "phone", "mobile", "complainantphone", "birthdate");

	@Autowired
	LoggingSystem logging;

	@Autowired
	ApplicationContext context;

	List<String> fullIdNumbers() {
		return this.jdbc.queryForList("SELECT id_number FROM zc_application", String.class);
	}

	@Test
	void idNumbersAreMaskedInTheApiAndNeverShownOnPublicPages() throws Exception {
		String full = this.jdbc.queryForObject("SELECT id_number FROM zc_application WHERE id = ?", String.class,
				this.fixture.a1().id());
		Reply one = send("ey1z", "GET", "/api/applications/" + this.fixture.a1().id());
		assertThat(one.status()).isEqualTo(200);
		assertThat((String) JSON.readValue(one.body(), Map.class).get("idNumber")).matches("5329\\*{10}\\d{3}[\\dX]");
		assertThat(one.body()).doesNotContain(full);

		List<String> readable = new ArrayList<>(List.of("/api/applications/{a1}/attachments",
				"/engine-rest/process-instance/{a1pi}/variables", "/engine-rest/task/{a1task}/form-variables",
				"/engine-rest/history/variable-instance?processInstanceId={a1pi}", "/engine-rest/task?processInstanceId={a1pi}",
				"/engine-rest/history/detail?processInstanceId={a1pi}"));
		for (String path : readable) {
			Reply reply = send("demo", "GET", this.fixture.resolve(path));
			assertThat(reply.status()).as(path).isEqualTo(200);
			assertThat(reply.body()).as(path).doesNotContain(full);
		}

		List<String> ids = fullIdNumbers();
		List<String> names = this.jdbc.queryForList(
				"SELECT a.name FROM zc_application a JOIN zc_publicity_entry e ON e.application_id = a.id WHERE e.publicity_id = ?",
				String.class, this.fixture.publicity());
		assertThat(names).isNotEmpty();
		for (String path : List.of("/public/api/publicity", "/public/api/publicity/" + this.fixture.publicity(),
				"/public/api/notices")) {
			Reply reply = send(null, "GET", path);
			assertThat(reply.status()).as(path).isEqualTo(200);
			assertThat(ids).allSatisfy(id -> assertThat(reply.body()).as(path).doesNotContain(id));
			assertThat(names).allSatisfy(name -> assertThat(reply.body()).as(path).doesNotContain(name));
		}
		Reply publicity = send(null, "GET", "/public/api/publicity/" + this.fixture.publicity());
		assertThat(publicity.body()).contains(names.get(0).substring(0, 1) + "*").contains("**********");
	}

	@Test
	void noIdNumberReachesTheLog(CapturedOutput output) throws Exception {
		Map<String, LogLevel> levels = Map.of("cn.zhicheng", LogLevel.DEBUG, "org.camunda.bpm.engine", LogLevel.DEBUG,
				"org.camunda.bpm.engine.rest", LogLevel.DEBUG);
		levels.keySet().forEach(logger -> this.logging.setLogLevel(logger, levels.get(logger)));
		List<String> used = new ArrayList<>();
		try {
			// a submission, Tasklist's list, one refused by the rules and one refused by Tasklist's start form
			Map<String, Object> form = ApplicationFixtures.teacher(this.fixture.openYear(), nextIdNumber());
			form.put("unitCreditCode", ERYUAN_NO1_SCHOOL);
			used.add((String) form.get("idNumber"));
			assertThat(sendJson("ey1z", "POST", "/api/applications", form).status()).isEqualTo(201);
			assertThat(send("ey1z", "GET", "/engine-rest/task?processInstanceBusinessKeyLike=%25").status()).isEqualTo(200);
			String wrongCheck = nextIdNumber();
			wrongCheck = wrongCheck.substring(0, 17) + (wrongCheck.endsWith("0") ? "1" : "0");
			used.add(wrongCheck);
			form.put("idNumber", wrongCheck);
			assertThat(sendJson("ey1z", "POST", "/api/applications", form).status()).isEqualTo(400);
			Map<String, Object> variables = new java.util.LinkedHashMap<>();
			String other = nextIdNumber();
			used.add(other);
			form.put("idNumber", other);
			form.put("graduationDate", "2010-02-30");
			form.remove("unitCreditCode");
			form.forEach((k, v) -> variables.put(k, v instanceof List<?> list ? Map.of("value",
					toJson(list), "type", "Json") : java.util.Collections.singletonMap("value", v)));
			assertThat(sendJson("ey1z", "POST", "/engine-rest/process-definition/key/application/submit-form",
					Map.of("variables", variables)).status()).isEqualTo(400);
		}
		finally {
			levels.keySet().forEach(logger -> this.logging.setLogLevel(logger, null));
		}
		assertThat(output.getAll()).as("调试日志确已捕获").contains("ENGINE-");
		for (String id : used) {
			assertThat(output.getAll()).doesNotContain(id).doesNotContain(id.substring(0, 17));
		}
	}

	static String toJson(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void noEndpointTakesPersonalDataInItsUrl() {
		List<String> offending = new ArrayList<>();
		int checked = 0;
		for (RequestMappingHandlerMapping mapping : this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			for (Map.Entry<org.springframework.web.servlet.mvc.method.RequestMappingInfo, HandlerMethod> handler : mapping
				.getHandlerMethods()
				.entrySet()) {
				if (!handler.getValue().getBeanType().getPackageName().startsWith("cn.zhicheng")) {
					continue;
				}
				checked++;
				String patterns = handler.getKey().getPatternValues().toString().toLowerCase(Locale.ROOT);
				PERSONAL.stream().filter(p -> patterns.contains("{" + p + "}")).forEach(p -> offending.add(patterns + " " + p));
				for (Parameter parameter : handler.getValue().getMethod().getParameters()) {
					String name = null;
					PathVariable path = parameter.getAnnotation(PathVariable.class);
					RequestParam param = parameter.getAnnotation(RequestParam.class);
					if (path != null) {
						name = !path.name().isEmpty() ? path.name() : !path.value().isEmpty() ? path.value() : parameter.getName();
					}
					if (param != null) {
						name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value() : parameter.getName();
					}
					if (name != null && PERSONAL.contains(name.toLowerCase(Locale.ROOT))) {
						offending.add(patterns + " ?" + name);
					}
				}
			}
		}
		assertThat(checked).as("检查过的接口").isGreaterThan(30);
		assertThat(offending).as("URL 中的个人信息").isEmpty();
	}

	@Test
	void passwordsAreStoredAsSaltedHashes() {
		List<Map<String, Object>> users = this.jdbc.queryForList(
				"SELECT ID_, PWD_, SALT_ FROM ACT_ID_USER WHERE ID_ IN ('demo', 'ey1z', 'ey2z', 'eyzgb', 'expert01')");
		assertThat(users).hasSize(5).allSatisfy(user -> {
			assertThat((String) user.get("PWD_")).isNotEqualTo("demo").doesNotContain("demo").startsWith("{SHA-512}");
			assertThat((String) user.get("SALT_")).isNotBlank();
		});
		// the same password, salted differently for each user
		assertThat(users.stream().map(u -> u.get("PWD_")).distinct().count()).isEqualTo(5);
		assertThat(this.engine.getIdentityService().checkPassword("ey1z", "demo")).isTrue();
	}

}
