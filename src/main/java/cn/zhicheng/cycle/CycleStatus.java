package cn.zhicheng.cycle;

/** Where a review cycle stands. */
public enum CycleStatus {

	DRAFTING("起草评审通知"), AWAITING_APPROVAL("评审通知待人社部门审核"), PUBLISHED("评审通知已发布，受理申报中"),
	WINDOW_CLOSED("申报已截止，资格审查中"), PRE_MEETING_PUBLICITY("会前公示中"), FILING("会前备案中"),
	FILING_APPROVED("会前备案已核准"), EXPERT_DRAW("抽取评审专家"), READY_FOR_MEETING("评审会议进行中"), MEETING_HELD("评审会议已结束，待结果公示"),
	RESULT_PUBLICITY("评审结果公示中"), POST_FILING("会后备案中"), POST_FILING_APPROVED("会后备案已核准，发文发证中"), ARCHIVING("归档中"),
	ARCHIVED("已归档"),
	CLOSED_NO_APPLICANTS("无资格审查通过人员，本年度不召开评审会议"), CANCELLED("已撤销");

	private final String label;

	CycleStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Whether the review meeting has been held (every stage after it: result publicity, post-filing, archive). */
	public boolean meetingHeld() {
		return this == MEETING_HELD || this == RESULT_PUBLICITY || this == POST_FILING || this == POST_FILING_APPROVED
				|| this == ARCHIVING || this == ARCHIVED;
	}

	/** Whether the notice has been published (the public pages show it). */
	public boolean published() {
		return this != DRAFTING && this != AWAITING_APPROVAL && this != CANCELLED;
	}

}
