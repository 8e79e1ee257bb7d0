package cn.zhicheng.materials;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.materials.Spreadsheets.Column;
import cn.zhicheng.materials.Spreadsheets.DataRow;
import cn.zhicheng.materials.Spreadsheets.ReadSheet;
import cn.zhicheng.materials.Spreadsheets.Styles;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.Expert;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.OrganisationKind;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.organisation.Person;
import cn.zhicheng.system.EngineAccess;
import cn.zhicheng.system.ForbiddenException;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A committee office imports reviewing experts into the expert pools of the committees it runs (E1, E8)
 * from the .xlsx template: each row is stored through {@link OrganisationService} (person, expert,
 * pool membership, and the Camunda user), with the same validation as every other change of the
 * organisation. All rows or none: every row is tried inside one transaction, every problem is collected
 * by row and column, and any problem rolls everything back. A login already used by department staff is
 * refused; an existing expert (same login and name) is only added to the pools.
 */
@Service
class ExpertImport {

	private static final Logger log = LoggerFactory.getLogger(ExpertImport.class);

	static final String SHEET = "评审专家";

	static final List<Column> COLUMNS = List.of(
			Column.of("userId", "登录名", true).note("2 至 64 位字母或数字，专家登录 Tasklist 用"),
			Column.of("name", "姓名", true), Column.of("phone", "联系电话", false), Column.of("email", "电子邮箱", false),
			Column.of("employerCode", "工作单位统一社会信用代码", true).note("须为平台已登记的单位（E6 回避据此判断）"),
			Column.of("series", "评审系列", true), Column.of("specialty", "专业", true),
			Column.of("titleLevel", "职称级别", true).choices(ImportSupport.labels(TitleLevel.class, TitleLevel::label)),
			Column.of("pools", "入库评委会编码", true).note("一个或多个，用顿号或逗号分隔；须为本部门组建的评委会"));

	private final OrganisationService organisations;

	private final ImportLogMapper importLog;

	private final MaterialsProperties properties;

	private final EngineAccess engineAccess;

	ExpertImport(OrganisationService organisations, ImportLogMapper importLog, MaterialsProperties properties,
			EngineAccess engineAccess) {
		this.organisations = organisations;
		this.importLog = importLog;
		this.properties = properties;
		this.engineAccess = engineAccess;
	}

	byte[] template() {
		Workbook workbook = new XSSFWorkbook();
		Styles styles = Styles.of(workbook);
		List<String> notes = new ArrayList<>(List.of(
				"评委会组建部门将评审专家导入本部门评委会的专家库（E1、E8）。第 1 行为栏目名称（带 * 的必填），第 2 行为字段名，请勿修改；从第 3 行起每行一名专家。",
				"任何一行有误则整个文件不导入，并逐行逐列列出错误；改正后重新导入整个文件（最多 " + this.properties.maxImportRows() + " 行）。",
				"登录名已是本平台专家且姓名相同的，只加入所填评委会的专家库，不修改其信息；登录名已被部门工作人员使用的，不予导入。",
				"新导入的专家账号不设密码：请系统管理员在 Camunda Admin（/camunda/app/admin/）中为其设置初始密码后告知本人。", "",
				"职称级别：" + ImportSupport.table(TitleLevel.class, TitleLevel::label), "", "评委会编码："));
		for (Committee committee : this.organisations.committees()) {
			notes.add("　" + committee.code() + "　" + committee.name());
		}
		Spreadsheets.notesSheet(workbook, styles, "评审专家批量导入模板", notes);
		Spreadsheets.templateSheet(workbook, styles, SHEET, COLUMNS, this.properties.maxImportRows());
		workbook.setActiveSheet(1);
		return Spreadsheets.bytes(workbook);
	}

