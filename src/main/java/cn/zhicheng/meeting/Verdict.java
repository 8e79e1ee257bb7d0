package cn.zhicheng.meeting;

/** Why an applicant passed or failed at the tally (M4, M5, M8), or that a run-off decides. */
public enum Verdict {

	PASSED("通过"), VETOED("一票否决（M8）"), BELOW_TWO_THIRDS("同意票未达出席评委的三分之二（M4）"),
	OVER_CAP("超出通过比例，未入选（M5）"), RUN_OFF("同票，另行投票（M5）");

	private final String label;

	Verdict(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
