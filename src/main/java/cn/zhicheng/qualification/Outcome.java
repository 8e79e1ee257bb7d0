package cn.zhicheng.qualification;

/** The verdict of one rule (Q1): pass, fail, or needs human review. */
public enum Outcome {

	PASS("通过"), FAIL("不通过"), REVIEW("需人工审核");

	private final String label;

	Outcome(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
