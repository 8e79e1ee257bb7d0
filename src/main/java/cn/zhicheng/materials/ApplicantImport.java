package cn.zhicheng.materials;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationForm;
import cn.zhicheng.application.ApplicationService;
import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.materials.Spreadsheets.Column;
import cn.zhicheng.materials.Spreadsheets.DataRow;
import cn.zhicheng.materials.Spreadsheets.ReadSheet;
import cn.zhicheng.materials.Spreadsheets.Styles;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.qualification.ApplicantFacts.AssessmentResult;
import cn.zhicheng.qualification.ApplicantFacts.EducationLevel;
import cn.zhicheng.qualification.ApplicantFacts.EmploymentKind;
import cn.zhicheng.qualification.ApplicantFacts.PunishmentKind;
import cn.zhicheng.qualification.Track;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit imports many applicants at once from the .xlsx template: one row per applicant on “申报人员”,
 * lists (tables 2, 5-9, 11 of the 申报评审表) on their own sheets keyed by ID number. Every row becomes
 * the same {@link ApplicationForm} the API takes and goes through the same validation and submission
 * ({@link ApplicationService}); all rows are imported in one transaction, or none. A refusal names every
 * problem by sheet, row and column, in Chinese. An applicant who already has an application in the review
 * year, or appears twice in the file, is refused (A4).
 */
@Service
class ApplicantImport {

	private static final Logger log = LoggerFactory.getLogger(ApplicantImport.class);

	static final String MAIN = "申报人员";

	static final String HISTORY = "学习工作经历";

	static final String ACHIEVEMENTS = "业绩成果";

	static final String EDUCATION = "继续教育";

	static final String ASSESSMENTS = "年度考核";

	private static final Pattern LIST_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

	private static final List<String> INTEGERS = List.of("reviewYear", "yearsAtBaseLevel", "yearsInDirectedArea",
			"ruralServiceYears", "townshipYearsAfterIntermediate", "povertyAlleviationYears");

	private static final List<String> BOOLEANS = List.of("currentTitleDirected", "currentTitleByCertificate",
			"unitEntrustmentLetter", "unitStationed", "countyEntrustmentLetter", "unitCombinesReviewAndAppointment",
			"specialTalent", "postExempt", "exceptionalApplication", "povertyAlleviationCompetent",
			"enterprisePostdocFunded", "townshipGraduateFirstApplication", "seriesChangeAssessmentPassed",
			"continuingEducationCompleted", "pledgeSigned");

	private static final List<String> DATES = List.of("graduationDate", "workStartDate", "currentTitleDate",
			"currentTitleSameLevelSince", "punishmentUntil");

