package cn.zhicheng.draw;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import cn.zhicheng.common.SealedDocuments;

/**
 * What a draw was drawn from (E1, E5, E6) as one document: the ordered candidate list and the pool members
 * left out with their reasons, stored gzip-compressed in {@code zc_draw_document}; the draw row keeps the
 * SHA-256 of its uncompressed bytes next to its seed (issue 11: one statement instead of one row per
 * candidate of a pool of 10 000).
 * <p>
 * Format {@value #FORMAT}, for an auditor in any language: gunzip, then UTF-8 JSON
 * <pre>
 * {"format":"zhicheng-draw-candidates-1",
 *  "candidates":["login", …],                     (in the order the draw algorithm starts from)
 *  "exclusions":[{"userId":…,"reasonCode":…,"reason":…}, …]}   (by login, then reason code)
 * </pre>
 * The digest is SHA-256 over exactly these bytes, in lower-case hex. The draw's result digest
 * ({@link DrawDigests}) covers the candidates and exclusions themselves, so a document rewritten together
 * with its digest still breaks the draw's hash chain.
 */
public final class DrawDocument {

	public static final String FORMAT = "zhicheng-draw-candidates-1";

	private static final JsonFactory JSON = new JsonFactory();

	private DrawDocument() {
	}

	/** A document ready to store: the digest of its JSON and the gzip of it. */
	public record Stored(String digest, byte[] content, int candidateCount, int exclusionCount) {
	}

	/** A document read back: its lists, or why it cannot be trusted (then the lists are empty). */
	record Content(List<String> candidates, List<Exclusion> exclusions, String problem) {

		static Content broken(String problem) {
			return new Content(List.of(), List.of(), problem);
		}

	}

	static Stored of(List<String> candidates, List<Exclusion> exclusions) {
		List<String[]> rows = new ArrayList<>(exclusions.size());
		exclusions.stream()
			.sorted(java.util.Comparator.comparing(Exclusion::userId).thenComparing(x -> x.reasonCode().name()))
			.forEach(x -> rows.add(new String[] { x.userId(), x.reasonCode().name(), x.reason() }));
		return encode(candidates, rows);
	}

	/**
	 * The document of {@code candidates} (in order) and {@code exclusions} (each user id, reason code, reason;
	 * written in the order given). Public for the migration of the draws stored as rows (V16).
	 */
	public static Stored encode(List<String> candidates, List<String[]> exclusions) {
		ByteArrayOutputStream json = new ByteArrayOutputStream(16 + candidates.size() * 12 + exclusions.size() * 160);
		try (JsonGenerator out = JSON.createGenerator(json, JsonEncoding.UTF8)) {
			out.writeStartObject();
			out.writeStringField("format", FORMAT);
			out.writeArrayFieldStart("candidates");
			for (String candidate : candidates) {
				out.writeString(candidate);
			}
			out.writeEndArray();
			out.writeArrayFieldStart("exclusions");
			for (String[] exclusion : exclusions) {
				out.writeStartObject();
				out.writeStringField("userId", exclusion[0]);
				out.writeStringField("reasonCode", exclusion[1]);
				out.writeStringField("reason", exclusion[2]);
				out.writeEndObject();
			}
			out.writeEndArray();
			out.writeEndObject();
		}
		catch (IOException ex) {
			throw new IllegalStateException("抽取候选名单文档无法生成", ex);
		}
		byte[] bytes = json.toByteArray();
		ByteArrayOutputStream gzip = new ByteArrayOutputStream(bytes.length / 4 + 64);
		try (OutputStream out = SealedDocuments.fastGzip(gzip)) {
			out.write(bytes);
		}
		catch (IOException ex) {
			throw new IllegalStateException("抽取候选名单文档无法压缩", ex);
		}
		return new Stored(sha256(bytes), gzip.toByteArray(), candidates.size(), exclusions.size());
	}

	/** Reads a stored document and checks it against {@code expectedDigest}; never throws on bad content. */
	static Content read(byte[] content, String expectedDigest) {
		if (content == null) {
			return Content.broken("抽取记录缺少候选名单文档（摘要 " + expectedDigest + "），记录已被改动");
		}
		byte[] bytes;
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
			bytes = in.readAllBytes();
		}
		catch (IOException ex) {
			return Content.broken("候选名单文档无法解压，记录已被改动");
		}
		if (!sha256(bytes).equals(expectedDigest)) {
			return Content.broken("候选名单文档与抽取记录中的摘要不符，候选名单或回避名单已被改动");
		}
		try (JsonParser in = JSON.createParser(bytes)) {
			String format = null;
			List<String> candidates = new ArrayList<>();
			List<Exclusion> exclusions = new ArrayList<>();
			SealedDocuments.expect(in.nextToken(), JsonToken.START_OBJECT);
			while (in.nextToken() == JsonToken.FIELD_NAME) {
				String field = in.currentName();
				JsonToken value = in.nextToken();
				switch (field) {
					case "format" -> format = in.getValueAsString();
					case "candidates" -> {
						SealedDocuments.expect(value, JsonToken.START_ARRAY);
						while (in.nextToken() == JsonToken.VALUE_STRING) {
							candidates.add(in.getText());
						}
						SealedDocuments.expect(in.currentToken(), JsonToken.END_ARRAY);
					}
					case "exclusions" -> {
						SealedDocuments.expect(value, JsonToken.START_ARRAY);
						while (in.nextToken() == JsonToken.START_OBJECT) {
							exclusions.add(exclusion(in));
						}
						SealedDocuments.expect(in.currentToken(), JsonToken.END_ARRAY);
					}
					default -> in.skipChildren();
				}
			}
			if (!FORMAT.equals(format)) {
				return Content.broken("不认识的候选名单文档格式：" + format);
			}
			return new Content(List.copyOf(candidates), List.copyOf(exclusions), null);
		}
		catch (IOException | IllegalArgumentException ex) {
			return Content.broken("候选名单文档格式错误：" + ex.getMessage());
		}
	}

	private static Exclusion exclusion(JsonParser in) throws IOException {
		String userId = null;
		String code = null;
		String reason = null;
		while (in.nextToken() == JsonToken.FIELD_NAME) {
			String field = in.currentName();
			in.nextToken();
			switch (field) {
				case "userId" -> userId = in.getValueAsString();
				case "reasonCode" -> code = in.getValueAsString();
				case "reason" -> reason = in.getValueAsString();
				default -> in.skipChildren();
			}
		}
		if (userId == null || code == null || reason == null) {
			throw new IllegalArgumentException("回避记录不完整");
		}
		return new Exclusion(userId, ExclusionReason.valueOf(code), reason);
	}

	static String sha256(byte[] bytes) {
		return SealedDocuments.sha256(bytes);
	}

}
