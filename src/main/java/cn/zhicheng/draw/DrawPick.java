package cn.zhicheng.draw;

/** One drawn expert: position in the order drawn (from 1), and member or alternate. */
public record DrawPick(int seqNo, String userId, PickRole pickRole) {
}
