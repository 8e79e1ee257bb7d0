package cn.zhicheng.publicity;

import cn.zhicheng.system.ApiError;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The public complaint endpoint's unreadable bodies: one cut off at the size bound
 * ({@link PublicPagesConfiguration.BoundedRequest}) says so; anything else is "not valid JSON". Both 400,
 * in Chinese. Everything else is handled by the application's usual handler.
 */
@RestControllerAdvice(assignableTypes = PublicPublicityController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicApiExceptionHandler {

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PublicPagesConfiguration.TooLarge) {
				return ResponseEntity.badRequest()
					.body(new ApiError(HttpStatus.BAD_REQUEST.value(), "输入不符合规则", "content", "R2",
							"提交内容过大：投诉内容不能超过" + PublicityService.CONTENT_MAX + "个字符"));
			}
		}
		return ResponseEntity.badRequest()
			.body(new ApiError(HttpStatus.BAD_REQUEST.value(), "请求内容无法解析", null, "JSON",
					"请求内容不是有效的 JSON，或字段类型不正确"));
	}

}
