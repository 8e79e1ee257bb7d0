package cn.zhicheng.plan;

/** Where a version of the annual plan stands (N3). */
public enum PlanStatus {

	AWAITING_APPROVAL("待人社部门审批"), APPROVED("已批准（执行中）"), RETURNED("已退回"), SUPERSEDED("已被新版本替代");

	private final String label;

	PlanStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
