package cn.zhicheng.materials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.zhicheng.application.ApplicationFixtures;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Attachments, the printable form, imports and exports through {@code /api}, as the departments' staff
 * use them. Runs on H2 ({@link MaterialsApiH2Test}) and on MySQL ({@link MaterialsApiMysqlTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class MaterialsApiScenarioTest {

	static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	/** Applicants of these tests are born in 1990 (other tests use other years), one sequence each. */
	private static final AtomicInteger SEQUENCE = new AtomicInteger(1);

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	IdentityService identityService;

	/** The review year whose EYTEACHERINT window the demo opened (N2, A17). */
	private static volatile int openYear;

	@org.springframework.beans.factory.annotation.Autowired
	cn.zhicheng.cycle.ReviewCycleService reviewCycles;

	@org.junit.jupiter.api.BeforeEach
	void findOpenYear() {
		openYear = this.reviewCycles.openFor("EYTEACHERINT", cn.zhicheng.cycle.ReviewCycleService.today()).orElseThrow()
			.reviewYear();
	}

	static int year() {
		return openYear;
	}

	static String nextIdNumber() {
		int seq = SEQUENCE.getAndIncrement();
		return ApplicationFixtures.idNumber("1990" + String.format("%02d%02d", 1 + seq / 28 % 12, 1 + seq % 28), seq % 997);
	}

	static Map<String, Object> teacher(String name) {
		Map<String, Object> form = ApplicationFixtures.teacher(year(), nextIdNumber());
		form.put("name", name);
		return form;
	}

	String submit(Map<String, Object> form) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<Map<String, Object>> created = this.rest.withBasicAuth("ey1z", "demo")
			.exchange("/api/applications", HttpMethod.POST, new HttpEntity<>(form, headers), OBJECT);
		assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
		return (String) created.getBody().get("id");
	}

	ResponseEntity<Map<String, Object>> upload(String login, String applicationId, String kind, String fileName,
			byte[] content) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		if (kind != null) {
			body.add("kind", kind);
		}
		body.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		return multipart(login, "/api/applications/" + applicationId + "/attachments", body);
	}

	ResponseEntity<Map<String, Object>> multipart(String login, String path, MultiValueMap<String, Object> body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.rest.withBasicAuth(login, "demo")
			.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), OBJECT);
	}

	ResponseEntity<Map<String, Object>> importFile(String login, String path, byte[] xlsx) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource(xlsx) {
			@Override
			public String getFilename() {
				return "导入.xlsx";
			}
		});
		return multipart(login, path, body);
	}

	ResponseEntity<Map<String, Object>> get(String login, String path) {
		return this.rest.withBasicAuth(login, "demo").exchange(path, HttpMethod.GET, null, OBJECT);
	}

	ResponseEntity<byte[]> bytes(String login, String path) {
		return this.rest.withBasicAuth(login, "demo").exchange(path, HttpMethod.GET, null, byte[].class);
	}

	ResponseEntity<Map<String, Object>> delete(String login, String path) {
		return this.rest.withBasicAuth(login, "demo").exchange(path, HttpMethod.DELETE, null, OBJECT);
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Map<String, Object> body, String key) {
		return (List<Map<String, Object>>) body.get(key);
	}

	long applications() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM zc_application", Long.class);
	}

	long applicationProcesses() {
		return this.runtimeService.createProcessInstanceQuery().processDefinitionKey("application").count();
	}

	// attachments

	@Test
	void evidenceIsCheckedByContentTypeAndSize() throws Exception {
		String id = submit(teacher("赵明远"));

		ResponseEntity<Map<String, Object>> pdf = upload("ey1z", id, "DIPLOMA", "学历证书.pdf", MaterialsFixtures.pdf());
		assertThat(pdf.getStatusCode()).as("%s", pdf.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(pdf.getBody()).containsEntry("kind", "DIPLOMA").containsEntry("kindLabel", "学历证书")
			.containsEntry("contentType", "application/pdf").containsEntry("uploadedBy", "ey1z");
		assertThat((String) pdf.getBody().get("sha256")).hasSize(64);
		assertThat(upload("ey1z", id, "AWARD_CERTIFICATE", "获奖证书.jpg", MaterialsFixtures.jpeg()).getBody())
			.containsEntry("contentType", "image/jpeg");
		// named .pdf, but a PNG: stored and served as what it is
		ResponseEntity<Map<String, Object>> png = upload("ey1z", id, "AWARD_CERTIFICATE", "扫描件.pdf",
				MaterialsFixtures.png());
		assertThat(png.getBody()).containsEntry("contentType", "image/png");

		// type spoofing: an executable named .pdf
		ResponseEntity<Map<String, Object>> exe = upload("ey1z", id, "DIPLOMA", "学历证书.pdf",
				MaterialsFixtures.windowsExecutable());
		assertThat(exe.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(exe.getBody()).containsEntry("field", "file").containsEntry("rule", "材料格式");
		assertThat((String) exe.getBody().get("message")).contains("学历证书.pdf", "Windows 可执行程序");

		// a kind that takes PDF only
		ResponseEntity<Map<String, Object>> jpegPaper = upload("ey1z", id, "PUBLICATION", "论文.jpg",
				MaterialsFixtures.jpeg());
		assertThat(jpegPaper.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) jpegPaper.getBody().get("message")).contains("“论文、著作”类材料只接受 PDF", "JPEG");

		// size limit of the kind (获奖证书: 5 MB): exactly the limit passes, one byte more does not
		int limit = 5 * 1024 * 1024;
		assertThat(upload("ey1z", id, "AWARD_CERTIFICATE", "大文件.pdf", MaterialsFixtures.pdfOfSize(limit))
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<Map<String, Object>> tooBig = upload("ey1z", id, "AWARD_CERTIFICATE", "超大文件.pdf",
				MaterialsFixtures.pdfOfSize(limit + 1));
		assertThat(tooBig.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(tooBig.getBody()).containsEntry("rule", "材料大小");
		assertThat((String) tooBig.getBody().get("message")).contains("获奖证书", "不能超过 5 MB", "超大文件.pdf");

		ResponseEntity<Map<String, Object>> noKind = upload("ey1z", id, "DIPLOMA_X", "a.pdf", MaterialsFixtures.pdf());
		assertThat(noKind.getBody()).containsEntry("field", "kind").containsEntry("rule", "材料类型");
		assertThat(upload("ey1z", id, "DIPLOMA", "空.pdf", new byte[0]).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);

		Map<String, Object> materials = get("ey1z", "/api/applications/" + id + "/attachments").getBody();
		assertThat(materials).containsEntry("mayUpload", true).containsEntry("mayDelete", true);
		assertThat(list(materials, "attachments")).hasSize(4)
			.extracting(a -> a.get("fileName"))
			.containsExactlyInAnyOrder("学历证书.pdf", "获奖证书.jpg", "扫描件.pdf", "大文件.pdf");
		assertThat(list(materials, "kinds")).anySatisfy(k -> assertThat(k).containsEntry("kind", "PUBLICATION")
			.containsEntry("maxSize", "10 MB")
			.containsEntry("formats", List.of("PDF")));

		String pngId = (String) png.getBody().get("id");
		ResponseEntity<byte[]> served = bytes("ey1z", "/api/attachments/" + pngId + "/content");
		assertThat(served.getBody()).isEqualTo(MaterialsFixtures.png());
		assertThat(served.getHeaders().getContentType().isCompatibleWith(MediaType.IMAGE_PNG)).isTrue();
		assertThat(served.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(served.getHeaders().getContentDisposition().getType()).isEqualTo("inline");
		assertThat(bytes("ey1z", "/api/attachments/" + pngId + "/content?download=true").getHeaders()
			.getContentDisposition()
			.getType()).isEqualTo("attachment");
		// nothing on a node's disk: the bytes are in the shared database
		assertThat(this.jdbc.queryForObject("SELECT size_bytes FROM zc_attachment WHERE id = ?", Long.class, pngId))
			.isEqualTo(MaterialsFixtures.png().length);
	}

	@Test
	void attachmentsFollowTheApplicationsAccessRules() throws Exception {
		String id = submit(teacher("钱佳怡"));
		String attachment = (String) upload("ey1z", id, "TITLE_CERTIFICATE", "职称证书.pdf", MaterialsFixtures.pdf())
			.getBody()
			.get("id");
		// who handles the application reads it: the unit, its competent department, the committee office, HR
		for (String reader : List.of("ey1z", "eyjtj", "eyzgb", "eyrsj", "demo")) {
			assertThat(get(reader, "/api/applications/" + id + "/attachments").getStatusCode()).as(reader)
				.isEqualTo(HttpStatus.OK);
			assertThat(bytes(reader, "/api/attachments/" + attachment + "/content").getStatusCode()).as(reader)
				.isEqualTo(HttpStatus.OK);
		}
		assertThat(get("eyjtj", "/api/applications/" + id + "/attachments").getBody()).containsEntry("mayUpload", false)
			.containsEntry("mayDelete", false);
		// others do not learn it exists: another school, the filing authority, an expert
		for (String stranger : List.of("ey2z", "dlrsj", "expert01", "hz1z")) {
			assertThat(get(stranger, "/api/applications/" + id + "/attachments").getStatusCode()).as(stranger)
				.isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(bytes(stranger, "/api/attachments/" + attachment + "/content").getStatusCode()).as(stranger)
				.isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(upload(stranger, id, "OTHER", "x.pdf", MaterialsFixtures.pdf()).getStatusCode()).as(stranger)
				.isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(delete(stranger, "/api/attachments/" + attachment).getStatusCode()).as(stranger)
				.isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(bytes(stranger, "/api/applications/" + id + "/form.pdf").getStatusCode()).as(stranger)
				.isEqualTo(HttpStatus.NOT_FOUND);
		}
		// readers who are not the unit may not add or remove evidence
		assertThat(upload("eyjtj", id, "OTHER", "x.pdf", MaterialsFixtures.pdf()).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(delete("eyzgb", "/api/attachments/" + attachment).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		// without credentials: 401
		assertThat(this.rest.getForEntity("/api/applications/" + id + "/attachments", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);

		// the unit deletes: gone from lists and downloads, kept in the database with who deleted it (X1)
		assertThat(delete("ey1z", "/api/attachments/" + attachment).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(list(get("ey1z", "/api/applications/" + id + "/attachments").getBody(), "attachments")).isEmpty();
		assertThat(bytes("ey1z", "/api/attachments/" + attachment + "/content").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.jdbc.queryForObject("SELECT deleted_by FROM zc_attachment WHERE id = ?", String.class, attachment))
			.isEqualTo("ey1z");

		// after the qualification check the evidence is fixed
		String kept = (String) upload("ey1z", id, "DIPLOMA", "学历.pdf", MaterialsFixtures.pdf()).getBody().get("id");
		this.jdbc.update("UPDATE zc_application SET status = 'QUALIFIED' WHERE id = ?", id);
		ResponseEntity<Map<String, Object>> late = upload("ey1z", id, "OTHER", "补充.pdf", MaterialsFixtures.pdf());
		assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(late.getBody()).containsEntry("field", "status").containsEntry("rule", "Q1");
		assertThat((String) late.getBody().get("message")).contains("资格审查通过");
		assertThat(delete("ey1z", "/api/attachments/" + kept).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		// while the office reviews by hand (Q1), the unit may add evidence
		this.jdbc.update("UPDATE zc_application SET status = 'IN_QUALIFICATION_REVIEW' WHERE id = ?", id);
		assertThat(upload("ey1z", id, "ENTRUSTMENT_LETTER", "委托评审函.pdf", MaterialsFixtures.pdf()).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
	}

	@Test
	void aWithdrawnApplicationTakesNoMoreEvidence() throws Exception {
		String id = submit(teacher("孙浩然"));
		HttpHeaders json = new HttpHeaders();
		json.setContentType(MediaType.APPLICATION_JSON);
		assertThat(this.rest.withBasicAuth("ey1z", "demo")
			.exchange("/api/applications/" + id + "/withdraw", HttpMethod.POST, new HttpEntity<>("{}", json), OBJECT)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<Map<String, Object>> refused = upload("ey1z", id, "OTHER", "x.pdf", MaterialsFixtures.pdf());
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) refused.getBody().get("message")).contains("已撤回");
	}

	@Test
	void thePrintableFormAndTheMaterialsPageAreReachable() throws Exception {
		String id = submit(teacher("李思源"));
		ResponseEntity<byte[]> pdf = bytes("eyjtj", "/api/applications/" + id + "/form.pdf");
		assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(pdf.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PDF)).isTrue();
		assertThat(new String(pdf.getBody(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getBody())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("李思源", "表十七");
		}

		ResponseEntity<String> page = this.rest.getForEntity("/materials/" + id, String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(page.getBody()).contains("证明材料与申报评审表", "/materials-assets/materials.js");
		assertThat(this.rest.getForEntity("/materials-assets/materials.js", String.class).getBody())
			.contains("X-Requested-With", "/attachments");
		assertThat(this.rest.getForEntity("/materials/not-an-id", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	// imports

	/** The template as served, filled with {@code rows} on the main sheet and {@code assessments} on 年度考核. */
	byte[] applicantFile(List<Map<String, Object>> rows, List<List<Object>> assessments) throws Exception {
		ResponseEntity<byte[]> template = bytes("ey1z", "/api/imports/applicants/template");
		assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.getBody()))) {
			fill(workbook.getSheet("申报人员"), rows);
			Sheet sheet = workbook.getSheet("年度考核");
			for (int i = 0; i < assessments.size(); i++) {
				Row row = sheet.createRow(2 + i);
				for (int c = 0; c < assessments.get(i).size(); c++) {
					row.createCell(c).setCellValue(String.valueOf(assessments.get(i).get(c)));
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** Writes each row's values under the column whose key (second header row) matches. */
	static void fill(Sheet sheet, List<Map<String, Object>> rows) {
		Row keys = sheet.getRow(1);
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(2 + r);
			for (Cell key : keys) {
				Object value = rows.get(r).get(key.getStringCellValue());
				if (value instanceof Number number) {
					row.createCell(key.getColumnIndex()).setCellValue(number.doubleValue());
				}
				else if (value instanceof Boolean yes) {
					row.createCell(key.getColumnIndex()).setCellValue(yes ? "是" : "否");
				}
				else if (value != null && !(value instanceof List)) {
					row.createCell(key.getColumnIndex()).setCellValue(value.toString());
				}
			}
		}
	}

	static Map<String, Object> row(String name) {
		Map<String, Object> form = teacher(name);
		form.put("education", "大学本科"); // labels work as well as codes
		form.put("track", "通用");
		return form;
	}

	@Test
	void oneBadRowAmongAHundredImportsNothingAndNamesTheRow() throws Exception {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			rows.add(row("批量" + i));
		}
		String good = (String) rows.get(56).get("idNumber");
		rows.get(56).put("idNumber", good.substring(0, 17) + (good.charAt(17) == '1' ? "2" : "1"));
		long stored = applications();
		long running = applicationProcesses();

		ResponseEntity<Map<String, Object>> refused = importFile("ey1z", "/api/imports/applicants",
				applicantFile(rows, List.of()));

		assertThat(refused.getStatusCode()).as("%s", refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody()).containsEntry("imported", 0).containsEntry("rows", 100)
			.containsEntry("field", "idNumber").containsEntry("rule", "GB 11643-1999");
		List<Map<String, Object>> problems = list(refused.getBody(), "problems");
		assertThat(problems).hasSize(1);
		// the 57th applicant is on Excel row 59 (headings on 1, field keys on 2)
		assertThat(problems.get(0)).containsEntry("sheet", "申报人员").containsEntry("row", 59)
			.containsEntry("column", "E").containsEntry("heading", "身份证号码").containsEntry("field", "idNumber");
		assertThat((String) problems.get(0).get("message")).contains("身份证号码校验码错误");
		assertThat((String) refused.getBody().get("message")).contains("未导入任何数据", "第 59 行");
		assertThat(applications()).isEqualTo(stored);
		assertThat(applicationProcesses()).isEqualTo(running);
	}

	@Test
	void everyProblemIsReportedByRowAndFieldAndAGoodFileImportsEveryone() throws Exception {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			rows.add(row("导入" + i));
		}
		rows.get(1).put("graduationDate", "2010-02-30");
		rows.get(2).put("yearsAtBaseLevel", "十二");
		rows.get(3).put("idNumber", rows.get(0).get("idNumber"));
		rows.get(4).put("workSummary", null);
		String fifth = (String) rows.get(5).get("idNumber");
		List<List<Object>> assessments = List.of(List.of(fifth, year() - 1, "良好"));
		long stored = applications();

		ResponseEntity<Map<String, Object>> refused = importFile("ey1z", "/api/imports/applicants",
				applicantFile(rows, assessments));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		List<Map<String, Object>> problems = list(refused.getBody(), "problems");
		assertThat(problems).extracting(p -> p.get("sheet") + "!" + p.get("row") + ":" + p.get("field") + ":" + p.get("rule"))
			.containsExactlyInAnyOrder("申报人员!4:graduationDate:A21", "申报人员!5:yearsAtBaseLevel:A21",
					"申报人员!6:idNumber:A4", "申报人员!7:workSummary:A21", "年度考核!3:annualAssessments[0].result:A21");
		assertThat(problems).allSatisfy(p -> assertThat((String) p.get("message")).containsPattern("\\p{IsHan}"));
		assertThat(problems).filteredOn(p -> "年度考核".equals(p.get("sheet")))
			.singleElement()
			.satisfies(p -> assertThat(p).containsEntry("column", "C").containsEntry("heading", "考核等次"));
		assertThat(applications()).isEqualTo(stored);

		// corrected, the whole file goes in: each applicant stored and in the unit's ballot task
		rows.get(1).put("graduationDate", "2010-07");
		rows.get(2).put("yearsAtBaseLevel", 12);
		rows.get(3).put("idNumber", nextIdNumber());
		rows.get(4).put("workSummary", "任现职以来认真履职。");
		assessments = List.of(List.of(fifth, year() - 1, "优秀"));
		long running = applicationProcesses();
		ResponseEntity<Map<String, Object>> imported = importFile("ey1z", "/api/imports/applicants",
				applicantFile(rows, assessments));
		assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(imported.getBody()).containsEntry("imported", 6);
		assertThat(applications()).isEqualTo(stored + 6);
		assertThat(applicationProcesses()).isEqualTo(running + 6);
		assertThat(this.jdbc.queryForObject(
				"SELECT annual_assessments FROM zc_application WHERE id_number = ? AND review_year = ?", String.class,
				fifth, year())).contains("EXCELLENT");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM zc_import WHERE kind = 'APPLICANTS' AND created_by = 'ey1z'",
				Long.class)).isPositive();

		// the same file again: everyone already applied this year (A4), nothing is imported twice
		ResponseEntity<Map<String, Object>> again = importFile("ey1z", "/api/imports/applicants",
				applicantFile(rows, assessments));
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(list(again.getBody(), "problems")).hasSize(6).allSatisfy(p -> assertThat(p).containsEntry("rule", "A4"));
		assertThat(applications()).isEqualTo(stored + 6);
	}

	@Test
	void aUnitImportsOnlyForItselfAndOnlySpreadsheets() throws Exception {
		List<Map<String, Object>> rows = List.of(row("他校"));
		ResponseEntity<Map<String, Object>> otherUnit = importFile("ey2z", "/api/imports/applicants",
				applicantFile(rows, List.of()));
		assertThat(otherUnit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(list(otherUnit.getBody(), "problems")).singleElement()
			.satisfies(p -> assertThat(p).containsEntry("field", "unitCreditCode").containsEntry("rule", "A15"));

		ResponseEntity<Map<String, Object>> notXlsx = importFile("ey1z", "/api/imports/applicants",
				MaterialsFixtures.pdf());
		assertThat(notXlsx.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) notXlsx.getBody().get("message")).contains("不是 .xlsx");
	}

	byte[] expertFile(List<List<String>> rows) throws Exception {
		ResponseEntity<byte[]> template = bytes("eyzgb", "/api/imports/experts/template");
		assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.getBody()))) {
			Sheet sheet = workbook.getSheet("评审专家");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(2 + r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					if (rows.get(r).get(c) != null) {
						row.createCell(c).setCellValue(rows.get(r).get(c));
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void anOfficeImportsExpertsIntoItsOwnPoolsAllOrNone() throws Exception {
		String suffix = Integer.toString(SEQUENCE.getAndIncrement());
		String school = MaterialsFixtures.ERYUAN_NO1_SCHOOL;
		List<String> good = List.of("imp" + suffix + "a", "陈志强", "13800000000", "", school, "中小学教师", "语文", "副高级",
				"EYTEACHERINT");
		List<List<String>> rows = List.of(good,
				List.of("imp" + suffix + "b", "周丽华", "", "", "12532930431099999X", "中小学教师", "数学", "ASSOCIATE_SENIOR",
						"EYTEACHERINT"),
				List.of("imp" + suffix + "c", "吴国庆", "", "", school, "卫生技术", "内科", "正高级", "DQHEALTHSENIOR"),
				List.of("ey1z", "杨秀英", "", "", school, "中小学教师", "语文", "中级", "EYTEACHERINT"),
				List.of("imp" + suffix + "a", "陈志强", "", "", school, "中小学教师", "语文", "副高级", "EYTEACHERINT"));
		ResponseEntity<Map<String, Object>> refused = importFile("eyzgb", "/api/imports/experts", expertFile(rows));
		assertThat(refused.getStatusCode()).as("%s", refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(list(refused.getBody(), "problems"))
			.extracting(p -> p.get("row") + ":" + p.get("column") + ":" + p.get("rule"))
			.containsExactly("4:E:机构树", "5:I:E8", "6:A:登录名", "7:A:登录名");
		// nothing stored, not even the good first row, nor its Camunda user
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM zc_person WHERE user_id = ?", Long.class, good.get(0)))
			.isZero();
		assertThat(this.identityService.createUserQuery().userId(good.get(0)).count()).isZero();

		ResponseEntity<Map<String, Object>> imported = importFile("eyzgb", "/api/imports/experts",
				expertFile(List.of(good, List.of("expert01", "段德明", "", "", school, "中小学教师", "语文", "正高级", "EYHEALTHINT"))));
		assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(imported.getBody()).containsEntry("imported", 2);
		assertThat(this.jdbc.queryForObject("SELECT title_level FROM zc_expert WHERE user_id = ?", String.class, good.get(0)))
			.isEqualTo("ASSOCIATE_SENIOR");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM zc_committee_expert WHERE committee_code = 'EYHEALTHINT' AND user_id = 'expert01'",
				Long.class)).isOne();
		assertThat(this.identityService.createGroupQuery().groupMember(good.get(0)).groupId("experts").count()).isOne();

		assertThat(importFile("ey1z", "/api/imports/experts", expertFile(List.of(good))).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	// exports

	static Workbook workbook(ResponseEntity<byte[]> response) throws Exception {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType().toString()).startsWith(Spreadsheets.MEDIA_TYPE);
		return new XSSFWorkbook(new ByteArrayInputStream(response.getBody()));
	}

	static List<String> column(Sheet sheet, int column) {
		List<String> values = new ArrayList<>();
		for (int r = 3; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row != null && row.getCell(column) != null && row.getCell(0) != null
					&& row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
				values.add(row.getCell(column).toString());
			}
		}
		return values;
	}

	@Test
	void exportsOpenInExcelWithTheExpectedRows() throws Exception {
		String qualified = submit(teacher("公示甲"));
		String passed = submit(teacher("通过乙"));
		String pending = submit(teacher("待审丙"));
		this.jdbc.update("UPDATE zc_application SET status = 'QUALIFIED', qualification_result = ? WHERE id = ?",
				"{\"eligible\":true,\"needsReview\":true,\"policyPack\":\"YUNNAN-GENERAL\",\"results\":["
						+ "{\"rule\":\"A8\",\"outcome\":\"REVIEW\",\"message\":\"A8：未登记空缺岗位，请人工核实\"},"
						+ "{\"rule\":\"A7\",\"outcome\":\"PASS\",\"message\":\"A7：无处分\"}]}",
				qualified);
		this.jdbc.update("UPDATE zc_application SET status = 'PASSED' WHERE id = ?", passed);
		String path = "?year=" + year() + "&committeeCode=EYTEACHERINT";

		try (Workbook applications = workbook(bytes("eyzgb", "/api/exports/applications" + path))) {
			Sheet sheet = applications.getSheet("申报人员名单");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(year() + "年度申报人员名单");
			assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("姓名");
			assertThat(column(sheet, 2)).contains("公示甲", "通过乙", "待审丙");
			long expected = this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM zc_application WHERE committee_code = 'EYTEACHERINT' AND review_year = ?",
					Long.class, year());
			assertThat(column(sheet, 2)).hasSize((int) expected);
			assertThat(column(sheet, 4)).allSatisfy(id -> assertThat(id).contains("**********"));
		}
		try (Workbook publicity = workbook(bytes("eyzgb", "/api/exports/pre-publicity" + path))) {
			assertThat(column(publicity.getSheetAt(0), 1)).contains("公示甲", "通过乙").doesNotContain("待审丙");
		}
		try (Workbook results = workbook(bytes("eyzgb", "/api/exports/results" + path))) {
			assertThat(column(results.getSheetAt(0), 1)).contains("通过乙").doesNotContain("公示甲", "待审丙");
		}
		try (Workbook qualification = workbook(bytes("eyzgb", "/api/exports/qualification" + path))) {
			Sheet sheet = qualification.getSheetAt(0);
			int row = column(sheet, 2).indexOf("公示甲") + 3;
			assertThat(sheet.getRow(row).getCell(9).getStringCellValue()).contains("A8：未登记空缺岗位");
			assertThat(sheet.getRow(row).getCell(8).getStringCellValue()).isEqualTo("无");
			assertThat(column(sheet, 2)).doesNotContain("待审丙");
		}
		try (Workbook report = workbook(bytes("dlrsj", "/api/exports/work-report" + path))) {
			Sheet sheet = report.getSheet("评审工作情况表");
			Row line = sheet.getRow(3);
			assertThat(line.getCell(1).getStringCellValue()).isEqualTo("洱源县中小学教师中级职称评审委员会");
			long pool = this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM zc_committee_expert WHERE committee_code = 'EYTEACHERINT'", Long.class);
			assertThat(line.getCell(6).getNumericCellValue()).isEqualTo(pool);
			long passedCount = this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM zc_application WHERE committee_code = 'EYTEACHERINT' AND review_year = ? AND status = 'PASSED'",
					Long.class, year());
			assertThat(line.getCell(14).getNumericCellValue()).isEqualTo(passedCount);
		}
		// who may export: the office, filing authority, supervision and HR bureau of the committee
		for (String login : List.of("eyzgb", "dlrsj", "eyjjz", "eyrsj", "demo")) {
			assertThat(bytes(login, "/api/exports/work-report" + path).getStatusCode()).as(login).isEqualTo(HttpStatus.OK);
		}
		assertThat(bytes("ey1z", "/api/exports/applications" + path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(bytes("eyzgb", "/api/exports/applications?committeeCode=DQHEALTHSENIOR").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(bytes("eyzgb", "/api/exports/certificates" + path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.rest.withBasicAuth("eyzgb", "demo").getForEntity("/api/exports", String.class).getBody())
			.contains("work-report", "评审工作情况表", "pre-publicity");
	}

	@Test
	void theApiIsDescribedAsOpenApi() {
		ResponseEntity<String> docs = this.rest.getForEntity("/v3/api-docs", String.class);
		assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(docs.getBody()).contains("职称评审流程平台 API", "/api/applications/{applicationId}/attachments",
				"/api/imports/applicants", "/api/exports/{kind}", "/api/applications", "basicAuth", "证明材料与申报评审表")
			.doesNotContain("\"/engine-rest");
		assertThat(this.rest.getForEntity("/swagger-ui/index.html", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

}
