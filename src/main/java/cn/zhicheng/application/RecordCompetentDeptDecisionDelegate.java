package cn.zhicheng.application;

import static cn.zhicheng.application.ApplicationProcess.APPLICATION_ID;
import static cn.zhicheng.application.ApplicationProcess.COMPETENT_DEPT_DECISION;
import static cn.zhicheng.application.ApplicationProcess.COMPETENT_DEPT_OPINION;
import static cn.zhicheng.application.ApplicationProcess.RETURN_REASON;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_RecordCompetentDeptDecision (A16). Inputs: competentDeptDecision (APPROVE, RETURN or REJECT),
 * competentDeptOpinion. Stores the opinion; a return passes its reason to the unit (returnReason). A
 * missing or unknown decision, or a missing opinion, throws {@link NotValidException} (HTTP 400).
 */
@Component
class RecordCompetentDeptDecisionDelegate implements JavaDelegate {

	private static final Set<String> DECISIONS = Set.of("APPROVE", "RETURN", "REJECT");

	private final ApplicationService applications;

	RecordCompetentDeptDecisionDelegate(ApplicationService applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String decision = COMPETENT_DEPT_DECISION.get(execution);
		if (decision == null || !DECISIONS.contains(decision)) {
			throw new NotValidException(
					"主管部门审核结论（competentDeptDecision）应为 APPROVE（同意）、RETURN（退回补正）或 REJECT（不同意）（A16）");
		}
		String opinion = Opinions.require(COMPETENT_DEPT_OPINION.get(execution), "主管部门意见（competentDeptOpinion）", "A16");
		this.applications.recordCompetentDeptOpinion(APPLICATION_ID.require(execution), opinion, Actor.of(execution));
		RETURN_REASON.set(execution, "RETURN".equals(decision) ? "主管部门退回：" + opinion : null);
		if ("RETURN".equals(decision)) {
			// the unit decides again: its earlier decision must not stand in for a missing one (A15)
			ApplicationProcess.UNIT_RECOMMENDS.set(execution, null);
		}
	}

}
