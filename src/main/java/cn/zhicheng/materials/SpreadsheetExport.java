package cn.zhicheng.materials;

import java.util.List;

import cn.zhicheng.organisation.Committee;

/**
 * One .xlsx export of the review's lists and reports. Each export is a Spring bean; {@link ExportService}
 * finds them all, checks who may export which committees, and writes the workbook. Adding a list (for
 * example the certificate list once certificates exist) is adding a bean.
 */
interface SpreadsheetExport {

	/** The URL name, e.g. {@code applications} in {@code GET /api/exports/applications}. */
	String kind();

	/** The Chinese title, e.g. 申报人员名单. */
	String title();

	/** The rule the list or report serves, e.g. Q2 or AR1. */
	String rule();

	/** The table for the committees and year asked (the caller may export all of them). */
	Table table(Scope scope);

	/** Which committees (all readable by the user) and which review year. */
	record Scope(int year, List<Committee> committees) {
	}

	/** Headings and rows; an optional note under the table says what it does not (yet) contain. */
	record Table(List<String> headings, List<List<Object>> rows, String note) {
	}

}
