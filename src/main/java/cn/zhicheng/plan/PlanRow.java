package cn.zhicheng.plan;

/**
 * One row of a plan as entered (JSON API, form) or read from the spreadsheet, before validation. Dates are
 * yyyy-MM-dd. {@code kind}: 评审 / 核定定向评价岗位 / 报送工作总结 / 报送典型案例 / 专家库换届 (or the enum names);
 * {@code titleLevel}: 初级 / 中级 / 副高级 / 正高级 (or enum names); {@code track}: 普通评价 / 定向评价 (GENERAL /
 * DIRECTED).
 */
public record PlanRow(String kind, String committeeCode, String name, String series, String titleLevel,
		String organiser, String responsibleCreditCode, String region, String track, String deadline, String notes) {
}
