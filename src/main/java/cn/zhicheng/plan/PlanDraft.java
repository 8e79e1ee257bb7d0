package cn.zhicheng.plan;

import java.util.List;

/** A plan as submitted (N3): year, owning HR department (credit code), title and rows. */
public record PlanDraft(Integer planYear, String ownerCreditCode, String title, List<PlanRow> rows) {
}
