package cn.zhicheng.materials;

import java.time.LocalDate;
import java.util.List;

import cn.zhicheng.system.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spreadsheet exports for committee offices, filing authorities, supervision departments, HR bureaus
 * and administrators: {@code GET /api/exports} lists them, {@code GET /api/exports/{kind}} returns .xlsx
 * for a review year and one committee (or all of the user's).
 */
@RestController
@RequestMapping("/api/exports")
class ExportController {

	private final ExportService exports;

	private final CurrentUser currentUser;

	ExportController(ExportService exports, CurrentUser currentUser) {
		this.exports = exports;
		this.currentUser = currentUser;
	}

	@GetMapping
	List<ExportView> list() {
		return this.exports.exports()
			.stream()
			.map(e -> new ExportView(e.kind(), e.title(), e.rule(), "/api/exports/" + e.kind()))
			.toList();
	}

	@GetMapping("/{kind}")
	ResponseEntity<byte[]> export(@PathVariable String kind, @RequestParam(name = "year", required = false) Integer year,
			@RequestParam(name = "committeeCode", required = false) String committeeCode) {
		int reviewYear = year == null ? LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() : year;
		byte[] content = this.exports.workbook(kind, reviewYear, committeeCode, this.currentUser.userId(),
				this.currentUser.groupIds());
		String title = this.exports.exports().stream().filter(e -> e.kind().equals(kind)).findFirst().orElseThrow().title();
		return ImportController.xlsx(content, reviewYear + "年度" + title + ".xlsx");
	}

	record ExportView(String kind, String title, String rule, String url) {
	}

}
