package cn.zhicheng.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import cn.zhicheng.application.ApplicationFixtures;
import cn.zhicheng.cycle.CycleDriver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10 item 3: the bad-input corpus {@code src/test/resources/bad-input/corpus.jsonl} (one JSON object
 * per line, written by {@code src/test/corpus/generate_bad_input.py} or by hand). Fields of a case:
 * <ul>
 * <li>{@code name}, {@code method}, {@code path} (placeholders as in {@link SecurityTestSupport.Fixture}),
 * {@code user} (null: anonymous; password demo)</li>
 * <li>the body: {@code body} (any JSON), or {@code base} (FORM: a valid 申报评审表 of 洱源县第一中学 with a fresh ID
 * number; FORM_TASKLIST: the same as Tasklist start-form variables; BALLOT, RECOMMEND, DEPT, NOTICE: valid
 * task forms; APPROVAL, INVESTIGATION, PLAN: notice approval, complaint investigation, plan approval;
 * COMPLAINT: a valid public complaint) changed by {@code set} and {@code remove}; with
 * {@code engine: true} the body is sent as Camunda variables (a value that is itself an object with
 * {@code value} is sent as it is, so that a wrong {@code type} can be given); or {@code raw} /
 * {@code rawRepeat} text; or {@code multipart} (fields and one file whose content is PDF, PNG, EXE, EMPTY,
 * TEXT:…, PDF_SIZE:n). {@code {"$repeat": "字", "times": 2001}} stands for a long text anywhere.</li>
 * <li>{@code contentType} (default application/json with a body), {@code clock} (the engine clock, Beijing
 * time, for the request)</li>
 * </ul>
 * Each case must be answered with a 4xx, never a 500; the answer of our own API ({@code /api},
 * {@code /public}) and of every engine REST form submission must carry a Chinese message; and nothing may be
 * stored: every {@code zc_*} table and the engine's runtime tables keep their row counts.
 */
class BadInputCorpusTest extends SecurityTestSupport {

	static Stream<Arguments> corpus() throws IOException {
		List<Arguments> cases = new ArrayList<>();
		try (InputStream in = BadInputCorpusTest.class.getResourceAsStream("/bad-input/corpus.jsonl")) {
			int line = 0;
			for (String text : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				line++;
				if (text.isBlank()) {
					continue;
				}
				JsonNode node = JSON.readTree(text);
				cases.add(Arguments.of(Named.of(line + " " + node.get("name").asText(), node)));
			}
		}
		return cases.stream();
	}

