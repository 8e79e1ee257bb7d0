package cn.zhicheng.draw;

/** A pool member left out of a draw, with the reason in Chinese. */
record Exclusion(String userId, ExclusionReason reasonCode, String reason) {
}
