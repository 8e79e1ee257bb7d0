package cn.zhicheng.draw;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.zhicheng.common.IdNumber;
import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.draw.ImportRejected.RowError;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.Expert;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.organisation.Person;
import cn.zhicheng.system.EngineAccess;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert pools (专家库, E5, E6, E8): bulk import, each expert's region and term, declared relations,
 * and each committee's number of alternates (E1). Experts, people and pool memberships are stored
 * through {@link OrganisationService} (so Camunda's users and the experts group follow); the region and
 * term, new in V4, here.
 */
@Service
public class ExpertPoolService {

	static final int MAX_IMPORT_ROWS = 2000;

	private static final Pattern LOGIN = Pattern.compile("[a-zA-Z0-9]{2,64}");

	private static final int MAX_ALTERNATES = 99;

	private final ExpertPoolMapper mapper;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final OrganisationService organisations;

	private final EngineAccess engineAccess;

	ExpertPoolService(ExpertPoolMapper mapper, OrganisationService organisations, EngineAccess engineAccess) {
		this.mapper = mapper;
		this.organisations = organisations;
		this.engineAccess = engineAccess;
	}

	/** Who is asking, for the checks below. */
	record Caller(String userId, List<String> groups, boolean administrator) {

		/** The committee office that runs the committee. */
		boolean runs(Committee committee) {
			return this.administrator || this.groups.contains(Organisation.groupIdOf(committee.officeCreditCode()));
		}

		/** The committee office or its supervision. */
		boolean oversees(Committee committee) {
			return runs(committee) || (committee.supervisionCreditCode() != null
					&& this.groups.contains(Organisation.groupIdOf(committee.supervisionCreditCode())));
		}

	}

	public List<ExpertProfile> pool(String committeeCode) {
		return this.mapper.pool(committeeCode);
	}

	public Optional<ExpertProfile> expert(String userId) {
		return Optional.ofNullable(this.mapper.find(userId));
	}

	// bulk import

	record ImportResult(int imported, int created, int updated) {
	}

	/**
	 * Imports experts all or nothing: every row is checked first, and if any row has a problem nothing is
	 * stored and every problem is reported with its row number ({@link ImportRejected}). Administrators
	 * may import into any pool; committee-office staff into the pools of the committees their office
	 * runs, and may change only experts who are new, in no pool yet, or already in such a pool.
	 */
	@Transactional
	public ImportResult importExperts(List<ExpertImportRow> rows, Caller caller) {
		RuleViolation.require(rows != null && !rows.isEmpty(), "experts", "导入", "导入内容为空：experts 至少应有一行");
		RuleViolation.require(rows.size() <= MAX_IMPORT_ROWS, "experts", "导入",
				"一次最多导入" + MAX_IMPORT_ROWS + "名专家，实为" + rows.size() + "名");
		List<RowError> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<Checked> checked = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Checked row = check(i + 1, rows.get(i), caller, seen, errors);
			if (row != null) {
				checked.add(row);
			}
		}
		if (!errors.isEmpty()) {
			long rowsWithErrors = errors.stream().map(RowError::row).distinct().count();
			throw new ImportRejected("导入失败：" + rows.size() + "行中有" + rowsWithErrors + "行不符合要求，未导入任何专家，请修改后重新导入",
					errors);
		}
		// the caller's right to import was checked above; Camunda's users and groups follow as the system
		int created = this.engineAccess.asSystem(() -> {
			int count = 0;
			for (Checked row : checked) {
				count += apply(row, caller.userId()) ? 1 : 0;
			}
			return count;
		});
		return new ImportResult(checked.size(), created, checked.size() - created);
	}

	private record Checked(ExpertImportRow row, String userId, String name, String phone, String email,
			String regionCode, String series, String specialty, TitleLevel titleLevel, LocalDate termStart,
			LocalDate termEnd, boolean active, List<String> pools) {
	}

	private Checked check(int n, ExpertImportRow row, Caller caller, Set<String> seen, List<RowError> errors) {
		int before = errors.size();
		if (row == null) {
			errors.add(new RowError(n, null, null, "必填", "第" + n + "行为空"));
			return null;
		}
		String userId = row.userId() == null ? null : row.userId().strip();
		Errors e = new Errors(n, userId, errors);
		if (userId == null || !LOGIN.matcher(userId).matches()) {
			e.add("userId", "登录名", "登录名（userId）应为2至64位字母或数字");
		}
		else if (!seen.add(userId)) {
			e.add("userId", "导入", "登录名 " + userId + " 在导入内容中重复出现");
		}
		String name = e.text(row.name(), "name", "姓名", 64, true);
		String phone = e.text(row.phone(), "phone", "电话", 32, false);
		String email = e.text(row.email(), "email", "电子邮箱", 128, false);
		String series = e.text(row.series(), "series", "评审系列", 64, true);
		String specialty = e.text(row.specialty(), "specialty", "专业", 64, true);
		Organisation employer = blank(row.employerCode()) ? null
				: this.organisations.organisation(row.employerCode().strip()).orElse(null);
		if (employer == null) {
			e.add("employerCode", "机构树", "工作单位（employerCode）不存在：" + row.employerCode());
		}
		String regionCode = blank(row.regionCode()) ? null : row.regionCode().strip();
		if (regionCode != null && this.organisations.region(regionCode).isEmpty()) {
			e.add("regionCode", "GB/T 2260", "所在地区（regionCode）不存在：" + regionCode);
		}
		TitleLevel level = titleLevel(row.titleLevel());
		if (level == null) {
			e.add("titleLevel", "必填", "职称级别（titleLevel）应为 正高级、副高级、中级、初级（或 SENIOR、ASSOCIATE_SENIOR、INTERMEDIATE、JUNIOR），实为："
					+ row.titleLevel());
		}
		LocalDate termStart = e.date(row.termStart(), "termStart", "聘期开始日期");
		LocalDate termEnd = e.date(row.termEnd(), "termEnd", "聘期结束日期");
		if (termStart != null && termEnd != null && termEnd.isBefore(termStart)) {
			e.add("termEnd", "E5", "聘期结束日期" + termEnd + "早于开始日期" + termStart + "（E5）");
		}
		List<String> pools = new ArrayList<>();
		for (String code : row.pools() == null ? List.<String>of() : row.pools()) {
			Committee committee = blank(code) ? null : this.organisations.committee(code.strip()).orElse(null);
			if (committee == null) {
				e.add("pools", "专家库", "评委会不存在：" + code);
			}
			else if (!caller.runs(committee)) {
				e.add("pools", "权限", "只能向本部门组建的评委会专家库导入专家，“" + committee.name() + "”不是");
			}
			else if (!pools.contains(committee.code())) {
				pools.add(committee.code());
			}
		}
		if (!caller.administrator() && (row.pools() == null || row.pools().isEmpty())) {
			e.add("pools", "专家库", "请注明专家加入的本部门评委会专家库（pools）");
		}
		if (!caller.administrator() && userId != null && LOGIN.matcher(userId).matches()) {
			List<String> current = this.mapper.poolsOf(userId);
			boolean existing = this.mapper.find(userId) != null;
			boolean ours = current.stream()
				.anyMatch(code -> this.organisations.committee(code).map(caller::runs).orElse(false));
			if (existing && !current.isEmpty() && !ours) {
				e.add("userId", "权限", "专家 " + userId + " 已在其他部门的专家库中，只有其所在评委会的组建部门或管理员可以修改其信息");
			}
		}
		if (errors.size() > before) {
			return null;
		}
		return new Checked(row, userId, name, phone, email, regionCode, series, specialty, level, termStart, termEnd,
				row.active() == null || row.active(), pools);
	}

	/** Stores one checked row; true when the expert is new. */
	private boolean apply(Checked row, String by) {
		boolean created = this.mapper.find(row.userId()) == null;
		Optional<Person> existing = this.organisations.person(row.userId());
		Person person = new Person(row.userId(), row.name(),
				row.phone() != null ? row.phone() : existing.map(Person::phone).orElse(null),
				row.email() != null ? row.email() : existing.map(Person::email).orElse(null));
		// keep the departments the person already works in: an import changes the expert, not the staff.
		// A new login gets a random password nobody knows: an administrator sets one (Camunda Admin).
		String password = existing.isPresent() ? null : HexFormat.of().formatHex(randomBytes());
		this.organisations.savePerson(person, this.organisations.membershipsOf(row.userId()), password, by);
		this.organisations.saveExpert(new Expert(row.userId(), row.row().employerCode().strip(), row.series(),
				row.specialty(), row.titleLevel(), row.active()), by);
		this.mapper.updateRegionAndTerm(row.userId(), row.regionCode(), row.termStart(), row.termEnd(), by);
		for (String pool : row.pools()) {
			this.organisations.addToPool(pool, row.userId(), by);
		}
		return created;
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static TitleLevel titleLevel(String value) {
		if (blank(value)) {
			return null;
		}
		for (TitleLevel level : TitleLevel.values()) {
			if (level.name().equals(value.strip()) || level.label().equals(value.strip())) {
				return level;
			}
		}
		return null;
	}

	/** Collects a row's problems. */
	private record Errors(int row, String userId, List<RowError> all) {

		void add(String field, String rule, String message) {
			this.all.add(new RowError(this.row, this.userId, field, rule,
					"第" + this.row + "行" + (this.userId == null ? "" : "（" + this.userId + "）") + "：" + message));
		}

		String text(String value, String field, String label, int max, boolean required) {
			if (blank(value)) {
				if (required) {
					add(field, "必填", label + "（" + field + "）不能为空");
				}
				return null;
			}
			String clean = value.strip();
			if (clean.codePointCount(0, clean.length()) > max) {
				add(field, "长度", label + "（" + field + "）不能超过" + max + "个字符");
			}
			else if (clean.contains("<") || clean.contains(">")) {
				add(field, "格式", label + "（" + field + "）不能含有 < 或 >");
			}
			return clean;
		}

		LocalDate date(String value, String field, String label) {
			if (blank(value)) {
				return null;
			}
			try {
				return LocalDate.parse(value.strip());
			}
			catch (DateTimeParseException ex) {
				add(field, "格式", label + "（" + field + "）应为 YYYY-MM-DD 格式的日期，实为：" + value);
				return null;
			}
		}

	}

	// E6 declared relations

	public List<ExpertRelation> relations(String expertUserId) {
		return this.mapper.relationsOf(expertUserId);
	}

	/** E6: records a declared conflict of the expert. */
	@Transactional
	public ExpertRelation declareRelation(String expertUserId, RelationDeclaration declaration, String by) {
		RuleViolation.require(this.mapper.find(expertUserId) != null, "userId", "专家库", "专家不存在：" + expertUserId);
		RelationKind kind = null;
		for (RelationKind candidate : RelationKind.values()) {
			if (candidate.name().equals(declaration.kind()) || candidate.label().equals(declaration.kind())) {
				kind = candidate;
			}
		}
		RuleViolation.require(kind != null, "kind", "E6",
				"关系类型（kind）应为 KIN（近亲属关系）、TEACHER_STUDENT（师生关系）、FORMER_COLLEAGUE（曾在同一单位工作）或 OTHER（其他利害关系）");
		String idNumber = blank(declaration.applicantIdNumber()) ? null : declaration.applicantIdNumber().strip();
		String name = blank(declaration.applicantName()) ? null
				: RuleViolation.requireText(declaration.applicantName(), "applicantName", "申报人姓名", 64);
		String unit = blank(declaration.applicantUnitCode()) ? null : declaration.applicantUnitCode().strip();
		if (idNumber != null) {
			IdNumber.problem(idNumber, LocalDate.now(DrawService.BEIJING)).ifPresent(problem -> {
				throw new RuleViolation("applicantIdNumber", IdNumber.RULE, problem);
			});
		}
		else {
			RuleViolation.require(name != null && unit != null, "applicantIdNumber", "E6",
					"请填写申报人身份证号码（applicantIdNumber），不知道时填写姓名（applicantName）和单位统一社会信用代码（applicantUnitCode）");
		}
		if (unit != null) {
			RuleViolation.require(this.organisations.organisation(unit).isPresent(), "applicantUnitCode", "机构树",
					"申报人单位（applicantUnitCode）不存在：" + unit);
		}
		String description = blank(declaration.description()) ? null
				: RuleViolation.requireText(declaration.description(), "description", "关系说明", 500);
		RuleViolation.require(name == null || !(name.contains("<") || name.contains(">")), "applicantName", "格式",
				"申报人姓名不能含有 < 或 >");
		RuleViolation.require(description == null || !(description.contains("<") || description.contains(">")),
				"description", "格式", "关系说明不能含有 < 或 >");
		ExpertRelation relation = new ExpertRelation(UUID.randomUUID().toString(), expertUserId, kind, idNumber, name,
				unit, description, null, by);
		this.mapper.insertRelation(relation, by);
		return this.mapper.relationsOf(expertUserId).stream().filter(r -> r.id().equals(relation.id())).findFirst()
			.orElseThrow();
	}

	/** Whether the caller may read and declare the expert's relations: the expert, their committees' offices, administrators. */
	boolean mayManageRelations(String expertUserId, Caller caller) {
		if (caller.administrator() || expertUserId.equals(caller.userId())) {
			return true;
		}
		return this.mapper.poolsOf(expertUserId).stream()
			.anyMatch(code -> this.organisations.committee(code).map(caller::runs).orElse(false));
	}

	// E1 alternates

	/** E1: sets the committee's number of alternates; null returns to the default (20 %, rounded up). */
	@Transactional
	public void setAlternates(String committeeCode, Integer alternates, String by) {
		Committee committee = this.organisations.committee(committeeCode)
			.orElseThrow(() -> new RuleViolation("committeeCode", "E1", "评委会不存在：" + committeeCode));
		RuleViolation.require(alternates == null || (alternates >= 1 && alternates <= MAX_ALTERNATES), "alternateCount",
				"E1", "备用评委人数（alternateCount）应为1至" + MAX_ALTERNATES + "人；不填则按评委人数的20%向上取整");
		this.mapper.updateAlternates(committee.code(), alternates, by);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
