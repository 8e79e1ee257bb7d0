package cn.zhicheng.organisation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.zhicheng.common.RuleViolation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation tree: regions, organisations, committees, people, memberships and expert pools.
 * Every change is validated, stored with who made it, and synced into Camunda's identity service in
 * the same transaction, so that inboxes (candidate groups) always match the organisation.
 */
@Service
public class OrganisationService {

	private static final Pattern REGION_CODE = Pattern.compile("[1-8][0-9]{5}");

	/** Camunda's default resource id whitelist; logins and committee codes must fit it. */
	private static final Pattern LOGIN = Pattern.compile("[a-zA-Z0-9]{2,64}");

	private static final Pattern COMMITTEE_CODE = Pattern.compile("[A-Z0-9]{2,32}");

	private final OrganisationMapper mapper;

	private final IdentitySync identitySync;

	OrganisationService(OrganisationMapper mapper, IdentitySync identitySync) {
		this.mapper = mapper;
		this.identitySync = identitySync;
	}

	// reads

	public Optional<Organisation> organisation(String creditCode) {
		return Optional.ofNullable(this.mapper.findOrganisation(creditCode));
	}

	public List<Organisation> organisations() {
		return this.mapper.findOrganisations();
	}

	public List<Region> regions() {
		return this.mapper.findRegions();
	}

	public Optional<Region> region(String code) {
		return Optional.ofNullable(this.mapper.findRegion(code));
	}

	public List<Committee> committees() {
		return this.mapper.findCommittees();
	}

	public Optional<Committee> committee(String code) {
		return Optional.ofNullable(this.mapper.findCommittee(code));
	}

	public Optional<Person> person(String userId) {
		return Optional.ofNullable(this.mapper.findPerson(userId));
	}

	public List<String> membershipsOf(String userId) {
		return this.mapper.findMemberships(userId);
	}

	public List<Expert> experts() {
		return this.mapper.findExperts();
	}

	/** One expert of the expert pool (by login), without reading the whole pool. */
	public Optional<Expert> expert(String userId) {
		return Optional.ofNullable(userId == null ? null : this.mapper.findExpert(userId));
	}

	public List<String> pool(String committeeCode) {
		return this.mapper.findPool(committeeCode);
	}

	/**
	 * The organisation of the kind in the region, or else in the nearest region above it (county →
	 * prefecture → province); empty when there is none up to the province.
	 */
	public Optional<Organisation> nearest(OrganisationKind kind, String regionCode) {
		// one indexed lookup per region level (ix_zc_organisation_kind_region), not every organisation per call
		String code = regionCode;
		while (code != null) {
			Organisation found = this.mapper.findFirstOfKindInRegion(kind, code);
			if (found != null) {
				return Optional.of(found);
			}
			code = region(code).map(Region::parentCode).orElse(null);
		}
		return Optional.empty();
	}

	/** Q1, N2: the HR bureau of the committee's region, or of the nearest region above it. */
	public Optional<Organisation> hrBureauOf(Committee committee) {
		return nearest(OrganisationKind.HR_BUREAU, committee.regionCode());
	}

	/**
	 * E1, M1: the supervision department that watches the committee: the one registered with the committee,
	 * or else the nearest one of the committee's region and the regions above it.
	 */
	public Optional<Organisation> supervisionOf(Committee committee) {
		if (committee.supervisionCreditCode() != null) {
			return organisation(committee.supervisionCreditCode());
		}
		return nearest(OrganisationKind.SUPERVISION, committee.regionCode());
	}

	// writes

	@Transactional
	public Region saveRegion(Region region, String by) {
		RuleViolation.require(region.code() != null && REGION_CODE.matcher(region.code()).matches(), "code",
				"GB/T 2260", "行政区划代码（code）应为6位数字（GB/T 2260）");
		String name = RuleViolation.requireText(region.name(), "name", "行政区划名称", 64);
		RuleViolation.require(region.regionLevel() != null, "regionLevel", "必填", "行政区划级别（regionLevel）不能为空");
		String parentCode = blankToNull(region.parentCode());
		if (region.regionLevel() != RegionLevel.PROVINCE) {
			RuleViolation.require(parentCode != null && this.mapper.findRegion(parentCode) != null,
					"parentCode", "GB/T 2260", "上级行政区划（parentCode）不存在：" + region.parentCode());
		}
		Region clean = new Region(region.code(), name, region.regionLevel(),
				region.regionLevel() == RegionLevel.PROVINCE ? null : parentCode);
		if (this.mapper.updateRegion(clean, by) == 0) {
			this.mapper.insertRegion(clean, by);
		}
		return clean;
	}

