package cn.zhicheng.draw;

import java.time.LocalDateTime;

/**
 * A draw attempt ({@code zc_draw}), numbered per cycle from 1 ({@code attempt}). {@code seed}, {@code drawnAt} and the other texts are stored
 * exactly as {@link DrawDigests} hashed them.
 *
 * @param resultDigest SHA-256 over the draw itself: header, candidates, exclusions and picks
 * @param digest head of the hash chain: {@code resultDigest} followed by every signature
 */
public record Draw(String id, String cycleId, int attempt, String committeeCode, int reviewYear, String processInstanceId,
		String officeGroupId, String supervisionGroupId, DrawStatus status, int memberCount, int alternateCount,
		String algorithm, String seed, String drawnAt, String drawnBy, String failureReason, String resultDigest,
		String digest, int signatureCount, LocalDateTime disclosedAt) {
}
