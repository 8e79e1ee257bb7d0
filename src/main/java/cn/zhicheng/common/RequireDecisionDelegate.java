package cn.zhicheng.common;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Guards a decision a person made in a form, for any new approval step an administrator draws: after the
 * user task, before the gateway that routes on the decision. Inputs (fields): {@code decisionVariable}
 * (the variable the form writes), {@code allowedDecisions} (comma-separated, e.g. {@code APPROVE,REJECT}),
 * optionally {@code opinionVariable} (a written opinion that must be present), {@code label} (what the
 * decision is called, in Chinese) and {@code rule} (the rule id for the message). Output: none. A missing
 * or unknown decision or a missing opinion throws {@link NotValidException}: the completion is refused
 * (HTTP 400 with the Chinese message) and the task stays open, so the gateway never meets a value it has
 * no flow for. Throws no BPMN error.
 */
@Component
@Scope("prototype")
@DelegateField(name = "decisionVariable", description = "表单中保存结论的变量名，如 hrBureauDecision")
@DelegateField(name = "allowedDecisions", description = "允许的结论，逗号分隔，如 APPROVE,REJECT")
@DelegateField(name = "opinionVariable", required = false, description = "必须填写的意见变量名，如 hrBureauOpinion")
@DelegateField(name = "label", required = false, description = "结论的中文名称，用于提示信息，如 县人社局审核结论")
@DelegateField(name = "rule", required = false, description = "依据的规则编号，用于提示信息，如 A16")
public class RequireDecisionDelegate implements JavaDelegate {

	/** Longest opinion accepted, as for the other opinions of the procedure (table 12). */
	static final int MAX_OPINION = 2000;

	private Expression decisionVariable;

	private Expression allowedDecisions;

	private Expression opinionVariable;

	private Expression label;

	private Expression rule;

	public void setDecisionVariable(Expression decisionVariable) {
		this.decisionVariable = decisionVariable;
	}

	public void setAllowedDecisions(Expression allowedDecisions) {
		this.allowedDecisions = allowedDecisions;
	}

	public void setOpinionVariable(Expression opinionVariable) {
		this.opinionVariable = opinionVariable;
	}

	public void setLabel(Expression label) {
		this.label = label;
	}

	public void setRule(Expression rule) {
		this.rule = rule;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String decisionName = text(this.decisionVariable, execution);
		String opinionName = text(this.opinionVariable, execution);
		Object decision = execution.getVariable(decisionName);
		Object opinion = opinionName == null ? null : execution.getVariable(opinionName);
		check(decisionName, decision, allowed(text(this.allowedDecisions, execution)), opinionName, opinion,
				text(this.label, execution), text(this.rule, execution));
	}

	/** The rule itself, without Camunda: throws {@link NotValidException} with a Chinese message. */
	static void check(String decisionName, Object decision, List<String> allowed, String opinionName, Object opinion,
			String label, String rule) {
		String what = (label == null ? "结论" : label) + "（" + decisionName + "）";
		String because = rule == null ? "" : "（" + rule + "）";
		if (decision == null || decision.toString().isBlank()) {
			throw new NotValidException("请填写" + what + "，可选：" + String.join("、", allowed) + because);
		}
		if (!allowed.contains(decision.toString())) {
			throw new NotValidException(what + "应为 " + String.join("、", allowed) + " 之一，实为“" + decision + "”" + because);
		}
		if (opinionName != null) {
			String text = opinion == null ? "" : opinion.toString().strip();
			if (text.isEmpty()) {
				throw new NotValidException("请填写意见（" + opinionName + "）" + because);
			}
			if (text.length() > MAX_OPINION) {
				throw new NotValidException("意见（" + opinionName + "）不能超过 " + MAX_OPINION + " 字，实为 " + text.length() + " 字" + because);
			}
			if (text.contains("<") || text.contains(">")) {
				throw new NotValidException("意见（" + opinionName + "）不能包含 < 或 >（输入安全）");
			}
		}
	}

	static List<String> allowed(String commaSeparated) {
		List<String> values = commaSeparated == null ? List.of()
				: Arrays.stream(commaSeparated.split("[,，]")).map(String::strip).filter(v -> !v.isEmpty()).toList();
		if (values.isEmpty()) {
			throw new NotValidException("RequireDecisionDelegate 的字段 allowedDecisions 不能为空");
		}
		return values;
	}

	private static String text(Expression expression, DelegateExecution execution) {
		if (expression == null) {
			return null;
		}
		Object value = expression.getValue(execution);
		return value == null || value.toString().isBlank() ? null : value.toString().strip();
	}

}
