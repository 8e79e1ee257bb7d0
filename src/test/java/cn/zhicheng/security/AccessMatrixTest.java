package cn.zhicheng.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.zhicheng.application.ApplicationFixtures;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10 item 1: what each role may read and do through {@code /api}, the public pages and the engine
 * REST API Tasklist uses; the table is {@code src/test/resources/security/access-matrix.txt}. Every
 * (endpoint, role) pair of the table is one case: the status must be exactly the one written, and list
 * answers must contain (+) or must not contain (-) the given text — a unit never sees another unit's
 * task, instance, history or attachment.
 */
class AccessMatrixTest extends SecurityTestSupport {

	/** A request of the table, for one login. */
	record Access(String method, String path, String body, String login, int status, String mustContain,
			String mustNotContain) {
	}

	static Stream<Arguments> matrix() throws IOException {
		List<Arguments> cases = new ArrayList<>();
		try (InputStream in = AccessMatrixTest.class.getResourceAsStream("/security/access-matrix.txt")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				line = line.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				String[] halves = line.split(" :: ");
				String[] request = halves[0].split(" ");
				String body = request.length > 2 ? request[2].substring("body=".length()) : null;
				for (String expectation : halves[1].trim().split("\\s+")) {
					int equals = expectation.indexOf('=');
					String login = expectation.substring(0, equals);
					String rest = expectation.substring(equals + 1);
					String contain = null;
					String notContain = null;
					int plus = rest.indexOf('+');
					int minus = rest.indexOf('-');
					if (plus > 0) {
						contain = rest.substring(plus + 1);
						rest = rest.substring(0, plus);
					}
					else if (minus > 0) {
						notContain = rest.substring(minus + 1);
						rest = rest.substring(0, minus);
					}
					Access access = new Access(request[0], request[1], body, login.equals("-") ? null : login,
							Integer.parseInt(rest), contain, notContain);
					cases.add(Arguments.of(Named.of(login + " " + request[0] + " " + request[1] + " → " + rest, access)));
				}
			}
		}
		return cases.stream();
	}

	String body(String name) throws IOException {
		if (name == null) {
			return null;
		}
		Map<String, Object> form = ApplicationFixtures.teacher(this.fixture.openYear(), nextIdNumber());
		form.put("unitCreditCode", ERYUAN_NO1_SCHOOL);
		Object value = switch (name) {
			case "EMPTY" -> Map.of();
			case "FORM_NO1" -> form;
			case "CYCLE" -> Map.of("committeeCode", "EYTEACHERINT", "reviewYear", this.fixture.openYear());
			case "CLAIM" -> Map.of("userId", "ey2z");
			case "VARIABLE" -> Map.of("value", "篡改意见", "type", "String");
			case "SUSPEND" -> Map.of("suspended", true, "includeProcessInstances", true);
			case "ORGANISATION" -> Map.of("creditCode", "125329304310123376", "name", "洱源县第一中学（改名）", "kind",
					"UNIT", "regionCode", "532930", "parentCreditCode", "11532930431008223R", "unitLevel", "COUNTY");
			case "PLAN" -> Map.of("planYear", 2030, "ownerCreditCode", "11532930431004118M", "rows", List.of());
			case "MODIFY" -> Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", "Task_RecordUnitBallot")));
			case "DRAW_SETTINGS" -> Map.of("alternateCount", 1);
			case "NEW_USER" -> Map.of("profile", Map.of("id", "intruder", "firstName", "入侵", "lastName", "者"),
					"credentials", Map.of("password", "intruder-password"));
			case "AUTHORIZATION" -> Map.of("type", 1, "permissions", List.of("ALL"), "userId", "ey1z", "resourceType", 8,
					"resourceId", "*");
			default -> throw new IllegalArgumentException("没有这个请求体：" + name);
		};
		return JSON.writeValueAsString(value);
	}

	@ParameterizedTest
	@MethodSource("matrix")
	void eachRoleGetsExactlyWhatTheMatrixSays(Access access) throws Exception {
		String path = this.fixture.resolve(access.path());
		String body = body(access.body());
		Reply reply = send(access.login(), access.method(), path, body == null ? null : "application/json",
				body == null ? null : body.getBytes(StandardCharsets.UTF_8));
		assertThat(reply.status()).as("%s %s %s: %s", access.login(), access.method(), path, reply)
			.isEqualTo(access.status());
		if (access.mustContain() != null) {
			assertThat(reply.body()).as("%s %s", access.login(), path).contains(this.fixture.resolve(access.mustContain()));
		}
		if (access.mustNotContain() != null) {
			assertThat(reply.body()).as("%s %s", access.login(), path)
				.doesNotContain(this.fixture.resolve(access.mustNotContain()));
		}
		if (reply.status() >= 400 && path.startsWith("/api")) {
			assertThat(reply.body()).as("中文错误信息 %s", reply).containsPattern("\\p{IsHan}");
		}
	}

	@Test
	void theRefusedAttemptsChangedNothing() throws Exception {
		// after every refusal the first school's application is still where it was, with its attachment
		assertThat(this.engine.getTaskService().createTaskQuery().taskId(this.fixture.a1Task()).singleResult())
			.isNotNull()
			.satisfies(task -> assertThat(task.getAssignee()).isNull());
		assertThat(this.jdbc.queryForObject("SELECT status FROM zc_application WHERE id = ?", String.class,
				this.fixture.a1().id())).isEqualTo("SUBMITTED");
		assertThat(this.engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
		assertThat(this.engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("application")
			.suspended().count()).isZero();
	}

}
