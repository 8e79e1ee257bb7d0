package cn.zhicheng.publicity;

/** A complaint (R2): received and under investigation, then upheld or dismissed with a reason. */
public enum ComplaintStatus {

	RECEIVED("调查核实中"), UPHELD("属实"), DISMISSED("不属实");

	private final String label;

	ComplaintStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
