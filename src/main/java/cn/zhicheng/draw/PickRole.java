package cn.zhicheng.draw;

/** A drawn expert is a member of the committee or an alternate (备用评委, E1). */
public enum PickRole {

	MEMBER("评委"), ALTERNATE("备用评委");

	private final String label;

	PickRole(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
