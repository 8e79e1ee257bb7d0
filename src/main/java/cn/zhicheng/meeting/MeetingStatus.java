package cn.zhicheng.meeting;

/** Where a review meeting stands. */
public enum MeetingStatus {

	PREPARED("筹备中"), NOT_OPENED("未达开会条件"), RESCHEDULED("已改期"), REVIEWING("专家审阅中"), BALLOTING("投票中"),
	COUNTED("已计票"), SIGNED("已签字"), CLOSED("已结束");

	private final String label;

	MeetingStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
