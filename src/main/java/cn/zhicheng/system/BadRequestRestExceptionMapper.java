package cn.zhicheng.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Camunda's REST resources for starting a process or submitting a form wrap every engine exception in a
 * 500. When the cause is bad input (our delegates throw {@code NotValidException}, a
 * {@link BadUserRequestException}, with a Chinese message naming the field and the rule), the caller
 * gets 400 with that message instead. Anything else keeps Camunda's own mapping.
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
			if (cause.getCause() == cause) {
				break;
			}
		}
		return this.camunda.toResponse(exception);
	}

}