	@Transactional
	public Organisation saveOrganisation(Organisation organisation, String by) {
		String creditCode = organisation.creditCode() == null ? null : organisation.creditCode().strip();
		CreditCode.problem(creditCode).ifPresent(problem -> {
			throw new RuleViolation("creditCode", CreditCode.RULE, problem);
		});
		String name = RuleViolation.requirePlainText(organisation.name(), "name", "机构名称", 128);
		RuleViolation.require(organisation.kind() != null, "kind", "必填", "机构类型（kind）不能为空");
		RuleViolation.require(organisation.regionCode() != null && this.mapper.findRegion(organisation.regionCode()) != null,
				"regionCode", "GB/T 2260", "所在行政区划（regionCode）不存在：" + organisation.regionCode());
		String parent = blankToNull(organisation.parentCreditCode());
		if (parent != null) {
			RuleViolation.require(!parent.equals(creditCode), "parentCreditCode", "机构树", "上级机构不能是本机构");
			RuleViolation.require(this.mapper.findOrganisation(parent) != null, "parentCreditCode", "机构树",
					"上级机构（parentCreditCode）不存在：" + parent);
		}
		if (organisation.kind() == OrganisationKind.UNIT) {
			RuleViolation.require(organisation.unitLevel() != null, "unitLevel", "DY7",
					"用人单位须注明单位层级（unitLevel：州（市）级、县级或乡镇级），定向岗位比例（DY7）据此计算");
			RuleViolation.require(parent != null, "parentCreditCode", "A16", "用人单位须注明主管部门（parentCreditCode），推荐材料须经主管部门审核（A16）");
		}
		Organisation clean = new Organisation(creditCode, name, organisation.kind(), organisation.regionCode(), parent,
				organisation.kind() == OrganisationKind.UNIT ? organisation.unitLevel() : null,
				Organisation.groupIdOf(creditCode));
		if (this.mapper.updateOrganisation(clean, by) == 0) {
			this.mapper.insertOrganisation(clean, by);
		}
		this.identitySync.syncGroup(clean);
		return clean;
	}

	@Transactional
	public Committee saveCommittee(Committee committee, String by) {
		RuleViolation.require(committee.code() != null && COMMITTEE_CODE.matcher(committee.code()).matches(), "code",
				"编码", "评委会编码（code）应为2至32位大写字母或数字");
		String name = RuleViolation.requireText(committee.name(), "name", "评委会名称", 128);
		String series = RuleViolation.requireText(committee.series(), "series", "评审系列", 64);
		RuleViolation.require(committee.titleLevel() != null, "titleLevel", "必填", "评审级别（titleLevel）不能为空");
		RuleViolation.require(committee.organisedBy() != null, "organisedBy", "E3", "组建方式（organisedBy：按系列或按专业）不能为空");
		RuleViolation.require(committee.memberCount() > 0 && committee.memberCount() % 2 == 1, "memberCount", "E3",
				"评委会人数（memberCount）应为奇数（E3）");
		RuleViolation.require(this.mapper.findRegion(committee.regionCode()) != null, "regionCode", "GB/T 2260",
				"所在行政区划（regionCode）不存在：" + committee.regionCode());
		requireKind(committee.officeCreditCode(), OrganisationKind.COMMITTEE_OFFICE, "officeCreditCode", "评委会组建部门");
		String filingAuthority = blankToNull(committee.filingAuthorityCode());
		if (filingAuthority != null) {
			requireKind(filingAuthority, OrganisationKind.FILING_AUTHORITY, "filingAuthorityCode", "核准备案部门");
		}
		String supervision = blankToNull(committee.supervisionCreditCode());
		if (supervision != null) {
			requireKind(supervision, OrganisationKind.SUPERVISION, "supervisionCreditCode", "纪检监察部门");
		}
		Committee clean = new Committee(committee.code(), name, series, committee.titleLevel(), committee.organisedBy(),
				committee.regionCode(), committee.officeCreditCode(), filingAuthority, supervision,
				committee.memberCount());
		if (this.mapper.updateCommittee(clean, by) == 0) {
			this.mapper.insertCommittee(clean, by);
		}
		return clean;
	}

