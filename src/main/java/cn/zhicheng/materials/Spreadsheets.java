package cn.zhicheng.materials;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reading and writing .xlsx with Apache POI for imports and exports: a column model with Chinese headings
 * and field keys, cell values as text (dates in ISO form, whole numbers without ".0"), and styled sheets.
 */
final class Spreadsheets {

	static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final Pattern LOOSE_DATE = Pattern
		.compile("(\\d{4})\\s*[./年-]\\s*(\\d{1,2})\\s*(?:[./月-]\\s*(\\d{1,2})\\s*日?|月)?");

	private Spreadsheets() {
	}

	/** A column of an import template: field key, Chinese heading, whether required, a note. */
	record Column(String key, String heading, boolean required, boolean text, List<String> choices, String note) {

		static Column of(String key, String heading, boolean required) {
			return new Column(key, heading, required, true, List.of(), null);
		}

		Column note(String text) {
			return new Column(this.key, this.heading, this.required, this.text, this.choices, text);
		}

		Column choices(List<String> values) {
			return new Column(this.key, this.heading, this.required, this.text, List.copyOf(values), this.note);
		}

		Column number() {
			return new Column(this.key, this.heading, this.required, false, this.choices, this.note);
		}

		String title() {
			return this.required ? this.heading + "*" : this.heading;
		}

	}

	/** One data row of a sheet: its Excel row number and the text of each field. */
	record DataRow(int number, Map<String, String> values) {

		String get(String key) {
			return this.values.get(key);
		}

	}

	/** A sheet read against its columns: the column letter of each field and the data rows. */
	record ReadSheet(String name, Map<String, Integer> columnOf, List<DataRow> rows) {

		String letter(String key) {
			Integer index = this.columnOf.get(key);
			return index == null ? null : CellReference.convertNumToColString(index);
		}

	}

	static Workbook open(InputStream in) {
		try {
			return new XSSFWorkbook(in);
		}
		catch (IOException | RuntimeException ex) {
			throw ImportRefused.file("文件格式", "文件不是有效的 Excel 工作簿（.xlsx）；请使用下载的模板填写后保存为 .xlsx 上传");
		}
	}

	/**
	 * Reads {@code sheet}: the heading row is the first row; if the next row holds the field keys (as in
	 * the templates) data starts after it. Columns are found by key or by heading (with or without "*").
	 * Blank rows are skipped.
	 */
	static ReadSheet read(Sheet sheet, List<Column> columns) {
		Row headingRow = sheet.getRow(sheet.getFirstRowNum());
		Map<String, Integer> columnOf = new LinkedHashMap<>();
		int firstData = sheet.getFirstRowNum() + 1;
		if (headingRow != null) {
			Row keyRow = sheet.getRow(headingRow.getRowNum() + 1);
			boolean hasKeys = false;
			if (keyRow != null) {
				for (Cell cell : keyRow) {
					String key = text(cell);
					for (Column column : columns) {
						if (column.key().equals(key)) {
							columnOf.put(column.key(), cell.getColumnIndex());
							hasKeys = true;
						}
					}
				}
			}
			if (hasKeys) {
				firstData = keyRow.getRowNum() + 1;
			}
			for (Cell cell : headingRow) {
				String heading = normalise(text(cell));
				for (Column column : columns) {
					if (!columnOf.containsKey(column.key())
							&& (normalise(column.heading()).equals(heading) || column.key().equals(heading))) {
						columnOf.put(column.key(), cell.getColumnIndex());
					}
				}
			}
		}
		List<DataRow> rows = new ArrayList<>();
		for (int r = firstData; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Map<String, String> values = new LinkedHashMap<>();
			boolean any = false;
			for (Map.Entry<String, Integer> entry : columnOf.entrySet()) {
				String value = text(row.getCell(entry.getValue()));
				values.put(entry.getKey(), value);
				any |= value != null;
			}
			if (any) {
				rows.add(new DataRow(r + 1, values));
			}
		}
		return new ReadSheet(sheet.getSheetName(), columnOf, rows);
	}

