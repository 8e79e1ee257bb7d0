package cn.zhicheng.publicity;

/** What is publicised: the qualified list before the meeting (Q2) or the review results (R1). */
public enum PublicitySubject {

	PRE_MEETING("会前公示", "Q2"), RESULT("评审结果公示", "R1");

	private final String label;

	private final String rule;

	PublicitySubject(String label, String rule) {
		this.label = label;
		this.rule = rule;
	}

	public String label() {
		return this.label;
	}

	public String rule() {
		return this.rule;
	}

}
