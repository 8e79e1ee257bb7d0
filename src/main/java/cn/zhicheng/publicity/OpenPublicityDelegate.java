package cn.zhicheng.publicity;

import static cn.zhicheng.publicity.PublicityProcess.OPEN_COMPLAINTS;
import static cn.zhicheng.publicity.PublicityProcess.OWNER_GROUP_ID;
import static cn.zhicheng.publicity.PublicityProcess.PUBLICITY_ENDS_AT;
import static cn.zhicheng.publicity.PublicityProcess.PUBLICITY_ID;
import static cn.zhicheng.publicity.PublicityProcess.PUBLICITY_TITLE;

import cn.zhicheng.common.CurrentActor;
import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_OpenPublicity (Q2, R1). Inputs: publicityId (prepared by the caller), ownerGroupId. Starts the
 * period now; output publicityEndsAt (23:59:59 on the last working day, the timer's date),
 * publicityTitle, openComplaints = 0.
 */
@Component
class OpenPublicityDelegate implements JavaDelegate {

	private final PublicityService publicities;

	OpenPublicityDelegate(PublicityService publicities) {
		this.publicities = publicities;
	}

	@Override
	public void execute(DelegateExecution execution) {
		OWNER_GROUP_ID.require(execution);
		try {
			Publicity publicity = this.publicities.open(PUBLICITY_ID.require(execution), execution.getProcessInstanceId(),
					CurrentActor.of(execution));
			PUBLICITY_TITLE.set(execution, publicity.title());
			PUBLICITY_ENDS_AT.set(execution, PublicityService.toDate(publicity.endsAt()));
			OPEN_COMPLAINTS.set(execution, 0);
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage());
		}
	}

}
