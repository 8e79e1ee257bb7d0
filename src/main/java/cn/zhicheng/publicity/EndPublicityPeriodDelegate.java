package cn.zhicheng.publicity;

import cn.zhicheng.common.CurrentActor;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EndPublicityPeriod: the period is over; complaints are no longer accepted, open ones are still decided. */
@Component
class EndPublicityPeriodDelegate implements JavaDelegate {

	private final PublicityService publicities;

	EndPublicityPeriodDelegate(PublicityService publicities) {
		this.publicities = publicities;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.publicities.endPeriod(PublicityProcess.PUBLICITY_ID.require(execution), CurrentActor.of(execution));
	}

}
