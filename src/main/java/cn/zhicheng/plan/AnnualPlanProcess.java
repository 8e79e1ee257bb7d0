package cn.zhicheng.plan;

import java.util.List;

import cn.zhicheng.common.ProcessVariable;

/** processes/annual-plan.bpmn: its key, task ids and variables (N3, DY7, AR3, N1). */
public final class AnnualPlanProcess {

	public static final String KEY = "annualPlan";

	/** The owning HR department approves the plan version (N3). */
	public static final String TASK_APPROVE_PLAN = "Task_ApprovePlan";

	public static final String TASK_RECORD_PLAN_DECISION = "Task_RecordPlanDecision";

	public static final String TASK_START_PLANNED_CYCLES = "Task_StartPlannedCycles";

	/** A year-level duty in the responsible department's inbox (DY7, AR3, N1). */
	public static final String TASK_FULFIL_DUTY = "Task_FulfilDuty";

	/** The owning HR department handles a duty not done by its deadline. */
	public static final String TASK_HANDLE_LATE_DUTY = "Task_HandleLateDuty";

	/** The owning HR department handles a committee whose review is not done by the plan deadline. */
	public static final String TASK_HANDLE_LATE_REVIEW = "Task_HandleLateReview";

	public static final ProcessVariable<String> PLAN_ID = ProcessVariable.of("planId", String.class);

	public static final ProcessVariable<Integer> PLAN_YEAR = ProcessVariable.of("planYear", Integer.class);

	public static final ProcessVariable<String> PLAN_TITLE = ProcessVariable.of("planTitle", String.class);

	/** The owning HR department's group: approval and escalations go to its inbox. */
	public static final ProcessVariable<String> OWNER_GROUP_ID = ProcessVariable.of("ownerGroupId", String.class);

	/** The rows as the approval form shows them. */
	public static final ProcessVariable<String> PLAN_SUMMARY = ProcessVariable.of("planSummary", String.class);

	/** APPROVE or RETURN, with {@link #PLAN_OPINION}. */
	public static final ProcessVariable<String> PLAN_DECISION = ProcessVariable.of("planDecision", String.class);

	public static final ProcessVariable<String> PLAN_OPINION = ProcessVariable.of("planOpinion", String.class);

	public static final ProcessVariable<Boolean> PLAN_APPROVED = ProcessVariable.of("planApproved", Boolean.class);

	/** The review rows (held against their deadlines by timers) and the duty rows (tasks). */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static final ProcessVariable<List<String>> REVIEW_ITEM_IDS = ProcessVariable.of("reviewItemIds",
			(Class<List<String>>) (Class) List.class);

	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static final ProcessVariable<List<String>> DUTY_ITEM_IDS = ProcessVariable.of("dutyItemIds",
			(Class<List<String>>) (Class) List.class);

	// per row, inside the multi-instance sub-processes
	/** The row of this sub-process instance (element variable of the multi-instance). */
	public static final ProcessVariable<String> ITEM_ID = ProcessVariable.of("itemId", String.class);

	public static final ProcessVariable<String> ITEM_KIND = ProcessVariable.of("itemKind", String.class);

	public static final ProcessVariable<String> ITEM_TITLE = ProcessVariable.of("itemTitle", String.class);

	/** The inbox of a duty: the responsible department's group. */
	public static final ProcessVariable<String> ITEM_GROUP_ID = ProcessVariable.of("itemGroupId", String.class);

	/** The working day the row falls due (yyyy-MM-dd); the timers fire at its end. */
	public static final ProcessVariable<String> ITEM_DUE_ON = ProcessVariable.of("itemDueOn", String.class);

	/** What the duty asks for, as its form shows it. */
	public static final ProcessVariable<String> ITEM_DETAIL = ProcessVariable.of("itemDetail", String.class);

	public static final ProcessVariable<Boolean> ITEM_LATE = ProcessVariable.of("itemLate", Boolean.class);

	/** Why the row is late, for the HR department's form. */
	public static final ProcessVariable<String> LATE_MATTER = ProcessVariable.of("lateMatter", String.class);

	// the duty forms
	/** DY7: one line per unit: credit code, intermediate-title staff, vacant senior posts. */
	public static final ProcessVariable<String> UNIT_POSTS = ProcessVariable.of("unitPosts", String.class);

	/** AR3 / N1: the report (work summary, typical cases, pool renewal). */
	public static final ProcessVariable<String> DUTY_REPORT = ProcessVariable.of("dutyReport", String.class);

	/** AR3: number of typical cases reported (1–2). */
	public static final ProcessVariable<Number> CASE_COUNT = ProcessVariable.of("caseCount", Number.class);

	private AnnualPlanProcess() {
	}

}
