package cn.zhicheng.application;

import static cn.zhicheng.application.ApplicationProcess.COMPETENT_DEPT_GROUP_ID;
import static cn.zhicheng.application.ApplicationProcess.INITIATOR;
import static cn.zhicheng.application.ApplicationProcess.UNIT_CREDIT_CODE;
import static cn.zhicheng.application.ApplicationProcess.UNIT_GROUP_ID;
import static cn.zhicheng.application.ApplicationProcess.UNIT_NAME;

import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.organisation.Organisation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Routes a submitted application to the inboxes of its unit (A14, A15) and of the unit's competent
 * department (A16). Throws {@link NotValidException} (HTTP 400 on the REST API, nothing stored) when
 * the submitter is not staff of an employer unit.
 */
@Component
public class RouteApplicationDelegate implements JavaDelegate {

	private final ApplicationRouting routing;

	RouteApplicationDelegate(ApplicationRouting routing) {
		this.routing = routing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		try {
			Organisation unit = this.routing.unitOf(INITIATOR.get(execution), UNIT_CREDIT_CODE.get(execution));
			UNIT_CREDIT_CODE.set(execution, unit.creditCode());
			UNIT_NAME.set(execution, unit.name());
			UNIT_GROUP_ID.set(execution, unit.groupId());
			COMPETENT_DEPT_GROUP_ID.set(execution, this.routing.competentDepartmentOf(unit).groupId());
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage());
		}
	}

}
