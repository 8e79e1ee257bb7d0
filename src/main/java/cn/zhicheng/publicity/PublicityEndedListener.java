package cn.zhicheng.publicity;

import cn.zhicheng.common.CurrentActor;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The publicity process ended. When it was cancelled (its caller was cancelled, or it was deleted in
 * Cockpit) the publicity is closed, so that the public pages stop offering the complaint form; a normal
 * end has closed it already (Task_ClosePublicity).
 */
@Component
class PublicityEndedListener implements ExecutionListener {

	private final PublicityService publicities;

	PublicityEndedListener(PublicityService publicities) {
		this.publicities = publicities;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String publicityId = PublicityProcess.PUBLICITY_ID.get(execution);
		if (publicityId != null && execution.isCanceled()) {
			this.publicities.close(publicityId, CurrentActor.of(execution));
		}
	}

}
