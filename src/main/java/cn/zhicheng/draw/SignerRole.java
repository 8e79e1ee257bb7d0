package cn.zhicheng.draw;

/** E2: who signs a draw: three committee-office staff and one supervisor. */
public enum SignerRole {

	OFFICE("评委会组建部门工作人员", 3), SUPERVISOR("监督人员", 1);

	private final String label;

	private final int required;

	SignerRole(String label, int required) {
		this.label = label;
		this.required = required;
	}

	public String label() {
		return this.label;
	}

	/** E2: how many distinct people of this role sign. */
	public int required() {
		return this.required;
	}

	static int totalRequired() {
		int total = 0;
		for (SignerRole role : values()) {
			total += role.required;
		}
		return total;
	}

}
