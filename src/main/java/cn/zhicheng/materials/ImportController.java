package cn.zhicheng.materials;

import java.nio.charset.StandardCharsets;

import cn.zhicheng.system.CurrentUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Spreadsheet imports: applicants by a unit (the same validation and submission as
 * {@code POST /api/applications}), experts by a committee office. Each from the .xlsx template served
 * here; all rows or none; a refusal is a 400 listing every problem by sheet, row and column.
 */
@RestController
@RequestMapping("/api/imports")
class ImportController {

	private final ApplicantImport applicants;

	private final ExpertImport experts;

	private final CurrentUser currentUser;

	ImportController(ApplicantImport applicants, ExpertImport experts, CurrentUser currentUser) {
		this.applicants = applicants;
		this.experts = experts;
		this.currentUser = currentUser;
	}

	@GetMapping("/applicants/template")
	ResponseEntity<byte[]> applicantTemplate() {
		return xlsx(this.applicants.template(), "申报人员导入模板.xlsx");
	}

	/** Imports the applicants of the file for the signed-in unit staff: every row, or none (400). */
	@PostMapping(path = "/applicants", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ApplicantImport.ImportResult> importApplicants(
			@RequestPart(name = "file", required = false) MultipartFile file) {
		byte[] content = ImportSupport.bytes(file);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.applicants.importFile(file.getOriginalFilename(), content, this.currentUser.userId()));
	}

	@GetMapping("/experts/template")
	ResponseEntity<byte[]> expertTemplate() {
		return xlsx(this.experts.template(), "评审专家导入模板.xlsx");
	}

	/** Imports the experts of the file into the pools of the signed-in office's committees: all or none. */
	@PostMapping(path = "/experts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ExpertImport.ImportResult> importExperts(
			@RequestPart(name = "file", required = false) MultipartFile file) {
		byte[] content = ImportSupport.bytes(file);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.experts.importFile(file.getOriginalFilename(), content, this.currentUser.userId(),
					this.currentUser.groupIds()));
	}

	static ResponseEntity<byte[]> xlsx(byte[] content, String fileName) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType(Spreadsheets.MEDIA_TYPE));
		headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
		headers.setCacheControl("private, no-store");
		return new ResponseEntity<>(content, headers, HttpStatus.OK);
	}

}