	/** Imports every expert of the file, or nothing ({@link ImportRefused} lists every problem). */
	@Transactional(rollbackFor = ImportRefused.class)
	ImportResult importFile(String fileName, byte[] content, String user, List<String> groups) {
		boolean admin = groups.contains(Groups.CAMUNDA_ADMIN);
		Set<String> offices = new LinkedHashSet<>();
		for (String group : groups) {
			this.organisations.organisation(group)
				.filter(o -> o.kind() == OrganisationKind.COMMITTEE_OFFICE)
				.map(Organisation::creditCode)
				.ifPresent(offices::add);
		}
		if (!admin && offices.isEmpty()) {
			throw new ForbiddenException("只有评委会组建部门的工作人员可以导入评审专家");
		}
		ReadSheet sheet = read(content);
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		Map<String, Committee> committees = new HashMap<>();
		this.organisations.committees().forEach(c -> committees.put(c.code(), c));
		Set<String> experts = new java.util.HashSet<>();
		this.organisations.experts().forEach(e -> experts.add(e.userId()));
		List<ImportedExpert> imported = new ArrayList<>();
		for (DataRow row : sheet.rows()) {
			Located at = new Located(sheet, row, problems);
			String userId = row.get("userId");
			String name = row.get("name");
			if (userId != null) {
				Integer earlier = seen.putIfAbsent(userId.toLowerCase(), row.number());
				if (earlier != null) {
					at.problem("userId", "登录名", "登录名“" + userId + "”与第 " + earlier + " 行重复");
					continue;
				}
			}
			String levelCode = ImportSupport.code(row.get("titleLevel"), TitleLevel.class, TitleLevel::label);
			TitleLevel titleLevel = null;
			if (levelCode != null) {
				try {
					titleLevel = TitleLevel.valueOf(levelCode);
				}
				catch (IllegalArgumentException ex) {
					at.problem("titleLevel", "必填",
							"职称级别“" + levelCode + "”无效，应为：" + ImportSupport.table(TitleLevel.class, TitleLevel::label));
					continue;
				}
			}
			List<String> pools = pools(row.get("pools"));
			boolean poolsOk = !pools.isEmpty();
			if (!poolsOk) {
				at.problem("pools", "专家库", "入库评委会编码不能为空");
			}
			for (String code : pools) {
				Committee committee = committees.get(code);
				if (committee == null) {
					at.problem("pools", "专家库", "评委会编码“" + code + "”不存在");
					poolsOk = false;
				}
				else if (!admin && !offices.contains(committee.officeCreditCode())) {
					at.problem("pools", "E8", "评委会“" + committee.name() + "”不由您所在的评委会组建部门组建，不能为其导入专家");
					poolsOk = false;
				}
			}
			if (!poolsOk) {
				continue;
			}
			try {
				Optional<Person> existing = userId == null ? Optional.empty() : this.organisations.person(userId);
				boolean known = false;
				if (existing.isPresent()) {
					if (!experts.contains(userId)) {
						at.problem("userId", "登录名", "登录名“" + userId + "”已被部门工作人员使用，请换一个登录名");
						continue;
					}
					if (!existing.get().name().equals(name == null ? "" : name.strip())) {
						at.problem("name", "专家库",
								"登录名“" + userId + "”已是专家“" + existing.get().name() + "”，与所填姓名不一致");
						continue;
					}
					known = true;
				}
				TitleLevel level = titleLevel;
				boolean create = !known;
				// the office's right to do this was checked above (its own committees); Camunda's user and
				// group writes then run without the office user's engine authorizations
				this.engineAccess.asSystem(() -> {
					if (create) {
						this.organisations.savePerson(new Person(userId, name, row.get("phone"), row.get("email")),
								List.of(), null, user);
						this.organisations.saveExpert(new Expert(userId, row.get("employerCode"), row.get("series"),
								row.get("specialty"), level, true), user);
					}
					for (String code : pools) {
						this.organisations.addToPool(code, userId, user);
					}
				});
				imported.add(new ImportedExpert(row.number(), userId, known ? existing.get().name() : name, pools,
						known ? "已在专家库，加入评委会" : "新增专家"));
			}
			catch (RuleViolation violation) {
				at.problem(violation.field(), violation.rule(), violation.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportRefused("专家库", sheet.rows().size(), problems);
		}
		this.importLog.insert(ImportSupport.newId(), "EXPERTS", AttachmentService.cleanFileName(fileName),
				ImportSupport.sha256(content), imported.size(), user);
		log.info("评审专家批量导入：{} 人，文件 {}，导入人 {}", imported.size(), fileName, user);
		return new ImportResult(imported.size(), imported);
	}

	private ReadSheet read(byte[] content) {
		try (Workbook workbook = Spreadsheets.open(new ByteArrayInputStream(content))) {
			Sheet poiSheet = workbook.getSheet(SHEET);
			if (poiSheet == null) {
				throw ImportRefused.file("模板", "文件中没有“" + SHEET + "”工作表，请使用下载的模板（GET /api/imports/experts/template）");
			}
			ReadSheet sheet = Spreadsheets.read(poiSheet, COLUMNS);
			for (Column column : COLUMNS) {
				if (column.required() && !sheet.columnOf().containsKey(column.key())) {
					throw ImportRefused.file("模板", "“" + SHEET + "”缺少必填栏目“" + column.heading() + "”（" + column.key() + "）");
				}
			}
			if (sheet.rows().isEmpty()) {
				throw ImportRefused.file("模板", "“" + SHEET + "”中没有数据行（从第 3 行起填写）");
			}
			if (sheet.rows().size() > this.properties.maxImportRows()) {
				throw ImportRefused.file("导入行数", "“" + SHEET + "”有 " + sheet.rows().size() + " 行，一次最多导入 "
						+ this.properties.maxImportRows() + " 行");
			}
			return sheet;
		}
		catch (IOException ex) {
			throw ImportRefused.file("文件格式", "无法读取 Excel 文件");
		}
	}

	static List<String> pools(String value) {
		if (value == null) {
			return List.of();
		}
		List<String> codes = new ArrayList<>();
		for (String code : value.split("[、,，;；\\s]+")) {
			if (!code.isBlank() && !codes.contains(code.strip().toUpperCase())) {
				codes.add(code.strip().toUpperCase());
			}
		}
		return codes;
	}

	/** Problems of one row, placed at the column of the field named (OrganisationService's field names). */
	private record Located(ReadSheet sheet, DataRow row, List<ImportProblem> problems) {

		void problem(String field, String rule, String message) {
			String key = field == null ? null : switch (field) {
				case "code", "committeeCode" -> "pools";
				case "memberships" -> "employerCode";
				default -> field;
			};
			String heading = COLUMNS.stream().filter(c -> c.key().equals(key)).map(Column::heading).findFirst().orElse(null);
			this.problems.add(new ImportProblem(this.sheet.name(), this.row.number(),
					heading == null ? null : this.sheet.letter(key), heading, field, rule, message));
		}

	}

	record ImportedExpert(int row, String userId, String name, List<String> pools, String result) {
	}

	record ImportResult(int imported, List<ImportedExpert> experts) {
	}

}
