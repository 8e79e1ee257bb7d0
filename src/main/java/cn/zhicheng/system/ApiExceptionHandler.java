package cn.zhicheng.system;

import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns bad input into 4xx responses with Chinese messages; nothing the user did becomes a 500. Not limited
 * to the application's packages: a wrong method or content type is refused before any controller is chosen,
 * and must be answered in Chinese as well (issue 10, bad-input corpus).
 */
@RestControllerAdvice
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(RuleViolation.class)
	ResponseEntity<ApiError> ruleViolation(RuleViolation ex) {
		return error(HttpStatus.BAD_REQUEST, "输入不符合规则", ex.field(), ex.rule(), ex.getMessage());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException ex) {
		return error(HttpStatus.BAD_REQUEST, "缺少参数", ex.getParameterName(), "必填",
				"缺少参数 " + ex.getParameterName());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return error(HttpStatus.BAD_REQUEST, "参数格式错误", ex.getName(), "格式",
				"参数 " + ex.getName() + " 的值“" + ex.getValue() + "”格式不正确");
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException ex) {
		return error(HttpStatus.BAD_REQUEST, "请求内容无法解析", null, "JSON", "请求内容不是有效的 JSON，或字段类型不正确");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException ex) {
		String supported = ex.getSupportedMediaTypes().isEmpty() ? "application/json"
				: ex.getSupportedMediaTypes().stream().map(Object::toString).distinct()
					.collect(java.util.stream.Collectors.joining("、"));
		return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "内容类型不支持", null, "Content-Type",
				"不支持的内容类型 " + ex.getContentType() + "，请使用 " + supported);
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<ApiError> missingPart(MissingServletRequestPartException ex) {
		return error(HttpStatus.BAD_REQUEST, "缺少上传内容", ex.getRequestPartName(), "必填",
				"缺少上传内容 " + ex.getRequestPartName() + "（请以 multipart/form-data 上传文件）");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException ex) {
		return error(HttpStatus.PAYLOAD_TOO_LARGE, "上传内容过大", "file", "大小", "上传的文件超过系统允许的最大大小");
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ApiError> multipart(MultipartException ex) {
		return error(HttpStatus.BAD_REQUEST, "上传内容无法解析", "file", "multipart", "上传内容不是有效的 multipart/form-data 请求");
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		return error(HttpStatus.NOT_ACCEPTABLE, "无法提供所需格式", null, "Accept", "无法按请求的 Accept 格式返回内容");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException ex) {
		return error(HttpStatus.METHOD_NOT_ALLOWED, "请求方法不支持", null, "HTTP", "不支持 " + ex.getMethod() + " 请求");
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ApiError> notFound(NoResourceFoundException ex) {
		return error(HttpStatus.NOT_FOUND, "资源不存在", null, null, "请求的地址不存在");
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ApiError> notFound(NotFoundException ex) {
		return error(HttpStatus.NOT_FOUND, "资源不存在", ex.field(), null, ex.getMessage());
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ResponseEntity<ApiError> tooMany(TooManyRequestsException ex) {
		return error(HttpStatus.TOO_MANY_REQUESTS, "提交过于频繁", null, "频率限制", ex.getMessage());
	}

	@ExceptionHandler({ AuthorizationException.class, ForbiddenException.class })
	ResponseEntity<ApiError> forbidden(RuntimeException ex) {
		log.info("拒绝访问: {}", ex.getMessage());
		return error(HttpStatus.FORBIDDEN, "无权操作", null, "权限", "当前用户无权执行此操作");
	}

	private static ResponseEntity<ApiError> error(HttpStatus status, String error, String field, String rule,
			String message) {
		return ResponseEntity.status(status).body(new ApiError(status.value(), error, field, rule, message));
	}

}
