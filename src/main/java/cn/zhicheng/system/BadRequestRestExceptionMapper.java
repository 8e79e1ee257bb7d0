package cn.zhicheng.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Camunda's REST resources for starting a process or submitting a form wrap every engine exception in a
 * 500. When the cause is bad input (our delegates throw {@code NotValidException}, a
 * {@link BadUserRequestException}, with a Chinese message naming the field and the rule), the caller
 * gets 400 with that message instead. A concurrent change ({@link OptimisticLockingException}: e.g. the office
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
				ExceptionDto conflict = ExceptionHandlerHelper.getInstance().fromException(concurrent);
				conflict.setMessage("办理时相关数据已被其他操作同时修改（如选票核验、定时器），本次提交未保存，请刷新后重新提交");
				return Response.status(Response.Status.CONFLICT)
					.entity(conflict)
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
