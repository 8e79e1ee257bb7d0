package cn.zhicheng.publicity;

/** An applicant on a publicity list: listed, or removed after an upheld complaint (Q2, R2). */
public enum EntryStatus {

	LISTED("公示中"), REMOVED("投诉查实，已取消");

	private final String label;

	EntryStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
