package cn.zhicheng.draw;

/** Where a draw stands. */
public enum DrawStatus {

	/** Drawn; waiting for the four signatures (E2). */
	SIGNING("待签名"),
	/** Signed by three committee-office staff and the supervisor (E2). */
	SIGNED("已签名"),
	/** The pool could not supply the committee (or the committee's size broke E3); nothing was drawn. */
	FAILED("抽取失败");

	private final String label;

	DrawStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