	@Test
	void theCorpusHasAtLeast200Inputs() throws IOException {
		assertThat(corpus().count()).isGreaterThanOrEqualTo(200);
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void badInputGetsA4xxInChineseAndNothingIsStored(JsonNode bad) throws Exception {
		String path = this.fixture.resolve(bad.get("path").asText());
		String user = bad.hasNonNull("user") ? bad.get("user").asText() : null;
		String contentType = bad.hasNonNull("contentType") ? bad.get("contentType").asText() : null;
		byte[] body = null;
		if (bad.has("multipart")) {
			String boundary = "----corpus" + System.nanoTime();
			body = multipart(bad.get("multipart"), boundary);
			contentType = "multipart/form-data; boundary=" + boundary;
		}
		else if (bad.has("raw")) {
			body = bad.get("raw").asText().getBytes(StandardCharsets.UTF_8);
		}
		else if (bad.has("rawRepeat")) {
			JsonNode r = bad.get("rawRepeat");
			body = (r.get("prefix").asText() + r.get("text").asText().repeat(r.get("times").asInt())
					+ r.get("suffix").asText()).getBytes(StandardCharsets.UTF_8);
		}
		else if (bad.has("body") || bad.has("base")) {
			body = JSON.writeValueAsBytes(body(bad));
		}
		if (body != null && contentType == null) {
			contentType = "application/json";
		}

		Map<String, Long> before = counts();
		assertThat(before).containsKeys("zc_application", "zc_attachment", "zc_complaint", "zc_review_cycle",
				"zc_organisation", "act_ru_task", "act_ru_variable");
		Reply reply;
		try {
			if (bad.has("clock")) {
				CycleDriver.setClock(bad.get("clock").asText());
			}
			reply = send(user, bad.get("method").asText(), path, contentType, body);
		}
		finally {
			ClockUtil.reset();
		}
		String name = bad.get("name").asText();
		assertThat(reply.status()).as("%s: %s → %s", name, path, reply).isBetween(400, 499);
		if (!bad.path("container").asBoolean() && (path.startsWith("/api") || path.startsWith("/public")
				|| bad.path("engine").asBoolean() && !path.contains("/engine-rest/task?"))) {
			assertThat(reply.body()).as("%s 中文错误信息：%s", name, reply).containsPattern("\\p{IsHan}");
		}
		assertThat(counts()).as("%s 什么也没有存：%s", name, reply).isEqualTo(before);
	}

	/** Row counts of every application table and of the engine's runtime (and identity) tables. */
	Map<String, Long> counts() {
		Map<String, Long> counts = new TreeMap<>();
		List<String> tables = this.jdbc.queryForList(
				"SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) LIKE 'zc\\_%' ESCAPE '\\'"
						+ " OR UPPER(TABLE_NAME) IN ('ACT_RU_EXECUTION', 'ACT_RU_TASK', 'ACT_RU_VARIABLE', 'ACT_RU_JOB',"
						+ " 'ACT_HI_PROCINST', 'ACT_HI_TASKINST', 'ACT_ID_USER', 'ACT_ID_MEMBERSHIP', 'ACT_GE_BYTEARRAY')",
				String.class);
		for (String table : tables) {
			counts.put(table.toLowerCase(), this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
		}
		return counts;
	}

	Object body(JsonNode bad) throws IOException {
		if (bad.has("body")) {
			return expand(this.fixture.resolve(bad.get("body").toString()));
		}
		Map<String, Object> base = switch (bad.get("base").asText()) {
			case "FORM", "FORM_TASKLIST" -> ApplicationFixtures.teacher(this.fixture.openYear(), nextIdNumber());
			case "BALLOT" -> new LinkedHashMap<>(ballot());
			case "RECOMMEND" -> new LinkedHashMap<>(Map.of("unitRecommends", true, "unitOpinion", "经测评和公示，同意推荐。"));
			case "DEPT" -> new LinkedHashMap<>(Map.of("competentDeptDecision", "APPROVE", "competentDeptOpinion", "同意报送。"));
			case "NOTICE" -> new LinkedHashMap<>(CycleDriver.notice(this.fixture.openYear() + "-09-20",
					this.fixture.openYear() + "-06-28"));
			case "APPROVAL" -> new LinkedHashMap<>(Map.of("noticeDecision", "APPROVE", "noticeOpinion", "同意发布。"));
			case "INVESTIGATION" -> new LinkedHashMap<>(Map.of("complaintDecision", "DISMISSED", "complaintReason",
					"经核实，证书真实，投诉不成立。"));
			case "PLAN" -> new LinkedHashMap<>(Map.of("planDecision", "APPROVE", "planOpinion", "同意印发。"));
			case "COMPLAINT" -> new LinkedHashMap<>(Map.of("entryNumber", 1, "complainantName", "王明",
					"complainantPhone", "13908721234", "content", "该申报人的县级优秀教师证书系伪造，请核实。"));
			default -> throw new IllegalArgumentException(bad.get("base").asText());
		};
		if (bad.get("base").asText().equals("FORM_TASKLIST")) {
			base.remove("unitCreditCode");
		}
		for (JsonNode remove : bad.path("remove")) {
			base.remove(remove.asText());
		}
		Iterator<Map.Entry<String, JsonNode>> set = bad.path("set").fields();
		while (set.hasNext()) {
			Map.Entry<String, JsonNode> field = set.next();
			base.put(field.getKey(), JSON.treeToValue(expand(this.fixture.resolve(field.getValue().toString())), Object.class));
		}
		if (!bad.path("engine").asBoolean()) {
			return base;
		}
		Map<String, Object> variables = new LinkedHashMap<>();
		for (Map.Entry<String, Object> field : base.entrySet()) {
			Object value = field.getValue();
			if (value instanceof Map<?, ?> typed && typed.containsKey("value")) {
				variables.put(field.getKey(), typed);
			}
			else if (value instanceof List<?> list) {
				variables.put(field.getKey(), Map.of("value", JSON.writeValueAsString(list), "type", "Json"));
			}
			else {
				Map<String, Object> plain = new LinkedHashMap<>();
				plain.put("value", value);
				variables.put(field.getKey(), plain);
			}
		}
		return Map.of("variables", variables);
	}

	/** Replaces every {@code {"$repeat": text, "times": n}} by the repeated text. */
	static JsonNode expand(String json) throws IOException {
		return expand(JSON.readTree(json));
	}

	static JsonNode expand(JsonNode node) {
		if (node instanceof ObjectNode object) {
			if (object.has("$repeat")) {
				return new TextNode(object.get("$repeat").asText().repeat(object.get("times").asInt()));
			}
			object.fields().forEachRemaining(f -> f.setValue(expand(f.getValue())));
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				array.set(i, expand(array.get(i)));
			}
		}
		return node;
	}

	static byte[] multipart(JsonNode spec, String boundary) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Iterator<Map.Entry<String, JsonNode>> fields = spec.path("fields").fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue().asText() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		JsonNode file = spec.get("file");
		if (file != null && !file.isNull()) {
			out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.get("name").asText()
					+ "\"; filename=\"" + file.get("filename").asText() + "\"\r\nContent-Type: "
					+ file.get("contentType").asText() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			out.write(content(file.get("content").asText()));
			out.write("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	static byte[] content(String kind) throws IOException {
		if (kind.startsWith("TEXT:")) {
			return kind.substring(5).getBytes(StandardCharsets.UTF_8);
		}
		if (kind.startsWith("PDF_SIZE:")) {
			byte[] pdf = pdf();
			byte[] padded = new byte[Integer.parseInt(kind.substring(9))];
			System.arraycopy(pdf, 0, padded, 0, pdf.length);
			java.util.Arrays.fill(padded, pdf.length, padded.length, (byte) '\n');
			return padded;
		}
		return switch (kind) {
			case "PDF" -> pdf();
			case "EMPTY" -> new byte[0];
			case "PNG" -> {
				java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(20, 20,
						java.awt.image.BufferedImage.TYPE_INT_RGB);
				ByteArrayOutputStream png = new ByteArrayOutputStream();
				javax.imageio.ImageIO.write(image, "png", png);
				yield png.toByteArray();
			}
			case "EXE" -> {
				byte[] exe = new byte[4096];
				exe[0] = 'M';
				exe[1] = 'Z';
				yield exe;
			}
			default -> throw new IllegalArgumentException(kind);
		};
	}

}
