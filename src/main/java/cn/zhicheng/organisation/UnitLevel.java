package cn.zhicheng.organisation;

/** Level of an employer unit; decides the directed-post quota (DY7) and the base-level bonus (M9). */
public enum UnitLevel {

	PROVINCE("省级"), PREFECTURE("州（市）级"), COUNTY("县级"), TOWNSHIP("乡镇级");

	private final String label;

	UnitLevel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
