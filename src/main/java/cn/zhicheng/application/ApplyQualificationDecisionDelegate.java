package cn.zhicheng.application;

import static cn.zhicheng.application.ApplicationProcess.APPLICATION_ID;
import static cn.zhicheng.application.ApplicationProcess.HR_DECISION;
import static cn.zhicheng.application.ApplicationProcess.HR_OPINION;
import static cn.zhicheng.application.ApplicationProcess.OFFICE_DECISION;
import static cn.zhicheng.application.ApplicationProcess.OFFICE_OPINION;
import static cn.zhicheng.application.ApplicationProcess.QUALIFICATION_FINDINGS;
import static cn.zhicheng.application.ApplicationProcess.QUALIFICATION_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_ApplyQualificationDecision (Q1). Inputs: officeDecision/officeOpinion (committee office) and
 * hrDecision/hrOpinion (HR bureau), each QUALIFIED or NOT_QUALIFIED; the HR bureau's confirmation is
 * final. Outputs: qualificationOutcome PASS or FAIL, with the people's reasons added to the findings.
 */
@Component
class ApplyQualificationDecisionDelegate implements JavaDelegate {

	private final ApplicationService applications;

	ApplyQualificationDecisionDelegate(ApplicationService applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String office = decision(OFFICE_DECISION.get(execution), "officeDecision", "评委会办公室复核意见");
		String hr = decision(HR_DECISION.get(execution), "hrDecision", "人社部门确认意见");
		boolean qualified = "QUALIFIED".equals(hr);
		this.applications.changeStatus(APPLICATION_ID.require(execution),
				qualified ? ApplicationStatus.QUALIFIED : ApplicationStatus.NOT_QUALIFIED);
		QUALIFICATION_OUTCOME.set(execution, qualified ? "PASS" : "FAIL");
		String findings = QUALIFICATION_FINDINGS.get(execution);
		QUALIFICATION_FINDINGS.set(execution, "【人工复核（Q1）】评委会办公室：" + label(office) + "，" + text(OFFICE_OPINION.get(execution))
				+ "；人社部门：" + label(hr) + "，" + text(HR_OPINION.get(execution)) + (findings == null ? "" : "\n" + findings));
	}

	private static String decision(String value, String field, String label) {
		if (!"QUALIFIED".equals(value) && !"NOT_QUALIFIED".equals(value)) {
			throw new NotValidException(label + "（" + field + "）应为 QUALIFIED（符合条件）或 NOT_QUALIFIED（不符合条件）（Q1）");
		}
		return value;
	}

	private static String label(String decision) {
		return "QUALIFIED".equals(decision) ? "符合条件" : "不符合条件";
	}

	private static String text(String opinion) {
		return opinion == null || opinion.isBlank() ? "（无意见）" : opinion.strip();
	}

}
