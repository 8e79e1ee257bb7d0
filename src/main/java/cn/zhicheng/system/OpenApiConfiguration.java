package cn.zhicheng.system;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the application's own API ({@code /api}, not Camunda's {@code /engine-rest},
 * which Camunda documents itself) at {@code /v3/api-docs}, with Swagger UI at {@code /swagger-ui.html}.
 * The description is public; every call needs HTTP basic authentication or the webapps' login session.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/** Chinese names of the controllers' default tags. */
	private static final Map<String, String> TAGS = Map.ofEntries(Map.entry("application-controller", "申报"),
			Map.entry("attachment-controller", "证明材料与申报评审表"), Map.entry("import-controller", "批量导入"),
			Map.entry("export-controller", "导出"), Map.entry("organisation-controller", "机构、地区与评委会"),
			Map.entry("calendar-controller", "工作日历"));

	@Bean
	OpenAPI zhichengOpenApi() {
		return new OpenAPI()
			.info(new Info().title("职称评审流程平台 API")
				.version("v1")
				.description("""
						应用自身的接口（/api）。Camunda 引擎接口（/engine-rest）见 Camunda 7 REST API 文档。
						认证：HTTP Basic（Camunda 用户）或 Camunda 网页应用的登录会话；以登录会话上传、删除或导入时须带 \
						X-Requested-With: XMLHttpRequest 头。错误时返回 4xx 和 {status, error, field, rule, message}，\
						message 为中文并注明字段和规则编号（如 A21、GB 11643-1999）。"""))
			.components(new Components().addSecuritySchemes("basicAuth",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic").description("Camunda 用户名和密码")))
			.addSecurityItem(new SecurityRequirement().addList("basicAuth"));
	}

	@Bean
	OpenApiCustomizer chineseTags() {
		return openApi -> {
			if (openApi.getPaths() != null) {
				openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
					if (operation.getTags() != null) {
						operation.setTags(operation.getTags().stream().map(t -> TAGS.getOrDefault(t, t)).toList());
					}
				}));
			}
			if (openApi.getTags() != null) {
				openApi.setTags(openApi.getTags().stream()
					.map(t -> new Tag().name(TAGS.getOrDefault(t.getName(), t.getName())).description(t.getDescription()))
					.toList());
			}
		};
	}

}
