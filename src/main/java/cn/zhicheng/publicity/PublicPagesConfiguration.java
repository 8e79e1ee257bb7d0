package cn.zhicheng.publicity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The public pages (no login): static HTML under {@code /public/} (src/main/resources/static/public) that
 * read {@code /public/api/**}. {@code /public} leads to the index. The pages and their API get strict
 * browser headers: scripts and styles only from this site, no framing, no MIME sniffing. A request body
 * declared larger than {@value #MAX_REQUEST_BYTES} bytes is refused with 400 before anything reads it; one
 * without a declared length (chunked) is read at most that far, after which reading fails (400).
 */
@Configuration(proxyBeanMethods = false)
class PublicPagesConfiguration implements WebMvcConfigurer {

	/** A complaint is a few KB of JSON at most (2000 characters of content). */
	static final long MAX_REQUEST_BYTES = 16 * 1024;

	static final String TOO_LARGE = "{\"status\":400,\"error\":\"输入不符合规则\",\"field\":\"content\",\"rule\":\"R2\","
			+ "\"message\":\"提交内容过大：投诉内容不能超过" + PublicityService.CONTENT_MAX + "个字符\"}";

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/public", "/public/index.html");
		registry.addRedirectViewController("/public/", "/public/index.html");
	}

	@Bean
	FilterRegistrationBean<Filter> publicPageHeaders() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter() {
			@Override
			public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
					throws IOException, ServletException {
				HttpServletResponse http = (HttpServletResponse) response;
				http.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
				http.setHeader("X-Content-Type-Options", "nosniff");
				http.setHeader("Referrer-Policy", "no-referrer");
				String method = ((HttpServletRequest) request).getMethod();
				long length = request.getContentLengthLong();
				boolean hasBody = "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
				if (hasBody && length > MAX_REQUEST_BYTES) {
					http.setStatus(HttpServletResponse.SC_BAD_REQUEST);
					http.setContentType("application/json;charset=UTF-8");
					http.getOutputStream().write(TOO_LARGE.getBytes(StandardCharsets.UTF_8));
					return;
				}
				chain.doFilter(hasBody && length < 0 ? new BoundedRequest((HttpServletRequest) request) : request,
						response);
			}
		});
		registration.setName("public-page-headers");
		registration.addUrlPatterns("/public/*");
		return registration;
	}

	/** Reading went past {@link #MAX_REQUEST_BYTES}. */
	static final class TooLarge extends IOException {

		TooLarge() {
			super("请求内容超过 " + MAX_REQUEST_BYTES + " 字节");
		}

	}

	/** A request whose body without declared length may not exceed {@link #MAX_REQUEST_BYTES}. */
	static final class BoundedRequest extends HttpServletRequestWrapper {

		BoundedRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b >= 0 && ++this.read > MAX_REQUEST_BYTES) {
						throw new TooLarge();
					}
					return b;
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}

			};
		}

	}

}
