package cn.zhicheng.draw;

/** Why a pool member is not a candidate of a draw. */
public enum ExclusionReason {

	INACTIVE("已停用"), TERM_NOT_STARTED("聘期未开始（E5）"), TERM_ENDED("聘期已满（E5）"), SAME_UNIT("同单位回避（E6）"),
	DECLARED_RELATION("利害关系回避（E6）");

	private final String label;

	ExclusionReason(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
