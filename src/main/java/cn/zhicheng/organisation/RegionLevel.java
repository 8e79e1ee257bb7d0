package cn.zhicheng.organisation;

/** Administrative levels of GB/T 2260 region codes. */
public enum RegionLevel {

	PROVINCE("省"), PREFECTURE("州（市）"), COUNTY("县（市、区）");

	private final String label;

	RegionLevel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
