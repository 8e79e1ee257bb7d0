package cn.zhicheng.materials;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Limits of materials ({@link MaterialsProperties}) and the guard of the state-changing materials calls. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MaterialsProperties.class)
class MaterialsConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ScriptedRequestGuard())
			.addPathPatterns("/api/applications/*/attachments", "/api/attachments/**", "/api/imports/**");
	}

}
