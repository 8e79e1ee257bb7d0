package cn.zhicheng.organisation;

/** A committee is organised by series or by specialty; this fixes its minimum size (E3). */
public enum OrganisedBy {

	SERIES("按系列组建", 25), SPECIALTY("按专业组建", 11);

	private final String label;

	private final int minimumSeniorMembers;

	OrganisedBy(String label, int minimumSeniorMembers) {
		this.label = label;
		this.minimumSeniorMembers = minimumSeniorMembers;
	}

	public String label() {
		return this.label;
	}

	/** E3: senior committees have at least 25 (by series) or 11 (by specialty) experts. */
	public int minimumSeniorMembers() {
		return this.minimumSeniorMembers;
	}

}
