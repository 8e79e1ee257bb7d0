package cn.zhicheng.plan;

/** A plan row held against its deadline (N3): on time, at risk, late. */
public enum ScheduleStatus {

	ON_TIME("按期"), AT_RISK("有风险"), LATE("已逾期");

	private final String label;

	ScheduleStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
