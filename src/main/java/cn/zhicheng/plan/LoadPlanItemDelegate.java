package cn.zhicheng.plan;

import static cn.zhicheng.plan.AnnualPlanProcess.CASE_COUNT;
import static cn.zhicheng.plan.AnnualPlanProcess.DUTY_REPORT;
import static cn.zhicheng.plan.AnnualPlanProcess.ITEM_DETAIL;
import static cn.zhicheng.plan.AnnualPlanProcess.ITEM_DUE_ON;
import static cn.zhicheng.plan.AnnualPlanProcess.ITEM_GROUP_ID;
import static cn.zhicheng.plan.AnnualPlanProcess.ITEM_ID;
import static cn.zhicheng.plan.AnnualPlanProcess.ITEM_KIND;
import static cn.zhicheng.plan.AnnualPlanProcess.ITEM_LATE;
import static cn.zhicheng.plan.AnnualPlanProcess.ITEM_TITLE;
import static cn.zhicheng.plan.AnnualPlanProcess.LATE_MATTER;
import static cn.zhicheng.plan.AnnualPlanProcess.PLAN_YEAR;
import static cn.zhicheng.plan.AnnualPlanProcess.UNIT_POSTS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_LoadReviewItem / Task_LoadDutyItem (N3). Input: itemId (the multi-instance element), planYear.
 * Outputs, local to the sub-process instance: itemKind, itemTitle, itemGroupId (the responsible
 * department's inbox), itemDueOn (the working day the row falls due, yyyy-MM-dd), itemDetail, and empty
 * form variables (unitPosts, dutyReport, caseCount, itemLate, lateMatter) so that parallel rows never share
 * them.
 */
@Component
class LoadPlanItemDelegate implements JavaDelegate {

	private final AnnualPlanService plans;

	LoadPlanItemDelegate(AnnualPlanService plans) {
		this.plans = plans;
	}

	@Override
	public void execute(DelegateExecution execution) {
		PlanItem item = this.plans.item(ITEM_ID.require(execution));
		execution.setVariableLocal(ITEM_KIND.name(), item.kind().name());
		execution.setVariableLocal(ITEM_TITLE.name(), item.kind().label() + "：" + item.name());
		execution.setVariableLocal(ITEM_GROUP_ID.name(), item.responsibleGroupId());
		execution.setVariableLocal(ITEM_DUE_ON.name(), item.dueOn().toString());
		execution.setVariableLocal(ITEM_DETAIL.name(), this.plans.detail(item, PLAN_YEAR.require(execution)));
		execution.setVariableLocal(ITEM_LATE.name(), false);
		execution.setVariableLocal(LATE_MATTER.name(), null);
		execution.setVariableLocal(UNIT_POSTS.name(), null);
		execution.setVariableLocal(DUTY_REPORT.name(), null);
		execution.setVariableLocal(CASE_COUNT.name(), null);
		execution.setVariableLocal("lateOpinion", null);
	}

}
