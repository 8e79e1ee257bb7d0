package cn.zhicheng.meeting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import cn.zhicheng.common.SealedDocuments;

/**
 * The opened votes of one ballot round (M4) as one document, stored gzip-compressed in {@code zc_ballot_count}
 * with the SHA-256 of its uncompressed bytes (issue 11: the tally of 500 applicants × 25 experts ≤ 200 ms; one
 * row instead of one row per vote, which cost most of the count).
 * <p>
 * It holds exactly what the vote rows held, and nothing more: one entry per applicant per paper, the applicant
 * and the choice, in the SecureRandom-shuffled order of the count; no expert, no time, no paper boundary. Its
 * order is the only order the votes have, and it is random, so no part of it is a ballot (M4).
 * <p>
 * Format {@value #FORMAT}, for an auditor in any language: gunzip, then UTF-8 JSON
 * <pre>
 * {"format":"zhicheng-ballot-votes-1","meetingId":"…","round":1,
 *  "votes":[["applicationId","YES"|"NO"|"ABSTAIN"], …]}          (in the shuffled order)
 * </pre>
 * The digest is SHA-256 over exactly these bytes, in lower-case hex. A recount reads the document, checks the
 * digest, meeting and round, and counts the votes again ({@link #totals()}).
 */
public final class BallotVotes {

	public static final String FORMAT = "zhicheng-ballot-votes-1";

	private static final JsonFactory JSON = new JsonFactory();

	/** One opened vote: the applicant and the choice; nothing else (M4). */
	public record Vote(String applicationId, BallotChoice choice) {
	}

	/** A document ready to store: the digest of its JSON, the gzip of it, and how many votes it holds. */
	public record Stored(String digest, byte[] content, int voteCount) {
	}

	private final List<Vote> votes;

	private BallotVotes(List<Vote> votes) {
		this.votes = votes;
	}

	/** The given votes, as they will be stored: for counting what {@link #encode} writes without reading it back. */
	static BallotVotes of(List<Vote> votes) {
		return new BallotVotes(List.copyOf(votes));
	}

	/** The votes in their stored (shuffled) order. */
	public List<Vote> votes() {
		return this.votes;
	}

	/** Yes, no and abstention counts per applicant ({@link BallotChoice#ordinal()} order), by first appearance. */
	public Map<String, int[]> totals() {
		Map<String, int[]> totals = new LinkedHashMap<>();
		for (Vote vote : this.votes) {
			totals.computeIfAbsent(vote.applicationId(), id -> new int[BallotChoice.values().length])[vote.choice()
				.ordinal()]++;
		}
		return totals;
	}

	/**
	 * The document of a round's {@code votes}, written in the order given (the caller shuffled them). Public for
	 * the migration of the votes stored as rows (V17).
	 */
	public static Stored encode(String meetingId, int round, List<Vote> votes) {
		ByteArrayOutputStream json = new ByteArrayOutputStream(128 + votes.size() * 48);
		try (JsonGenerator out = JSON.createGenerator(json, JsonEncoding.UTF8)) {
			out.writeStartObject();
			out.writeStringField("format", FORMAT);
			out.writeStringField("meetingId", meetingId);
			out.writeNumberField("round", round);
			out.writeArrayFieldStart("votes");
			for (Vote vote : votes) {
				out.writeStartArray();
				out.writeString(vote.applicationId());
				out.writeString(vote.choice().name());
				out.writeEndArray();
			}
			out.writeEndArray();
			out.writeEndObject();
		}
		catch (IOException ex) {
			throw new IllegalStateException("计票文档无法生成", ex);
		}
		byte[] bytes = json.toByteArray();
		ByteArrayOutputStream gzip = new ByteArrayOutputStream(bytes.length / 4 + 64);
		try (OutputStream out = SealedDocuments.fastGzip(gzip)) {
			out.write(bytes);
		}
		catch (IOException ex) {
			throw new IllegalStateException("计票文档无法压缩", ex);
		}
		return new Stored(sha256(bytes), gzip.toByteArray(), votes.size());
	}

	/**
	 * Reads a stored document of {@code meetingId}'s round {@code round} and checks it against
	 * {@code expectedDigest}.
	 * @throws IllegalStateException naming what does not match: the stored votes can no longer be trusted
	 */
	public static BallotVotes read(String meetingId, int round, byte[] content, String expectedDigest) {
		String where = "会议" + meetingId + "第" + round + "轮";
		if (content == null) {
			throw new IllegalStateException(where + "缺少计票文档，投票记录已被改动（M4）");
		}
		byte[] bytes;
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
			bytes = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(where + "的计票文档无法解压，投票记录已被改动（M4）", ex);
		}
		if (!sha256(bytes).equals(expectedDigest)) {
			throw new IllegalStateException(where + "的计票文档与其摘要不符，投票记录已被改动（M4）");
		}
		try (JsonParser in = JSON.createParser(bytes)) {
			String format = null;
			String meeting = null;
			Integer number = null;
			List<Vote> votes = new ArrayList<>();
			SealedDocuments.expect(in.nextToken(), JsonToken.START_OBJECT);
			while (in.nextToken() == JsonToken.FIELD_NAME) {
				String field = in.currentName();
				JsonToken value = in.nextToken();
				switch (field) {
					case "format" -> format = in.getValueAsString();
					case "meetingId" -> meeting = in.getValueAsString();
					case "round" -> number = in.getIntValue();
					case "votes" -> {
						SealedDocuments.expect(value, JsonToken.START_ARRAY);
						while (in.nextToken() == JsonToken.START_ARRAY) {
							SealedDocuments.expect(in.nextToken(), JsonToken.VALUE_STRING);
							String applicationId = in.getText();
							SealedDocuments.expect(in.nextToken(), JsonToken.VALUE_STRING);
							BallotChoice choice = BallotChoice.valueOf(in.getText());
							SealedDocuments.expect(in.nextToken(), JsonToken.END_ARRAY);
							votes.add(new Vote(applicationId, choice));
						}
						SealedDocuments.expect(in.currentToken(), JsonToken.END_ARRAY);
					}
					default -> in.skipChildren();
				}
			}
			if (!FORMAT.equals(format)) {
				throw new IllegalStateException(where + "的计票文档格式不认识：" + format);
			}
			if (!meetingId.equals(meeting) || number == null || number != round) {
				throw new IllegalStateException(where + "的计票文档属于会议" + meeting + "第" + number + "轮，投票记录已被改动（M4）");
			}
			return new BallotVotes(List.copyOf(votes));
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new IllegalStateException(where + "的计票文档格式错误：" + ex.getMessage(), ex);
		}
	}

	static String sha256(byte[] bytes) {
		return SealedDocuments.sha256(bytes);
	}

}
