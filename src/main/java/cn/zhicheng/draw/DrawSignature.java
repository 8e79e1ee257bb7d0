package cn.zhicheng.draw;

/**
 * E2: a signature of a draw; {@code digest} is the hash chain's link after it.
 *
 * @param signedAt ISO-8601 with offset, Beijing time, as hashed
 */
public record DrawSignature(int seqNo, SignerRole signerRole, String userId, String signedAt, String opinion,
		String digest) {
}