	/** The cell as text: dates as YYYY-MM-DD, whole numbers without decimals, booleans as 是/否; blank is null. */
	static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		String value = switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell)
					? cell.getLocalDateTimeCellValue().toLocalDate().toString()
					: BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
			default -> null;
		};
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/** Whether the cell holds a number that Excel shows in scientific form (a long code typed as a number). */
	static boolean isLongNumber(Cell cell) {
		return cell != null && cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)
				&& Math.abs(cell.getNumericCellValue()) >= 1e15;
	}

	/** 2010.7, 2010/07/01, 2010年7月 → 2010-07 or 2010-07-01; anything else unchanged (the validator decides). */
	static String isoDate(String value) {
		if (value == null) {
			return null;
		}
		Matcher m = LOOSE_DATE.matcher(value);
		if (!m.matches()) {
			return value;
		}
		String month = String.format("%02d", Integer.parseInt(m.group(2)));
		return m.group(3) == null ? m.group(1) + "-" + month
				: m.group(1) + "-" + month + "-" + String.format("%02d", Integer.parseInt(m.group(3)));
	}

	static String normalise(String heading) {
		return heading == null ? "" : heading.replaceAll("[\\s*＊]", "");
	}

	// writing

	/** Styles shared by the sheets of one workbook. */
	record Styles(CellStyle title, CellStyle heading, CellStyle key, CellStyle text, CellStyle body, CellStyle note) {

		static Styles of(Workbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			Font small = workbook.createFont();
			small.setFontHeightInPoints((short) 9);
			small.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
			CellStyle title = workbook.createCellStyle();
			title.setFont(big);
			CellStyle heading = bordered(workbook);
			heading.setFont(bold);
			heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			heading.setWrapText(true);
			CellStyle key = bordered(workbook);
			key.setFont(small);
			CellStyle text = bordered(workbook);
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle body = bordered(workbook);
			body.setWrapText(true);
			CellStyle note = workbook.createCellStyle();
			note.setWrapText(true);
			return new Styles(title, heading, key, text, body, note);
		}

		private static CellStyle bordered(Workbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

	}

	/**
	 * An import template sheet: headings (required ones with *), the field keys beneath, text format and
	 * drop-down choices for the first {@code rows} data rows, and each column's note as a cell comment-like
	 * third header line on the notes sheet.
	 */
	static Sheet templateSheet(Workbook workbook, Styles styles, String name, List<Column> columns, int rows) {
		Sheet sheet = workbook.createSheet(name);
		Row heading = sheet.createRow(0);
		Row keys = sheet.createRow(1);
		DataValidationHelper validations = sheet.getDataValidationHelper();
		for (int c = 0; c < columns.size(); c++) {
			Column column = columns.get(c);
			Cell h = heading.createCell(c);
			h.setCellValue(column.title());
			h.setCellStyle(styles.heading());
			Cell k = keys.createCell(c);
			k.setCellValue(column.key());
			k.setCellStyle(styles.key());
			sheet.setColumnWidth(c, Math.min(60, Math.max(10, width(column.title()) + 2)) * 256);
			if (column.text()) {
				sheet.setDefaultColumnStyle(c, styles.text());
			}
			if (!column.choices().isEmpty()) {
				DataValidation validation = validations.createValidation(
						validations.createExplicitListConstraint(column.choices().toArray(String[]::new)),
						new CellRangeAddressList(2, rows + 1, c, c));
				validation.setShowErrorBox(false);
				sheet.addValidationData(validation);
			}
		}
		heading.setHeightInPoints(32);
		sheet.createFreezePane(0, 2);
		return sheet;
	}

	/** A notes sheet: one line per entry, first the general text, then one line per column with its note. */
	static Sheet notesSheet(Workbook workbook, Styles styles, String title, List<String> lines) {
		Sheet sheet = workbook.createSheet("填写说明");
		sheet.setColumnWidth(0, 120 * 256);
		Row first = sheet.createRow(0);
		Cell cell = first.createCell(0);
		cell.setCellValue(title);
		cell.setCellStyle(styles.title());
		for (int i = 0; i < lines.size(); i++) {
			Cell line = sheet.createRow(i + 2).createCell(0);
			line.setCellValue(lines.get(i));
			line.setCellStyle(styles.note());
		}
		return sheet;
	}

	/**
	 * A table sheet for exports: a title row, a line about the scope, the heading row and the data rows,
	 * with column widths fitted to Chinese text.
	 */
	static Sheet tableSheet(Workbook workbook, Styles styles, String name, String title, String subtitle,
			List<String> headings, List<List<Object>> rows) {
		Sheet sheet = workbook.createSheet(name);
		int columns = Math.max(1, headings.size());
		Cell t = sheet.createRow(0).createCell(0);
		t.setCellValue(title);
		t.setCellStyle(styles.title());
		sheet.createRow(1).createCell(0).setCellValue(subtitle);
		if (columns > 1) {
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
			sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns - 1));
		}
		Row heading = sheet.createRow(2);
		int[] widths = new int[columns];
		for (int c = 0; c < headings.size(); c++) {
			Cell cell = heading.createCell(c);
			cell.setCellValue(headings.get(c));
			cell.setCellStyle(styles.heading());
			widths[c] = width(headings.get(c));
		}
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r + 3);
			List<Object> values = rows.get(r);
			for (int c = 0; c < values.size(); c++) {
				Cell cell = row.createCell(c);
				Object value = values.get(c);
				if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else if (value instanceof LocalDate date) {
					cell.setCellValue(date.toString());
				}
				else {
					cell.setCellValue(value == null ? "" : value.toString());
				}
				cell.setCellStyle(styles.body());
				if (c < columns) {
					widths[c] = Math.max(widths[c], width(cell.toString()));
				}
			}
		}
		for (int c = 0; c < columns; c++) {
			sheet.setColumnWidth(c, Math.min(80, Math.max(8, widths[c] + 2)) * 256);
		}
		sheet.createFreezePane(0, 3);
		return sheet;
	}

	/** Display width in Excel character units: a CJK character counts two. */
	static int width(String text) {
		int width = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			width += cp >= 0x2E80 ? 2 : 1;
			i += Character.charCount(cp);
		}
		return width;
	}

	static byte[] bytes(Workbook workbook) {
		try (workbook) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