	static final List<Column> MAIN_COLUMNS = List.of(Column.of("reviewYear", "评审年度", true).number(),
			Column.of("committeeCode", "评审委员会编码", true).note("见本说明的评委会编码表，也可填写评委会全称"),
			Column.of("track", "评价方式", true).choices(List.of("通用", "定向")).note("通用 或 定向（双定向）"),
			Column.of("name", "姓名", true), Column.of("idNumber", "身份证号码", true).note("18 位，单元格须为文本格式（GB 11643）"),
			Column.of("ethnicity", "民族", false), Column.of("phone", "联系电话", false),
			Column.of("unitCreditCode", "用人单位统一社会信用代码", false).note("不填则为导入人所在单位"),
			Column.of("regionCode", "工作地行政区划代码", false).note("不填则为用人单位所在地"),
			Column.of("employmentKind", "人员类别", true).choices(ImportSupport.labels(EmploymentKind.class, EmploymentKind::label)),
			Column.of("education", "最高学历", true).choices(ImportSupport.labels(EducationLevel.class, EducationLevel::label)),
			Column.of("graduationDate", "毕业时间", true).note("YYYY-MM-DD 或 YYYY-MM"),
			Column.of("graduationSchool", "毕业院校", false), Column.of("major", "所学专业", false),
			Column.of("workStartDate", "参加工作时间", true),
			Column.of("currentTitleLevel", "现职称级别", false).choices(ImportSupport.labels(TitleLevel.class, TitleLevel::label)),
			Column.of("currentTitleSeries", "现职称系列", false), Column.of("currentTitleDate", "现职称取得时间", false),
			Column.of("currentTitleSameLevelSince", "同级职称首次取得时间", false),
			Column.of("currentTitleDirected", "现职称为定向评价职称", false).choices(List.of("是", "否")),
			Column.of("currentTitleByCertificate", "现职称由职业资格证书认定（A19）", false).choices(List.of("是", "否")),
			Column.of("targetSeries", "申报系列", true), Column.of("targetSpecialty", "申报专业", true),
			Column.of("targetLevel", "申报级别", true).choices(ImportSupport.labels(TitleLevel.class, TitleLevel::label)),
			Column.of("yearsAtBaseLevel", "县乡基层工作年限", false).number(),
			Column.of("yearsInDirectedArea", "在定向地区累计工作年限", false).number(),
			Column.of("ruralServiceYears", "农村基层服务年限", false).number(),
			Column.of("townshipYearsAfterIntermediate", "取得中级后在乡镇连续工作年限", false).number(),
			Column.of("punishmentKind", "处分情况（A7）", false).choices(ImportSupport.labels(PunishmentKind.class, PunishmentKind::label)),
			Column.of("punishmentUntil", "处分期满日期", false),
			Column.of("unitEntrustmentLetter", "已附驻地单位委托评审函（A2）", false).choices(List.of("是", "否")),
			Column.of("unitStationed", "用人单位为中央、省属驻地单位（A2）", false).choices(List.of("是", "否")),
			Column.of("countyEntrustmentLetter", "已附县人社局委托评审函（A3）", false).choices(List.of("是", "否")),
			Column.of("unitCombinesReviewAndAppointment", "用人单位实行评聘结合（A8）", false).choices(List.of("是", "否")),
			Column.of("specialTalent", "特殊人才（A8）", false).choices(List.of("是", "否")),
			Column.of("postExempt", "适用不受岗位限制的政策（A8）", false).choices(List.of("是", "否")),
			Column.of("exceptionalApplication", "破格申报（G1）", false).choices(List.of("是", "否")),
			Column.of("povertyAlleviationYears", "脱贫攻坚、乡村振兴服务年限（G4）", false).number(),
			Column.of("povertyAlleviationCompetent", "服务期考核合格以上（G4）", false).choices(List.of("是", "否")),
			Column.of("enterprisePostdocFunded", "企业博士后获国家或省级资助（G5）", false).choices(List.of("是", "否")),
			Column.of("townshipGraduateFirstApplication", "乡镇高校毕业生首次申报（G1）", false).choices(List.of("是", "否")),
			Column.of("seriesChangeFrom", "转评前系列（A11）", false),
			Column.of("seriesChangeAssessmentPassed", "转评已通过单位考核（A11）", false).choices(List.of("是", "否")),
			Column.of("continuingEducationCompleted", "继续教育已达到要求（A10）", false).choices(List.of("是", "否")),
			Column.of("pledgeSigned", "已签署个人承诺书（表10，A13）", false).choices(List.of("是", "否")),
			Column.of("workSummary", "专业技术工作总结（表3，不超过2000字）", true));

	static final List<Column> HISTORY_COLUMNS = List.of(Column.of("idNumber", "身份证号码", true),
			Column.of("category", "类别", true).choices(List.of("学习", "工作")), Column.of("from", "起始时间", true),
			Column.of("to", "截止时间", false).note("至今不填"), Column.of("organisation", "学校或工作单位", true),
			Column.of("description", "学历专业或职务岗位", false));

	static final List<Column> ACHIEVEMENT_COLUMNS = List.of(Column.of("idNumber", "身份证号码", true),
			Column.of("category", "类别", true).choices(List.of("项目", "专利", "获奖", "论文著作")),
			Column.of("date", "时间", true), Column.of("title", "名称", true), Column.of("level", "级别", false),
			Column.of("description", "说明", false));

	static final List<Column> EDUCATION_COLUMNS = List.of(Column.of("idNumber", "身份证号码", true),
			Column.of("year", "年度", true).number(), Column.of("hours", "学时", true).number(),
			Column.of("content", "内容", false));

	static final List<Column> ASSESSMENT_COLUMNS = List.of(Column.of("idNumber", "身份证号码", true),
			Column.of("year", "年度", true).number(),
			Column.of("result", "考核等次", true).choices(ImportSupport.labels(AssessmentResult.class, AssessmentResult::label)));

	private static final Map<String, String> HISTORY_LISTS = Map.of("学习", "studyHistory", "工作", "workHistory");

	private static final Map<String, String> ACHIEVEMENT_LISTS = Map.of("项目", "projects", "专利", "patents", "获奖",
			"awards", "论文著作", "publications", "论文", "publications", "著作", "publications");

