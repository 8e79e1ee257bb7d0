package cn.zhicheng.application;

import static cn.zhicheng.application.ApplicationProcess.APPLICATION_ID;
import static cn.zhicheng.application.ApplicationProcess.INITIATOR;

import java.util.Arrays;
import java.util.List;

import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterApplication. Started through the API, the application is already stored and the
 * process carries its {@code applicationId}. Started from the Tasklist start form, the form's fields
 * arrive as variables: they are validated and stored here, then removed, so that the process carries
 * only the id (architecture.md). Then the application is routed into the unit's, competent
 * department's, committee office's and HR bureau's inboxes. Bad input throws
 * {@link NotValidException}: HTTP 400 with the Chinese message, and nothing is stored.
 */
@Component
class RegisterApplicationDelegate implements JavaDelegate {

	/** The start form's variables: the fields of {@link ApplicationForm}. */
	static final List<String> FORM_VARIABLES = Arrays.stream(ApplicationForm.class.getRecordComponents())
		.map(component -> component.getName())
		.toList();

	private final ApplicationService applications;

	RegisterApplicationDelegate(ApplicationService applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		try {
			String id = APPLICATION_ID.get(execution);
			Application application;
			if (id == null) {
				ApplicationForm form = this.applications.formFromVariables(execution.getVariables());
				application = this.applications.register(form, INITIATOR.get(execution));
				execution.removeVariables(FORM_VARIABLES);
			}
			else {
				application = this.applications.require(id);
			}
			if (execution.getProcessBusinessKey() == null) {
				// started from the Tasklist start form: Cockpit shows what the instance is (year, committee,
				// masked name), as for starts through the API
				execution.setProcessBusinessKey(ApplicationService.businessKey(application));
			}
			this.applications.withProcessInstance(application.id(), execution.getProcessInstanceId());
			this.applications.route(application, execution);
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage());
		}
	}

}
