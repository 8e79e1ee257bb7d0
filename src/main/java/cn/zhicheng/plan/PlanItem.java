package cn.zhicheng.plan;

import java.time.LocalDate;

/**
 * A stored row of an annual plan ({@code zc_plan_item}): a committee's review or a year-level duty, with
 * its deadline and the working day it falls due on ({@code dueOn}, the last working day on or before the
 * deadline), the linked review cycle, and when the duty was done or escalated.
 */
public record PlanItem(String id, String planId, int rowNo, PlanItemKind kind, String committeeCode, String name,
		String series, String titleLevel, String organiser, String responsibleGroupId, String region, String track,
		LocalDate deadline, LocalDate dueOn, String notes, String cycleId, String cycleNote, LocalDate doneOn,
		String doneBy, String outcome, LocalDate escalatedOn) {
}