	/**
	 * Stores a person and makes {@code memberships} (credit codes) the complete set of departments whose
	 * inbox they work in; the Camunda user and memberships follow. A password is set only when given.
	 */
	@Transactional
	public Person savePerson(Person person, List<String> memberships, String password, String by) {
		RuleViolation.require(person.userId() != null && LOGIN.matcher(person.userId()).matches(), "userId", "登录名",
				"登录名（userId）应为2至64位字母或数字");
		String name = RuleViolation.requireText(person.name(), "name", "姓名", 64);
		for (String creditCode : memberships) {
			RuleViolation.require(this.mapper.findOrganisation(creditCode) != null, "memberships", "机构树",
					"所属机构不存在：" + creditCode);
		}
		Person clean = new Person(person.userId(), name, blankToNull(person.phone()), blankToNull(person.email()));
		if (this.mapper.updatePerson(clean, by) == 0) {
			this.mapper.insertPerson(clean, by);
		}
		List<String> current = this.mapper.findMemberships(clean.userId());
		for (String old : current) {
			if (!memberships.contains(old)) {
				this.mapper.deleteMembership(clean.userId(), old);
			}
		}
		for (String wanted : memberships) {
			if (!current.contains(wanted)) {
				this.mapper.insertMembership(clean.userId(), wanted, by);
			}
		}
		this.identitySync.syncUser(clean, memberships.stream().map(Organisation::groupIdOf).toList(), password);
		return clean;
	}

	@Transactional
	public Expert saveExpert(Expert expert, String by) {
		RuleViolation.require(this.mapper.findPerson(expert.userId()) != null, "userId", "专家库",
				"专家须先登记为人员：" + expert.userId());
		requireKind(expert.employerCode(), null, "employerCode", "工作单位");
		String series = RuleViolation.requireText(expert.series(), "series", "评审系列", 64);
		String specialty = RuleViolation.requireText(expert.specialty(), "specialty", "专业", 64);
		RuleViolation.require(expert.titleLevel() != null, "titleLevel", "必填", "专家职称级别（titleLevel）不能为空");
		Expert clean = new Expert(expert.userId(), expert.employerCode(), series, specialty, expert.titleLevel(),
				expert.active());
		if (this.mapper.updateExpert(clean, by) == 0) {
			this.mapper.insertExpert(clean, by);
		}
		this.identitySync.syncExpert(clean.userId(), clean.active());
		return clean;
	}

	@Transactional
	public void addToPool(String committeeCode, String userId, String by) {
		RuleViolation.require(this.mapper.findCommittee(committeeCode) != null, "committeeCode", "专家库",
				"评委会不存在：" + committeeCode);
		RuleViolation.require(this.mapper.findExpert(userId) != null, "userId", "专家库", "专家不存在：" + userId);
		if (this.mapper.countPoolMember(committeeCode, userId) == 0) {
			this.mapper.insertPoolMember(committeeCode, userId, by);
		}
	}

	/** Re-applies the whole organisation to Camunda's identity service (at start-up; idempotent). */
	@Transactional
	public void syncAll() {
		for (Organisation organisation : this.mapper.findOrganisations()) {
			this.identitySync.syncGroup(organisation);
		}
		for (Person person : this.mapper.findPeople()) {
			this.identitySync.syncUser(person,
					this.mapper.findMemberships(person.userId()).stream().map(Organisation::groupIdOf).toList(), null);
		}
		for (Expert expert : this.mapper.findExperts()) {
			this.identitySync.syncExpert(expert.userId(), expert.active());
		}
	}

	private void requireKind(String creditCode, OrganisationKind kind, String field, String label) {
		Organisation organisation = creditCode == null ? null : this.mapper.findOrganisation(creditCode);
		RuleViolation.require(organisation != null, field, "机构树", label + "（" + field + "）不存在：" + creditCode);
		if (kind != null) {
			RuleViolation.require(organisation.kind() == kind, field, "机构树",
					label + "（" + field + "）应为" + kind.label() + "，实为" + organisation.kind().label());
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
