package cn.zhicheng.cycle;

/** Where a version of the post-filing stands (PF1–PF3). */
public enum PostFilingStatus {

	SUBMITTED("已报送"), CHECKED("已审核，待备案"), APPROVED("已核准备案"), RETURNED("已退回");

	private final String label;

	PostFilingStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
