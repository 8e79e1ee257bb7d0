package cn.zhicheng.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * architecture.md "Security": {@code /engine-rest} (Camunda Modeler, scripts) and {@code /api} both
 * require the identity service's users; the engine's authorization checks do the rest.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("engine-rest-authentication");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		return registration;
	}

	/** Bad input in /engine-rest process starts and form submissions: 400, not 500. */
	@Bean
	ResourceConfigCustomizer badRequestMapping() {
		return config -> config.register(BadRequestRestExceptionMapper.class)
			.register(BadRequestRestExceptionMapper.JsonSyntax.class)
			.register(BadRequestRestExceptionMapper.JsonShape.class)
			.register(BadRequestRestExceptionMapper.MediaTypeRefused.class);
	}

	@Bean
	FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(ProcessEngine processEngine) {
		FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ApiAuthenticationFilter(processEngine));
		registration.setName("api-authentication");
		registration.addUrlPatterns("/api/*");
		return registration;
	}

}
