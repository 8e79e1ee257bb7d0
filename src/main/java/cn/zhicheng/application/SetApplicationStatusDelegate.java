package cn.zhicheng.application;

import cn.zhicheng.common.DelegateField;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Records a status of the application in its table. Reusable in any diagram, as a service task or
 * an execution listener. Input: field {@code status} (an {@link ApplicationStatus} name) and the
 * variable {@code applicationId}. Output: none. Throws no BPMN error. A missing or unknown status is
 * refused when the diagram is deployed ({@link DelegateField}); prototype scope, because the engine
 * injects the field into the instance it resolves.
 */
@Component
@Scope("prototype")
@DelegateField(name = "status", valuesOf = ApplicationStatus.class, description = "申报的新状态，如 WITHDRAWN（已撤回）")
public class SetApplicationStatusDelegate implements JavaDelegate, ExecutionListener {

	private final ApplicationService applications;

	/** Injected by the engine from {@code <camunda:field name="status">}. */
	private Expression status;

	SetApplicationStatusDelegate(ApplicationService applications) {
		this.applications = applications;
	}

	public void setStatus(Expression status) {
		this.status = status;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ApplicationStatus target = ApplicationStatus.valueOf(String.valueOf(this.status.getValue(execution)));
		this.applications.changeStatus(ApplicationProcess.APPLICATION_ID.require(execution), target);
	}

	@Override
	public void notify(DelegateExecution execution) {
		execute(execution);
	}

}
