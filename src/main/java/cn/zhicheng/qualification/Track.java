package cn.zhicheng.qualification;

/** Review track: the ordinary title valid province- or region-wide, or a directed title (双定向). */
public enum Track {

	GENERAL("通用职称（全省、全区有效）"), DIRECTED("定向评价职称（定向评价、定向使用）");

	private final String label;

	Track(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
