package cn.zhicheng.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.zhicheng.common.RuleViolation;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads an annual plan (评审计划表, N3) from the first sheet of an xlsx: a heading row with the columns of
 * {@link #HEADINGS} (any order; 评委会编码, 系列, 层级, 责任部门信用代码, 评价类型 and 备注 may be missing), then one
 * row per review or duty. Dates may be date cells or text (2024-10-31, 2024/10/31, 2024年10月31日).
 */
final class PlanSpreadsheet {

	static final int MAX_ROWS = 500;

	/** The columns: field of {@link PlanRow} → heading. */
	static final Map<String, String> HEADINGS = new java.util.LinkedHashMap<>();

	static {
		HEADINGS.put("kind", "事项类型");
		HEADINGS.put("committeeCode", "评委会编码");
		HEADINGS.put("name", "评委会或事项名称");
		HEADINGS.put("series", "系列");
		HEADINGS.put("titleLevel", "层级");
		HEADINGS.put("organiser", "组建部门或责任单位");
		HEADINGS.put("responsibleCreditCode", "责任部门信用代码");
		HEADINGS.put("region", "地区");
		HEADINGS.put("track", "评价类型");
		HEADINGS.put("deadline", "完成时限");
		HEADINGS.put("notes", "备注");
	}

	/** A row with its Excel row number and the column letter of each field. */
	record Read(List<PlanRow> rows, List<Integer> rowNumbers, Map<String, String> columns) {
	}

	private PlanSpreadsheet() {
	}

	static Read read(byte[] content) {
		if (content == null || content.length == 0) {
			throw new RuleViolation("file", "N3", "未导入任何数据：上传的文件为空（N3）");
		}
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
			if (sheet == null || sheet.getPhysicalNumberOfRows() == 0) {
				throw new RuleViolation("file", "N3", "未导入任何数据：第一个工作表没有内容（N3）");
			}
			Row heading = sheet.getRow(sheet.getFirstRowNum());
			Map<String, Integer> index = new HashMap<>();
			Map<String, String> letters = new HashMap<>();
			DataFormatter formatter = new DataFormatter();
			for (Cell cell : heading) {
				String text = formatter.formatCellValue(cell).replaceAll("\\s", "").replace("（", "(").replace("）", ")");
				HEADINGS.forEach((field, label) -> {
					if (text.equals(label) || text.startsWith(label + "(")) {
						index.put(field, cell.getColumnIndex());
						letters.put(field, CellReference.convertNumToColString(cell.getColumnIndex()));
					}
				});
			}
			List<String> missing = new ArrayList<>();
			for (String field : List.of("kind", "name", "organiser", "region", "deadline")) {
				if (!index.containsKey(field)) {
					missing.add("“" + HEADINGS.get(field) + "”");
				}
			}
			if (!missing.isEmpty()) {
				throw new RuleViolation("file", "N3", "未导入任何数据：第" + (heading.getRowNum() + 1) + "行（表头）缺少列 "
						+ String.join("、", missing) + "（N3）");
			}
			List<PlanRow> rows = new ArrayList<>();
			List<Integer> numbers = new ArrayList<>();
			for (int r = heading.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<String, String> values = new HashMap<>();
				boolean any = false;
				for (Map.Entry<String, Integer> column : index.entrySet()) {
					String value = text(row.getCell(column.getValue()), formatter);
					values.put(column.getKey(), value);
					any |= value != null;
				}
				if (!any) {
					continue;
				}
				if (rows.size() == MAX_ROWS) {
					throw new RuleViolation("file", "N3", "未导入任何数据：计划表最多" + MAX_ROWS + "行（N3）");
				}
				rows.add(new PlanRow(values.get("kind"), values.get("committeeCode"), values.get("name"),
						values.get("series"), values.get("titleLevel"), values.get("organiser"),
						values.get("responsibleCreditCode"), values.get("region"), values.get("track"),
						values.get("deadline"), values.get("notes")));
				numbers.add(r + 1);
			}
			return new Read(rows, numbers, letters);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RuleViolation violation) {
				throw violation;
			}
			throw new RuleViolation("file", "N3", "未导入任何数据：文件不是有效的 xlsx 电子表格（N3）");
		}
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			LocalDate date = cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
			return date.toString();
		}
		String value = formatter.formatCellValue(cell).strip();
		return value.isEmpty() ? null : value;
	}

}
