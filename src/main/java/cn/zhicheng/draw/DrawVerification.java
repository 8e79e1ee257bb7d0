package cn.zhicheng.draw;

import java.util.List;

/**
 * The outcome of re-running and re-hashing a draw.
 *
 * @param reproduced re-running the algorithm on the recorded seed and candidates gives the recorded result
 * @param chainIntact every digest of the hash chain recomputes to the stored value
 * @param anchor MATCH, MISMATCH or UNAVAILABLE: the result digest against the copy kept in the engine's
 * history when the draw was made
 * @param problems in Chinese; empty when {@code valid}
 */
public record DrawVerification(String drawId, boolean valid, boolean reproduced, boolean chainIntact, String anchor,
		String digest, List<String> problems) {
}
