package cn.zhicheng.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One year file of the calendar directory ({@code YYYY.json}, the holiday-cn schema): the year and the
 * days the State Council lists, each a day off ({@code isOffDay: true}) or a make-up working day
 * ({@code isOffDay: false}). A file with an empty {@code days} list means "not published yet": the
 * year has no data.
 */
record HolidayFile(int year, List<ListedDay> days) {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** A day listed in a year file. */
	record ListedDay(LocalDate date, String name, boolean offDay) {
	}

	boolean hasData() {
		return !this.days.isEmpty();
	}

	/** The year a file name such as {@code 2024.json} stands for, or -1 when it is not a year file. */
	static int yearOf(String fileName) {
		if (fileName.length() == 9 && fileName.endsWith(".json")) {
			String digits = fileName.substring(0, 4);
			if (digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
				return Integer.parseInt(digits);
			}
		}
		return -1;
	}

	/**
	 * Reads and checks a year file. Every problem is reported in Chinese with the file name, so that an
	 * administrator can fix the file; a file with any problem is not used at all (never half of it).
	 */
	static HolidayFile read(Path file) throws InvalidFile {
		String fileName = file.getFileName().toString();
		int expectedYear = yearOf(fileName);
		JsonNode root;
		try {
			root = JSON.readTree(Files.readAllBytes(file));
		}
		catch (JsonProcessingException ex) {
			String where = ex.getLocation() == null ? "" : "（第 " + ex.getLocation().getLineNr() + " 行附近）";
			throw new InvalidFile(fileName, "不是有效的 JSON" + where);
		}
		catch (IOException ex) {
			throw new InvalidFile(fileName, "无法读取：" + ex.getMessage());
		}
		if (root == null || !root.isObject()) {
			throw new InvalidFile(fileName, "内容应为 JSON 对象 {\"year\": …, \"days\": […]}");
		}
		JsonNode year = root.get("year");
		if (year == null || !year.canConvertToInt() || year.asInt() != expectedYear) {
			throw new InvalidFile(fileName, "字段 year 应为 " + expectedYear + "，与文件名一致");
		}
		JsonNode days = root.get("days");
		if (days == null || !days.isArray()) {
			throw new InvalidFile(fileName, "缺少数组字段 days（尚未公布时写 \"days\": []）");
		}
		List<ListedDay> listed = new ArrayList<>();
		Map<LocalDate, ListedDay> seen = new HashMap<>();
		for (int i = 0; i < days.size(); i++) {
			JsonNode day = days.get(i);
			String where = "days 第 " + (i + 1) + " 项";
			JsonNode name = day.get("name");
			JsonNode date = day.get("date");
			JsonNode offDay = day.get("isOffDay");
			if (name == null || !name.isTextual() || name.asText().isBlank()) {
				throw new InvalidFile(fileName, where + "缺少节日名称 name");
			}
			if (offDay == null || !offDay.isBoolean()) {
				throw new InvalidFile(fileName, where + "的 isOffDay 应为 true（放假）或 false（调休上班）");
			}
			LocalDate parsed;
			try {
				parsed = LocalDate.parse(date == null ? "" : date.asText());
			}
			catch (DateTimeParseException ex) {
				throw new InvalidFile(fileName, where + "的 date 应为 yyyy-MM-dd 格式的日期");
			}
			// holiday-cn lists New Year days of the previous December in the following year's file
			if (Math.abs(parsed.getYear() - expectedYear) > 1) {
				throw new InvalidFile(fileName, where + "的日期 " + parsed + " 不属于 " + expectedYear + " 年前后");
			}
			ListedDay entry = new ListedDay(parsed, name.asText().strip(), offDay.asBoolean());
			ListedDay previous = seen.put(parsed, entry);
			if (previous != null && previous.offDay() != entry.offDay()) {
				throw new InvalidFile(fileName, where + "：日期 " + parsed + " 重复出现且 isOffDay 不一致");
			}
			listed.add(entry);
		}
		return new HolidayFile(expectedYear, List.copyOf(listed));
	}

	/** A year file that cannot be used; the message names the file and the problem. */
	static final class InvalidFile extends Exception {

		InvalidFile(String fileName, String problem) {
			super("日历文件 " + fileName + " " + problem);
		}

	}

}
