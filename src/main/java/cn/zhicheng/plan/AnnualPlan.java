package cn.zhicheng.plan;

import java.time.LocalDateTime;

/** A stored version of an annual plan (row of {@code zc_plan}, N3). */
public record AnnualPlan(String id, int planYear, int version, String ownerGroupId, String title, PlanStatus status,
		String source, String processInstanceId, String decisionOpinion, String decidedBy, LocalDateTime decidedAt,
		LocalDateTime createdAt, String createdBy) {
}
