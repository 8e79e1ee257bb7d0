package cn.zhicheng.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/**
 * A form submitted while another transaction changed the same process (an OptimisticLockingException inside
 * Camunda's RestException, seen by TwoNodesTest when the office closes a ballot as the last ballot check
 * completes) is answered 409 with a Chinese message, not 500; other engine errors keep Camunda's 500.
 */
class ConcurrentChangeMappingTest {

	final BadRequestRestExceptionMapper mapper = new BadRequestRestExceptionMapper();

	@Test
	void aConcurrentChangeIsAConflictNotAServerError() {
		RestException wrapped = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
				new ProcessEngineException("flush failed",
						new OptimisticLockingException("ENGINE-03005 Execution of 'DELETE TaskEntity[1]' failed.")),
				"Cannot submit task form 1");
		Response response = this.mapper.toResponse(wrapped);
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(String.valueOf(((Map<?, ?>) response.getEntity()).get("message"))).contains("同时修改").contains("重新提交");
		assertThat(((Map<?, ?>) response.getEntity()).get("type")).isEqualTo("OptimisticLockingException");
	}

	@Test
	void otherEngineErrorsStayServerErrors() {
		RestException wrapped = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
				new ProcessEngineException("something else"), "Cannot submit task form 1");
		assertThat(this.mapper.toResponse(wrapped).getStatus()).isEqualTo(500);
	}

}
