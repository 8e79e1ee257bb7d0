package cn.zhicheng.publicity;

import cn.zhicheng.common.CurrentActor;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ClosePublicity: the period is over and every complaint is decided. */
@Component
class ClosePublicityDelegate implements JavaDelegate {

	private final PublicityService publicities;

	ClosePublicityDelegate(PublicityService publicities) {
		this.publicities = publicities;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.publicities.close(PublicityProcess.PUBLICITY_ID.require(execution), CurrentActor.of(execution));
	}

}
