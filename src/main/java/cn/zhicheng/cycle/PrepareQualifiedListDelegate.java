package cn.zhicheng.cycle;

import static cn.zhicheng.cycle.ReviewCycleProcess.CYCLE_ID;
import static cn.zhicheng.cycle.ReviewCycleProcess.LIST_CONFIRMED;
import static cn.zhicheng.cycle.ReviewCycleProcess.QUALIFIED_SUMMARY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PrepareQualifiedList (Q1, Q2): the applications of the committee and year that passed the
 * qualification check, as the office's confirmation form shows them (qualifiedSummary).
 */
@Component
class PrepareQualifiedListDelegate implements JavaDelegate {

	private final ReviewCycleService cycles;

	PrepareQualifiedListDelegate(ReviewCycleService cycles) {
		this.cycles = cycles;
	}

	@Override
	public void execute(DelegateExecution execution) {
		QUALIFIED_SUMMARY.set(execution, cn.zhicheng.common.FormText.fit(
				this.cycles.qualifiedSummary(this.cycles.require(CYCLE_ID.require(execution))), "完整名单见申报列表和导出的资格审查结果"));
		LIST_CONFIRMED.set(execution, false);
	}

}
