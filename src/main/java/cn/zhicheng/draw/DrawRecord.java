package cn.zhicheng.draw;

import java.util.List;

/**
 * Everything stored about a draw. {@code candidates} and {@code exclusions} come from its candidate
 * document ({@link DrawDocument}); {@code documentProblem} says why they could not be read or do not match
 * the digest the draw recorded (then they are empty), null when intact.
 */
record DrawRecord(Draw draw, List<String> candidates, List<Exclusion> exclusions, List<DrawPick> picks,
		List<DrawSignature> signatures, String documentProblem) {
}
