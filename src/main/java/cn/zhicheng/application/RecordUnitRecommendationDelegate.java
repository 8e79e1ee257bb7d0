package cn.zhicheng.application;

import static cn.zhicheng.application.ApplicationProcess.APPLICATION_ID;
import static cn.zhicheng.application.ApplicationProcess.RETURN_REASON;
import static cn.zhicheng.application.ApplicationProcess.UNIT_OPINION;
import static cn.zhicheng.application.ApplicationProcess.UNIT_RECOMMENDS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_RecordUnitRecommendation (A15, table 12). Inputs: unitRecommends, unitOpinion. Stores the signed
 * opinion on the application and clears any earlier return reason. A missing decision or opinion throws
 * {@link NotValidException} (HTTP 400): the unit's task stays open.
 */
@Component
class RecordUnitRecommendationDelegate implements JavaDelegate {

	private final ApplicationService applications;

	RecordUnitRecommendationDelegate(ApplicationService applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String opinion = Opinions.require(UNIT_OPINION.get(execution), "基层单位意见（unitOpinion）", "A15，表12");
		if (UNIT_RECOMMENDS.get(execution) == null) {
			throw new NotValidException("请选择是否推荐（unitRecommends）（A15）");
		}
		this.applications.recordUnitOpinion(APPLICATION_ID.require(execution), opinion, Actor.of(execution));
		RETURN_REASON.set(execution, null);
	}

}
