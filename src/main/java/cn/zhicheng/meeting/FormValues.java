package cn.zhicheng.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Values between Camunda Forms and the meeting: Tasklist sends checklists and dynamic lists as JSON
 * (Spin), the Java API as collections; lists the forms read are JSON; dates arrive as yyyy-MM-dd.
 */
final class FormValues {

	private static final ObjectMapper JSON = new ObjectMapper();

	private FormValues() {
	}

	/** A JSON variable the forms can read (Tasklist parses Json variables). */
	static TypedValue json(Object value) {
		try {
			return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A list of ids for multi-instance collections, serialized as JSON rather than Java bytes. */
	static ObjectValue idList(List<String> ids) {
		return Variables.objectValue(new ArrayList<>(ids))
			.serializationDataFormat(Variables.SerializationDataFormats.JSON)
			.create();
	}

	/** Options for a checklist or select: [{label, value}]. */
	static TypedValue options(Map<String, String> valueToLabel) {
		List<Map<String, String>> options = new ArrayList<>();
		valueToLabel.forEach((value, label) -> options.add(Map.of("label", label, "value", value)));
		return json(options);
	}

	/** A list of strings from a JSON array (Spin or text), a collection, or a comma-separated text. */
	static List<String> strings(Object value, String field) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(String::valueOf).toList();
		}
		String text = value.toString().strip();
		if (text.startsWith("[")) {
			try {
				return JSON.readValue(text, new TypeReference<List<String>>() {
				});
			}
			catch (JsonProcessingException ex) {
				throw new NotValidException("字段 " + field + " 不是有效的列表");
			}
		}
		return text.isEmpty() ? List.of() : List.of(text.split("\\s*,\\s*"));
	}

	/** A list of objects from a JSON array (Spin or text) or a collection of maps. */
	static List<Map<String, Object>> objects(Object value, String field) {
		if (value == null) {
			return List.of();
		}
		try {
			String text = value instanceof Collection<?> ? JSON.writeValueAsString(value) : value.toString();
			return JSON.readValue(text, new TypeReference<List<Map<String, Object>>>() {
			});
		}
		catch (JsonProcessingException ex) {
			throw new NotValidException("字段 " + field + " 不是有效的列表");
		}
	}

	/** A date from the form (yyyy-MM-dd, or with a time) or a Java date. */
	static LocalDate date(Object value, String field, String label) {
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		if (value instanceof Date date) {
			return LocalDate.ofInstant(date.toInstant(), MeetingService.BEIJING);
		}
		if (value instanceof LocalDate date) {
			return date;
		}
		String text = value.toString().strip();
		try {
			return text.length() > 10 ? LocalDateTime.parse(text.substring(0, 19)).toLocalDate() : LocalDate.parse(text);
		}
		catch (DateTimeParseException | StringIndexOutOfBoundsException ex) {
			throw new NotValidException(label + "（" + field + "）应为日期，格式 yyyy-MM-dd");
		}
	}

	static Date toDate(LocalDateTime time) {
		return Date.from(time.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
	}

	static boolean bool(Object value) {
		return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
	}

}