	private final ApplicationService applications;

	private final OrganisationService organisations;

	private final ImportLogMapper importLog;

	private final MaterialsProperties properties;

	private final ObjectMapper json;

	ApplicantImport(ApplicationService applications, OrganisationService organisations, ImportLogMapper importLog,
			MaterialsProperties properties, ObjectMapper json) {
		this.applications = applications;
		this.organisations = organisations;
		this.importLog = importLog;
		this.properties = properties;
		this.json = json;
	}

	/** The template: the five sheets with headings, field keys and drop-downs, and the notes. */
	byte[] template() {
		Workbook workbook = new XSSFWorkbook();
		Styles styles = Styles.of(workbook);
		List<String> notes = new ArrayList<>(List.of(
				"一个文件可导入多名申报人（最多 " + this.properties.maxImportRows() + " 行）。“" + MAIN + "”每行一人；"
						+ "学习工作经历、业绩成果、继续教育、年度考核各占一张表，以身份证号码对应申报人（可不填）。",
				"第 1 行为栏目名称（带 * 的必填），第 2 行为字段名，请勿修改或删除；从第 3 行起填写。身份证号码等代码列已设为文本格式。",
				"校验规则与网上申报完全相同（A21、GB 11643 等）；任何一行有误则整个文件不导入，并逐行逐列列出错误，改正后重新导入整个文件。",
				"同一人同一评审年度只能申报一次（A4）：文件中重复或本年度已申报的人员不予导入。导入后每人进入“述职测评”环节。",
				"日期可填 2010-07-01、2010-07、2010.7 或 Excel 日期；是否类栏目填“是”或“否”（不填为“否”）。", "",
				"评委会编码："));
		for (Committee committee : this.organisations.committees()) {
			notes.add("　" + committee.code() + "　" + committee.name() + "（" + committee.series()
					+ committee.titleLevel().label() + "）");
		}
		notes.add("");
		notes.add("人员类别：" + ImportSupport.table(EmploymentKind.class, EmploymentKind::label));
		notes.add("最高学历：" + ImportSupport.table(EducationLevel.class, EducationLevel::label));
		notes.add("职称级别：" + ImportSupport.table(TitleLevel.class, TitleLevel::label));
		notes.add("处分情况：" + ImportSupport.table(PunishmentKind.class, PunishmentKind::label));
		notes.add("考核等次：" + ImportSupport.table(AssessmentResult.class, AssessmentResult::label));
		notes.add("");
		notes.add("栏目说明：");
		for (Column column : MAIN_COLUMNS) {
			if (column.note() != null) {
				notes.add("　" + column.heading() + "：" + column.note());
			}
		}
		Spreadsheets.notesSheet(workbook, styles, "申报人员批量导入模板（专业技术职称申报评审表）", notes);
		int rows = this.properties.maxImportRows();
		Spreadsheets.templateSheet(workbook, styles, MAIN, MAIN_COLUMNS, rows);
		Spreadsheets.templateSheet(workbook, styles, HISTORY, HISTORY_COLUMNS, rows * 4);
		Spreadsheets.templateSheet(workbook, styles, ACHIEVEMENTS, ACHIEVEMENT_COLUMNS, rows * 4);
		Spreadsheets.templateSheet(workbook, styles, EDUCATION, EDUCATION_COLUMNS, rows * 4);
		Spreadsheets.templateSheet(workbook, styles, ASSESSMENTS, ASSESSMENT_COLUMNS, rows * 5);
		workbook.setActiveSheet(1);
		return Spreadsheets.bytes(workbook);
	}

