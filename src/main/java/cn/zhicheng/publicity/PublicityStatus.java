package cn.zhicheng.publicity;

/** Where a publicity stands: complaints are accepted only while it is {@link #RUNNING}. */
public enum PublicityStatus {

	PREPARED("待公示"), RUNNING("公示中"), PERIOD_OVER("公示期满，投诉处理中"), CLOSED("公示结束");

	private final String label;

	PublicityStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
