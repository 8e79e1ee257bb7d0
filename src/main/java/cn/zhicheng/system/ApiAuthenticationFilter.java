package cn.zhicheng.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the application's own API ({@code /api/*}): the webapps' login session (pages) or
 * HTTP basic authentication against Camunda's identity service (scripts). The engine then sees the
 * user and their groups, so its authorization checks apply to everything the request does.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

	private final ProcessEngine processEngine;

	ApiAuthenticationFilter(ProcessEngine processEngine) {
		this.processEngine = processEngine;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		IdentityService identityService = this.processEngine.getIdentityService();
		String userId = sessionUser(request);
		if (userId == null) {
			userId = basicUser(request, identityService);
		}
		if (userId == null) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setHeader("WWW-Authenticate", "Basic realm=\"zhicheng\", charset=\"UTF-8\"");
			response.setContentType("application/json;charset=UTF-8");
			response.getOutputStream()
				.write("{\"status\":401,\"error\":\"未登录\",\"message\":\"请先登录，或使用 HTTP Basic 认证提供用户名和密码\"}"
					.getBytes(StandardCharsets.UTF_8));
			return;
		}
		List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
			.map(Group::getId)
			.toList();
		List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
			.list().stream().map(Tenant::getId).toList();
		identityService.setAuthentication(userId, groups, tenants);
		try {
			chain.doFilter(request, response);
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	private String sessionUser(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
		if (authentications == null) {
			return null;
		}
		UserAuthentication authentication = (UserAuthentication) authentications
			.getAuthenticationForProcessEngine(this.processEngine.getName());
		return authentication == null ? null : authentication.getIdentityId();
	}

	private static String basicUser(HttpServletRequest request, IdentityService identityService) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		int colon = decoded.indexOf(':');
		if (colon <= 0) {
			return null;
		}
		String userId = decoded.substring(0, colon);
		String password = decoded.substring(colon + 1);
		return identityService.checkPassword(userId, password) ? userId : null;
	}

}
