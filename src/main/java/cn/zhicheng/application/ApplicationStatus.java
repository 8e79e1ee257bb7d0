package cn.zhicheng.application;

/** Where an application stands. */
public enum ApplicationStatus {

	SUBMITTED("已提交"), WITHDRAWN("已撤回"), NOT_RECOMMENDED("未推荐"), IN_QUALIFICATION_CHECK("资格审查中"),
	IN_QUALIFICATION_REVIEW("资格复核中"), QUALIFIED("资格审查通过"), NOT_QUALIFIED("资格审查未通过"), PASSED("评审通过"),
	NOT_PASSED("评审未通过"), REMOVED_BY_COMPLAINT("因投诉查实取消评审资格"), RESULT_REVOKED("评审结果已撤销"),
	APPOINTED("已聘任");

	private final String label;

	ApplicationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The applicant can withdraw until the qualification check. */
	public boolean withdrawable() {
		return this == SUBMITTED;
	}

}
