package cn.zhicheng.materials;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.zhicheng.application.ApplicationService;
import cn.zhicheng.materials.SpreadsheetExport.Scope;
import cn.zhicheng.materials.SpreadsheetExport.Table;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.system.ForbiddenException;
import cn.zhicheng.system.NotFoundException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Service;

/**
 * Writes the exports ({@link SpreadsheetExport}) as .xlsx for the committees a user may export: those
 * whose committee office, filing authority, supervision department or HR bureau the user works in
 * (AR1, AR2), or all for administrators. Units and competent departments export nothing here.
 */
@Service
class ExportService {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Map<String, SpreadsheetExport> exports = new LinkedHashMap<>();

	private final OrganisationService organisations;

	private final ApplicationService applications;

	ExportService(List<SpreadsheetExport> exports, OrganisationService organisations, ApplicationService applications) {
		exports.forEach(e -> this.exports.put(e.kind(), e));
		this.organisations = organisations;
		this.applications = applications;
	}

	List<SpreadsheetExport> exports() {
		return List.copyOf(this.exports.values());
	}

	/** Whether the user's departments run, approve, supervise or confirm the committee's work. */
	boolean mayExport(Committee committee, List<String> groups) {
		if (groups.contains(Groups.CAMUNDA_ADMIN)) {
			return true;
		}
		return groups.contains(committee.officeCreditCode())
				|| (committee.filingAuthorityCode() != null && groups.contains(committee.filingAuthorityCode()))
				|| (committee.supervisionCreditCode() != null && groups.contains(committee.supervisionCreditCode()))
				|| hrBureauOf(committee).map(groups::contains).orElse(false);
	}

	private java.util.Optional<String> hrBureauOf(Committee committee) {
		try {
			return java.util.Optional.of(this.applications.hrBureauOf(committee).groupId());
		}
		catch (RuntimeException ex) {
			return java.util.Optional.empty();
		}
	}

	/** The committees the user may export: the one asked for, or all of theirs. */
	List<Committee> committees(String committeeCode, List<String> groups) {
		if (committeeCode != null && !committeeCode.isBlank()) {
			Committee committee = this.organisations.committee(committeeCode.strip())
				.orElseThrow(() -> new NotFoundException("committeeCode", "评委会不存在：" + committeeCode));
			if (!mayExport(committee, groups)) {
				throw new ForbiddenException("无权导出评委会“" + committee.name() + "”的数据");
			}
			return List.of(committee);
		}
		List<Committee> mine = this.organisations.committees().stream().filter(c -> mayExport(c, groups)).toList();
		if (mine.isEmpty()) {
			throw new ForbiddenException("您所在的部门不组建、备案、监督或确认任何评委会的评审，没有可导出的数据");
		}
		return mine;
	}

	/** One export as a workbook: the table, then a sheet that says what was exported, when and by whom. */
	byte[] workbook(String kind, int year, String committeeCode, String user, List<String> groups) {
		SpreadsheetExport export = this.exports.get(kind);
		if (export == null) {
			throw new NotFoundException("kind", "没有这种导出：" + kind + "，可选：" + String.join("、", this.exports.keySet()));
		}
		List<Committee> committees = committees(committeeCode, groups);
		Table table = export.table(new Scope(year, committees));
		Workbook workbook = new XSSFWorkbook();
		Spreadsheets.Styles styles = Spreadsheets.Styles.of(workbook);
		String scope = year + " 年度　" + committees.stream().map(Committee::name).collect(Collectors.joining("、"));
		Sheet sheet = Spreadsheets.tableSheet(workbook, styles, export.title(), year + "年度" + export.title(),
				scope + "　共 " + table.rows().size() + " 条　导出时间 " + LocalDateTime.now().format(STAMP) + "　导出人 " + user,
				table.headings(), table.rows());
		if (table.note() != null) {
			Row note = sheet.createRow(table.rows().size() + 4);
			note.createCell(0).setCellValue("说明：" + table.note());
		}
		return Spreadsheets.bytes(workbook);
	}

	/** Numbering from 1 for the first column of lists. */
	static List<List<Object>> numbered(List<List<Object>> rows) {
		List<List<Object>> numbered = new ArrayList<>();
		int i = 1;
		for (List<Object> row : rows) {
			List<Object> withNumber = new ArrayList<>();
			withNumber.add(i++);
			withNumber.addAll(row);
			numbered.add(withNumber);
		}
		return numbered;
	}

}
