package cn.zhicheng.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10 item 2: outside the demo profile there are no demo accounts — none of the demo logins exists,
 * and HTTP basic with demo/demo is refused with 401 on the application's API and the engine's REST API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoDemoAccountsTest {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Test
	void demoAccountsDoNotExistAndCannotLogIn() throws Exception {
		for (String login : List.of("demo", "ey1z", "ey2z", "eyjtj", "eyrsj", "eyzgb", "dlrsj", "eyjjz", "expert01")) {
			assertThat(this.identityService.createUserQuery().userId(login).count()).as(login).isZero();
		}
		HttpClient http = HttpClient.newHttpClient();
		for (String path : List.of("/api/regions", "/api/organisations", "/engine-rest/task", "/engine-rest/user")) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(401);
		}
	}

}
