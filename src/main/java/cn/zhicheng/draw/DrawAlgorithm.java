package cn.zhicheng.draw;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * E1: the random draw, reproducible from its seed so that a supervisor can re-run it (verify).
 * <p>
 * Version {@value #NAME}, written so that an auditor can re-implement it in any language:
 * <ol>
 * <li>Seed: 32 bytes from {@link SecureRandom}, stored as 64 lower-case hex characters.</li>
 * <li>Random stream: blocks SHA-256(seed ‖ counter), the counter an 8-byte big-endian integer from 0;
 * each 32-byte block is read as four unsigned 64-bit big-endian integers.</li>
 * <li>An integer in [0, b): take the next integer x; if x ≥ ⌊(2^64−1)/b⌋·b, reject it and take the next
 * (so every value is equally likely); else x mod b.</li>
 * <li>Selection: partial Fisher–Yates over the candidate list a (sorted by login): for i = 0 … k−1,
 * j = i + next(n − i), swap a[i] and a[j]. a[0 … k) is the result in the order drawn.</li>
 * </ol>
 * Pure and thread-safe; no engine, no database.
 */
final class DrawAlgorithm {

	static final String NAME = "SHA256-FISHER-YATES-1";

	private static final SecureRandom SECURE_RANDOM = new SecureRandom();

	private DrawAlgorithm() {
	}

	/** A fresh seed: 32 random bytes as 64 hex characters. */
	static String newSeed() {
		byte[] seed = new byte[32];
		SECURE_RANDOM.nextBytes(seed);
		return HexFormat.of().formatHex(seed);
	}

	/** The first {@code picks} candidates of the seed's permutation, in the order drawn. */
	static List<String> draw(String seedHex, List<String> candidates, int picks) {
		if (picks < 0 || picks > candidates.size()) {
			throw new IllegalArgumentException("cannot draw " + picks + " of " + candidates.size());
		}
		String[] a = candidates.toArray(new String[0]);
		Stream stream = new Stream(HexFormat.of().parseHex(seedHex));
		for (int i = 0; i < picks; i++) {
			int j = i + stream.nextInt(a.length - i);
			String swap = a[i];
			a[i] = a[j];
			a[j] = swap;
		}
		return new ArrayList<>(List.of(a).subList(0, picks));
	}

	/** The SHA-256 counter-mode stream of step 2 and the unbiased integers of step 3. */
	static final class Stream {

		private final byte[] seed;

		private long counter;

		private ByteBuffer block = ByteBuffer.allocate(0);

		Stream(byte[] seed) {
			this.seed = seed.clone();
		}

		long nextLong() {
			if (this.block.remaining() < Long.BYTES) {
				this.block = ByteBuffer.wrap(sha256(this.seed, this.counter++));
			}
			return this.block.getLong();
		}

		int nextInt(int bound) {
			if (bound <= 0) {
				throw new IllegalArgumentException("bound must be positive");
			}
			long limit = Long.divideUnsigned(-1L, bound) * bound;
			while (true) {
				long x = nextLong();
				if (Long.compareUnsigned(x, limit) < 0) {
					return (int) Long.remainderUnsigned(x, bound);
				}
			}
		}

		private static byte[] sha256(byte[] seed, long counter) {
			try {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				digest.update(seed);
				digest.update(ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
				return digest.digest();
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
			}
		}

	}

}
