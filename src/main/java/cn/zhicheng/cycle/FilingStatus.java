package cn.zhicheng.cycle;

/** A version of the pre-meeting filing dossier (F1) at the filing authority. */
public enum FilingStatus {

	SUBMITTED("待核准"), APPROVED("已核准"), RETURNED("已退回");

	private final String label;

	FilingStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