	/**
	 * Imports every applicant of the file for {@code user} (staff of the unit, or an administrator), or
	 * nothing: {@link ImportRefused} lists every problem found.
	 */
	@Transactional
	ImportResult importFile(String fileName, byte[] content, String user) {
		Parsed parsed = read(content);
		List<Candidate> candidates = parsed.candidates();
		List<ImportProblem> problems = new ArrayList<>(parsed.problems());
		Map<String, Candidate> byIdNumber = new HashMap<>();
		for (Candidate candidate : candidates) {
			problems.addAll(candidate.problems);
			String idNumber = candidate.idNumber();
			if (idNumber == null || !candidate.problems.isEmpty()) {
				continue;
			}
			Candidate earlier = byIdNumber.putIfAbsent(idNumber, candidate);
			if (earlier != null) {
				candidate.problem("idNumber", "A4", "身份证号码与第 " + earlier.row.number() + " 行重复：同一人每年只能申报一次（A4）", problems);
				continue;
			}
			Integer year = candidate.year();
			if (year != null && this.applications.hasApplication(idNumber, year)) {
				candidate.problem("idNumber", "A4", "该申报人 " + year + " 年度已有申报，不重复导入（A4：每人每年只能申报一次）", problems);
				continue;
			}
			try {
				this.applications.validateOnly(candidate.form(this.json), user);
			}
			catch (RuleViolation violation) {
				candidate.problem(violation.field(), violation.rule(), violation.getMessage(), problems);
			}
			catch (IllegalArgumentException ex) {
				candidate.problem("form", "A21", "本行数据类型不正确：" + ex.getMessage().split("\n")[0], problems);
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportRefused("A21", candidates.size(), problems);
		}
		List<ImportedApplication> imported = new ArrayList<>();
		for (Candidate candidate : candidates) {
			try {
				Application application = this.applications.submit(candidate.form(this.json), user);
				imported.add(new ImportedApplication(candidate.row.number(), application.id(), application.name(),
						application.maskedIdNumber(), application.status().label()));
			}
			catch (RuleViolation violation) {
				List<ImportProblem> late = new ArrayList<>();
				candidate.problem(violation.field(), violation.rule(), violation.getMessage(), late);
				throw new ImportRefused(violation.rule(), candidates.size(), late);
			}
		}
		this.importLog.insert(ImportSupport.newId(), "APPLICANTS", AttachmentService.cleanFileName(fileName),
				ImportSupport.sha256(content), imported.size(), user);
		log.info("申报人员批量导入：{} 人，文件 {}，导入人 {}", imported.size(), fileName, user);
		return new ImportResult(imported.size(), imported);
	}

	/** The applicants of a file, and problems that belong to no applicant (list rows without one). */
	private record Parsed(List<Candidate> candidates, List<ImportProblem> problems) {
	}

	/** Reads and converts every row; problems with single cells are collected on the candidates. */
	private Parsed read(byte[] content) {
		try (Workbook workbook = Spreadsheets.open(new ByteArrayInputStream(content))) {
			Sheet mainSheet = workbook.getSheet(MAIN);
			if (mainSheet == null) {
				throw ImportRefused.file("模板", "文件中没有“" + MAIN + "”工作表，请使用下载的模板（GET /api/imports/applicants/template）");
			}
			ReadSheet main = Spreadsheets.read(mainSheet, MAIN_COLUMNS);
			for (Column column : MAIN_COLUMNS) {
				if (column.required() && !main.columnOf().containsKey(column.key())) {
					throw ImportRefused.file("模板", "“" + MAIN + "”缺少必填栏目“" + column.heading() + "”（" + column.key()
							+ "），请使用下载的模板");
				}
			}
			if (main.rows().isEmpty()) {
				throw ImportRefused.file("模板", "“" + MAIN + "”中没有数据行（从第 3 行起填写）");
			}
			if (main.rows().size() > this.properties.maxImportRows()) {
				throw ImportRefused.file("导入行数", "“" + MAIN + "”有 " + main.rows().size() + " 行，一次最多导入 "
						+ this.properties.maxImportRows() + " 行，请分文件导入");
			}
			List<Committee> committees = this.organisations.committees();
			List<Candidate> candidates = new ArrayList<>();
			List<ImportProblem> orphans = new ArrayList<>();
			Map<String, Candidate> byIdNumber = new LinkedHashMap<>();
			for (DataRow row : main.rows()) {
				Candidate candidate = new Candidate(main, row, committees);
				for (Column column : MAIN_COLUMNS) {
					candidate.convert(column.key(), row.get(column.key()), mainSheet);
				}
				candidates.add(candidate);
				if (candidate.idNumber() != null) {
					byIdNumber.putIfAbsent(candidate.idNumber(), candidate);
				}
			}
			lists(workbook, HISTORY, HISTORY_COLUMNS, byIdNumber, orphans, row -> HISTORY_LISTS.get(row.get("category")),
					"学习 或 工作", List.of("from", "to", "organisation", "description"));
			lists(workbook, ACHIEVEMENTS, ACHIEVEMENT_COLUMNS, byIdNumber, orphans,
					row -> ACHIEVEMENT_LISTS.get(row.get("category")), "项目、专利、获奖 或 论文著作",
					List.of("date", "title", "level", "description"));
			lists(workbook, EDUCATION, EDUCATION_COLUMNS, byIdNumber, orphans, row -> "continuingEducation", null,
					List.of("year", "hours", "content"));
			lists(workbook, ASSESSMENTS, ASSESSMENT_COLUMNS, byIdNumber, orphans, row -> "annualAssessments", null,
					List.of("year", "result"));
			return new Parsed(candidates, orphans);
		}
		catch (java.io.IOException ex) {
			throw ImportRefused.file("文件格式", "无法读取 Excel 文件");
		}
	}

	/** Attaches the rows of a list sheet to their applicants (by ID number). */
	private static void lists(Workbook workbook, String sheetName, List<Column> columns, Map<String, Candidate> byIdNumber,
			List<ImportProblem> orphans, java.util.function.Function<DataRow, String> listOf, String categories,
			List<String> fields) {
		Sheet sheet = workbook.getSheet(sheetName);
		if (sheet == null) {
			return;
		}
		ReadSheet read = Spreadsheets.read(sheet, columns);
		for (DataRow row : read.rows()) {
			String idNumber = row.get("idNumber") == null ? null : row.get("idNumber").toUpperCase();
			Candidate owner = idNumber == null ? null : byIdNumber.get(idNumber);
			if (owner == null) {
				orphans.add(new ImportProblem(sheetName, row.number(), read.letter("idNumber"), "身份证号码", "idNumber",
						"A21", idNumber == null ? "身份证号码不能为空，须与“" + MAIN + "”中的申报人对应"
								: "身份证号码 " + cn.zhicheng.common.IdNumber.mask(idNumber) + " 在“" + MAIN + "”中没有对应的申报人"));
				continue;
			}
			String list = listOf.apply(row);
			if (list == null) {
				owner.problems.add(new ImportProblem(sheetName, row.number(), read.letter("category"), "类别", "category",
						"A21", "类别“" + (row.get("category") == null ? "" : row.get("category")) + "”无效，应为" + categories));
				continue;
			}
			Map<String, Object> entry = new LinkedHashMap<>();
			for (String field : fields) {
				String value = row.get(field);
				if (field.equals("year") || field.equals("hours")) {
					entry.put(field, owner.integer(value, read, row, field, columnHeading(columns, field)));
				}
				else if (field.equals("result")) {
					entry.put(field, ImportSupport.code(value, AssessmentResult.class, AssessmentResult::label));
				}
				else if (field.equals("from") || field.equals("to") || field.equals("date")) {
					entry.put(field, Spreadsheets.isoDate(value));
				}
				else {
					entry.put(field, value);
				}
			}
			owner.addListEntry(list, entry, read, row);
		}
	}

	private static String columnHeading(List<Column> columns, String key) {
		return columns.stream().filter(c -> c.key().equals(key)).map(Column::heading).findFirst().orElse(key);
	}

	/** An imported application: its row in the file and what was stored. */
	record ImportedApplication(int row, String applicationId, String name, String idNumber, String status) {
	}

	record ImportResult(int imported, List<ImportedApplication> applications) {
	}

	/** One applicant of the file: the form's values, where each came from, and the problems found. */
	private static final class Candidate {

		private final ReadSheet sheet;

		private final DataRow row;

		private final Map<String, Object> values = new LinkedHashMap<>();

		/** list name → the sheet rows its entries came from, in order. */
		private final Map<String, List<Location>> listRows = new HashMap<>();

		private final List<ImportProblem> problems = new ArrayList<>();

		private final List<Committee> committees;

		Candidate(ReadSheet sheet, DataRow row, List<Committee> committees) {
			this.sheet = sheet;
			this.row = row;
			this.committees = committees;
		}

		record Location(ReadSheet sheet, DataRow row) {
		}

		String idNumber() {
			Object value = this.values.get("idNumber");
			return value == null ? null : value.toString().toUpperCase();
		}

		Integer year() {
			return this.values.get("reviewYear") instanceof Integer year ? year : null;
		}

		void convert(String key, String value, Sheet poiSheet) {
			if (key.equals("idNumber")) {
				org.apache.poi.ss.usermodel.Row poiRow = poiSheet.getRow(this.row.number() - 1);
				Integer column = this.sheet.columnOf().get(key);
				if (column != null && poiRow != null && Spreadsheets.isLongNumber(poiRow.getCell(column))) {
					problem(key, "GB 11643-1999", "身份证号码被 Excel 存成了数字（末位会丢失），请将该列设为文本格式后重新填写", this.problems);
					return;
				}
			}
			if (value == null) {
				return;
			}
			if (INTEGERS.contains(key)) {
				this.values.put(key, integer(value, this.sheet, this.row, key, columnHeading(MAIN_COLUMNS, key)));
			}
			else if (BOOLEANS.contains(key)) {
				String v = value.toUpperCase();
				if (ImportSupport.YES.contains(v)) {
					this.values.put(key, true);
				}
				else if (ImportSupport.NO.contains(v)) {
					this.values.put(key, false);
				}
				else {
					problem(key, "A21", columnHeading(MAIN_COLUMNS, key) + "应填写“是”或“否”，实为“" + value + "”", this.problems);
				}
			}
			else if (DATES.contains(key)) {
				this.values.put(key, Spreadsheets.isoDate(value));
			}
			else {
				this.values.put(key, switch (key) {
					case "track" -> value.startsWith("定向") ? Track.DIRECTED.name()
							: value.startsWith("通用") || value.startsWith("普通") ? Track.GENERAL.name()
									: ImportSupport.code(value, Track.class, Track::label);
					case "committeeCode" -> committeeCode(value);
					case "employmentKind" -> ImportSupport.code(value, EmploymentKind.class, EmploymentKind::label);
					case "education" -> ImportSupport.code(value, EducationLevel.class, EducationLevel::label);
					case "currentTitleLevel", "targetLevel" -> ImportSupport.code(value, TitleLevel.class, TitleLevel::label);
					case "punishmentKind" -> ImportSupport.code(value, PunishmentKind.class, PunishmentKind::label);
					default -> value;
				});
			}
		}

		Integer integer(String value, ReadSheet readSheet, DataRow dataRow, String key, String heading) {
			if (value == null) {
				return null;
			}
			try {
				return Integer.valueOf(value);
			}
			catch (NumberFormatException ex) {
				this.problems.add(new ImportProblem(readSheet.name(), dataRow.number(), readSheet.letter(key), heading, key,
						"A21", heading + "应为整数，实为“" + value + "”"));
				return null;
			}
		}

		@SuppressWarnings("unchecked")
		void addListEntry(String list, Map<String, Object> entry, ReadSheet readSheet, DataRow dataRow) {
			((List<Map<String, Object>>) this.values.computeIfAbsent(list, k -> new ArrayList<>())).add(entry);
			this.listRows.computeIfAbsent(list, k -> new ArrayList<>()).add(new Location(readSheet, dataRow));
		}

		ApplicationForm form(ObjectMapper json) {
			return json.convertValue(this.values, ApplicationForm.class);
		}

		/** A validator's verdict on a field (possibly inside a list), placed at its sheet, row and column. */
		void problem(String field, String rule, String message, List<ImportProblem> into) {
			Matcher m = field == null ? null : LIST_FIELD.matcher(field);
			if (m != null && m.matches() && this.listRows.containsKey(m.group(1))) {
				List<Location> rows = this.listRows.get(m.group(1));
				int index = Integer.parseInt(m.group(2));
				if (index < rows.size()) {
					Location location = rows.get(index);
					into.add(new ImportProblem(location.sheet().name(), location.row().number(),
							location.sheet().letter(m.group(3)), heading(location.sheet().name(), m.group(3)), field,
							rule, message));
					return;
				}
			}
			String key = field != null && this.sheet.columnOf().containsKey(field) ? field : null;
			into.add(new ImportProblem(this.sheet.name(), this.row.number(), key == null ? null : this.sheet.letter(key),
					key == null ? null : columnHeading(MAIN_COLUMNS, key), field, rule, message));
		}

		private String heading(String sheetName, String key) {
			List<Column> columns = switch (sheetName) {
				case HISTORY -> HISTORY_COLUMNS;
				case ACHIEVEMENTS -> ACHIEVEMENT_COLUMNS;
				case EDUCATION -> EDUCATION_COLUMNS;
				default -> ASSESSMENT_COLUMNS;
			};
			return columnHeading(columns, key);
		}

		private String committeeCode(String value) {
			for (Committee committee : this.committees) {
				if (committee.code().equalsIgnoreCase(value) || committee.name().equals(value)) {
					return committee.code();
				}
			}
			return value;
		}

	}

}
