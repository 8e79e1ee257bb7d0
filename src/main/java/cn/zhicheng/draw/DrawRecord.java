package cn.zhicheng.draw;

import java.util.List;

/** Everything stored about a draw. */
record DrawRecord(Draw draw, List<String> candidates, List<Exclusion> exclusions, List<DrawPick> picks,
		List<DrawSignature> signatures) {
}
