package cn.zhicheng.materials;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Cross-site request forgery guard for uploads, deletions and imports made with the webapps' login
 * session: such a request must carry {@code X-Requested-With: XMLHttpRequest}, which a page of another
 * site cannot add without the browser's CORS preflight (which this application never grants). Requests
 * with HTTP basic credentials (scripts) carry no cookie-based authority and pass.
 */
class ScriptedRequestGuard implements HandlerInterceptor {

	static final String HEADER = "X-Requested-With";

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (SAFE.contains(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| "XMLHttpRequest".equals(request.getHeader(HEADER))) {
			return true;
		}
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType("application/json;charset=UTF-8");
		response.getOutputStream()
			.write(("{\"status\":403,\"error\":\"无权操作\",\"field\":null,\"rule\":\"权限\","
					+ "\"message\":\"使用登录会话上传、删除或导入时，请求须带 X-Requested-With: XMLHttpRequest 头（防跨站请求伪造）\"}")
				.getBytes(StandardCharsets.UTF_8));
		return false;
	}

}
