package cn.zhicheng.system;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Camunda's REST resources for starting a process or submitting a form wrap every engine exception in a
 * 500. When the cause is bad input (our delegates throw {@code NotValidException}, a
 * {@link BadUserRequestException}, with a Chinese message naming the field and the rule), the caller
 * gets 400 with that message instead. A task or object that does not exist (the engine's
 * {@link NullValueException}) is a 404, a variable value that is not valid JSON (Spin) a 400, and the
 * engine's own 4xx answers to malformed requests get a Chinese message in front of the engine's detail
 * (issue 10, bad-input corpus). A concurrent change ({@link OptimisticLockingException}: e.g. the office
 * closes a ballot in the moment the last ballot check completes, found by the two-node test TwoNodesTest)
 * is not a server error either: 409 with a Chinese message, nothing was saved, the user submits again.
 * Anything else keeps Camunda's own mapping.
 */
@Priority(1)
class BadRequestRestExceptionMapper implements ExceptionMapper<RestException> {

	private final RestExceptionHandler camunda = new RestExceptionHandler();

	@Override
	public Response toResponse(RestException exception) {
		for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof BadUserRequestException badInput) {
				return Response.status(Response.Status.BAD_REQUEST)
					.entity(ExceptionHandlerHelper.getInstance().fromException(badInput))
					.type(MediaType.APPLICATION_JSON_TYPE)
					.build();
			}
			if (cause instanceof OptimisticLockingException concurrent) {
				return chinese(Response.Status.CONFLICT, concurrent.getClass().getSimpleName(),
						"办理时相关数据已被其他操作同时修改（如选票核验、定时器），本次提交未保存，请刷新后重新提交");
			}
			if (cause instanceof NullValueException missing) {
				boolean notFound = String.valueOf(missing.getMessage()).contains("Cannot find");
				return chinese(notFound ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST,
						missing.getClass().getSimpleName(),
						(notFound ? "任务或对象不存在（可能已被他人办理）：" : "缺少必填的值：") + missing.getMessage());
			}
			if (cause.getClass().getName().startsWith("org.camunda.spin") || cause instanceof JsonProcessingException) {
				return chinese(Response.Status.BAD_REQUEST, cause.getClass().getSimpleName(),
						"变量的值不是有效的 JSON：" + exception.getMessage());
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		if (exception instanceof InvalidRequestException invalid && invalid.getStatus() != null
				&& invalid.getStatus().getFamily() == Response.Status.Family.CLIENT_ERROR) {
			String detail = invalid.getMessage() == null || invalid.getMessage().isBlank()
					? "请检查请求方法、内容类型（application/json）和内容" : invalid.getMessage();
			return chinese(invalid.getStatus(), InvalidRequestException.class.getSimpleName(), "请求有误：" + detail);
		}
		return this.camunda.toResponse(exception);
	}

	static Response chinese(Response.Status status, String type, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type);
		body.put("message", message);
		body.put("code", null);
		return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
	}

	/** A request body that is not JSON at all: 400 with a Chinese message, not Jackson's English text. */
	@Priority(1)
	static class JsonSyntax implements ExceptionMapper<JsonParseException> {

		@Override
		public Response toResponse(JsonParseException exception) {
			return chinese(Response.Status.BAD_REQUEST, "InvalidRequestException",
					"请求内容不是有效的 JSON：" + exception.getOriginalMessage());
		}

	}

	/** JSON of the wrong shape (a list where an object belongs…): 400 in Chinese. */
	@Priority(1)
	static class JsonShape implements ExceptionMapper<JsonMappingException> {

		@Override
		public Response toResponse(JsonMappingException exception) {
			return chinese(Response.Status.BAD_REQUEST, "InvalidRequestException",
					"请求内容的字段类型不正确：" + exception.getOriginalMessage());
		}

	}

	/** A content type the resource does not read: 415 in Chinese. */
	@Priority(1)
	static class MediaTypeRefused implements ExceptionMapper<NotSupportedException> {

		@Override
		public Response toResponse(NotSupportedException exception) {
			return chinese(Response.Status.UNSUPPORTED_MEDIA_TYPE, "NotSupportedException",
					"不支持的内容类型，请使用 application/json");
		}

	}

}
