package cn.zhicheng.materials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** With the login session, a state-changing materials call must come from the page's script (CSRF). */
class ScriptedRequestGuardTest {

	private final ScriptedRequestGuard guard = new ScriptedRequestGuard();

	@Test
	void aCrossSiteFormPostWithTheSessionCookieIsRefused() throws Exception {
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/api/applications/x/attachments");
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(this.guard.preHandle(post, response, new Object())).isFalse();
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("X-Requested-With");
	}

	@Test
	void thePageScriptsBasicAuthAndReadsPass() throws Exception {
		MockHttpServletRequest scripted = new MockHttpServletRequest("DELETE", "/api/attachments/x");
		scripted.addHeader("X-Requested-With", "XMLHttpRequest");
		assertThat(this.guard.preHandle(scripted, new MockHttpServletResponse(), new Object())).isTrue();
		MockHttpServletRequest basic = new MockHttpServletRequest("POST", "/api/imports/applicants");
		basic.addHeader("Authorization", "Basic ZXkxejpkZW1v");
		assertThat(this.guard.preHandle(basic, new MockHttpServletResponse(), new Object())).isTrue();
		assertThat(this.guard.preHandle(new MockHttpServletRequest("GET", "/api/attachments/x/content"),
				new MockHttpServletResponse(), new Object())).isTrue();
	}

}
