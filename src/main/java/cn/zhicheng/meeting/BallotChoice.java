package cn.zhicheng.meeting;

/** M4: what an expert may mark for each applicant on a secret ballot. */
public enum BallotChoice {

	YES("同意"), NO("不同意"), ABSTAIN("弃权");

	private final String label;

	BallotChoice(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
