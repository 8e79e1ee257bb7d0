package cn.zhicheng.common;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.core.JsonToken;

/**
 * What the stored, tamper-evident documents (the draw's candidates, E1–E8; a round's opened votes, M4) share:
 * their SHA-256 digest, gzip at the fastest level, and the token check of their streaming readers.
 */
public final class SealedDocuments {

	private SealedDocuments() {
	}

	/** The SHA-256 of the bytes, lower-case hex. */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** gzip at the fastest level: the documents repeat ids and compress well at any level, and callers wait. */
	public static OutputStream fastGzip(OutputStream out) throws IOException {
		return new GZIPOutputStream(out, 8192) {
			{
				this.def.setLevel(Deflater.BEST_SPEED);
			}
		};
	}

	/** A reader's check of the next token; a document of another shape is refused. */
	public static void expect(JsonToken actual, JsonToken expected) {
		if (actual != expected) {
			throw new IllegalArgumentException("应为 " + expected + "，实为 " + actual);
		}
	}

}
