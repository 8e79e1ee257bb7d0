package cn.zhicheng.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.CreditCode;
import cn.zhicheng.organisation.Expert;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.OrganisationKind;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.organisation.OrganisedBy;
import cn.zhicheng.organisation.Person;
import cn.zhicheng.organisation.Region;
import cn.zhicheng.organisation.RegionLevel;
import cn.zhicheng.organisation.UnitLevel;

/**
 * A synthetic Yunnan province, the same for the same seed: the 16 prefectures with real GB/T 2260 codes and
 * 37 real counties (the directed areas 怒江, 迪庆, 会泽县, 镇雄县, 宁蒗县, 澜沧县, 屏边县, 广南县 included), one HR
 * bureau, committee office and supervision per prefecture, competent departments and units per county with
 * GB 32100 credit codes, one login per department (three for committee offices, E2), committees and expert
 * pools. Everything is stored through {@link OrganisationService}, the way the administrators' API does.
 */
final class Province {

	static final String BY = "benchmark";

	static final String PROVINCE_CODE = "530000";

	/** Prefecture code → name, with its counties (code, name). */
	static final Map<String, String[][]> PREFECTURES = new LinkedHashMap<>();

	static final Map<String, String> PREFECTURE_NAMES = new LinkedHashMap<>();

	static {
		prefecture("530100", "昆明市", "530102", "五华区", "530103", "盘龙区", "530124", "富民县");
		prefecture("530300", "曲靖市", "530302", "麒麟区", "530326", "会泽县", "530381", "宣威市");
		prefecture("530400", "玉溪市", "530402", "红塔区", "530423", "通海县");
		prefecture("530500", "保山市", "530502", "隆阳区", "530523", "龙陵县");
		prefecture("530600", "昭通市", "530602", "昭阳区", "530627", "镇雄县");
		prefecture("530700", "丽江市", "530702", "古城区", "530724", "宁蒗彝族自治县");
		prefecture("530800", "普洱市", "530802", "思茅区", "530828", "澜沧拉祜族自治县");
		prefecture("530900", "临沧市", "530902", "临翔区", "530927", "沧源佤族自治县");
		prefecture("532300", "楚雄彝族自治州", "532301", "楚雄市", "532325", "姚安县");
		prefecture("532500", "红河哈尼族彝族自治州", "532501", "个旧市", "532523", "屏边苗族自治县");
		prefecture("532600", "文山壮族苗族自治州", "532601", "文山市", "532627", "广南县");
		prefecture("532800", "西双版纳傣族自治州", "532801", "景洪市", "532822", "勐海县");
		prefecture("532900", "大理白族自治州", "532901", "大理市", "532930", "洱源县", "532932", "鹤庆县");
		prefecture("533100", "德宏傣族景颇族自治州", "533102", "瑞丽市", "533103", "芒市");
		prefecture("533300", "怒江傈僳族自治州", "533301", "泸水市", "533323", "福贡县", "533324", "贡山独龙族怒族自治县",
				"533325", "兰坪白族普米族自治县");
		prefecture("533400", "迪庆藏族自治州", "533401", "香格里拉市", "533422", "德钦县", "533423", "维西傈僳族自治县");
	}

	private static void prefecture(String code, String name, String... counties) {
		String[][] list = new String[counties.length / 2][];
		for (int i = 0; i < list.length; i++) {
			list[i] = new String[] { counties[2 * i], counties[2 * i + 1] };
		}
		PREFECTURES.put(code, list);
		PREFECTURE_NAMES.put(code, name);
	}

	/** The series a unit employs, with the competent department that supervises it. */
	enum Sector {
		EDUCATION("中小学教师", "教育体育局"), HEALTH("卫生技术", "卫生健康局"), AGRICULTURE("农业技术", "农业农村局");

		final String series;

		final String department;

		Sector(String series, String department) {
			this.series = series;
			this.department = department;
		}

	}

	/** A unit applicants work in, with the login of its staff. */
	record Unit(Organisation organisation, Sector sector, String login, String countyCode, String prefectureCode) {
	}

	/** A committee of the province with the staff who work its cycle. */
	record Board(Committee committee, String office, List<String> officeLogins, String supervisionLogin,
			String sector) {
	}

	final Random random;

	final OrganisationService organisations;

	final List<Unit> units = new ArrayList<>();

	final List<Board> boards = new ArrayList<>();

	/** Camunda group id (= credit code) → logins of its staff. */
	final Map<String, List<String>> staff = new ConcurrentHashMap<>();

	/** login → groups, for setAuthentication without a query. */
	final Map<String, List<String>> groupsOf = new ConcurrentHashMap<>();

	/** Prefecture → committee code for intermediate titles per sector. */
	final Map<String, Map<Sector, String>> intermediate = new LinkedHashMap<>();

	/** Province committees for associate senior titles per sector. */
	final Map<Sector, String> associateSenior = new LinkedHashMap<>();

	/** The committee whose pool holds the large draw pool. */
	String largePoolCommittee;

	int experts;

	private int sequence;

	private int logins;

	Province(long seed, OrganisationService organisations) {
		this.random = new Random(seed);
		this.organisations = organisations;
	}

	/** A valid 统一社会信用代码: registration authority 1 (机构编制), category, region, GB 11714 organisation code. */
	String creditCode(char category, String region) {
		int n = ++this.sequence;
		String body = String.format("%08d", 43100000 + n * 7 + this.random.nextInt(7));
		int[] weights = { 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		int check = 11 - sum % 11;
		String orgCode = body + (check == 10 ? "X" : check == 11 ? "0" : String.valueOf(check));
		String first17 = "1" + category + region + orgCode;
		String code = first17 + CreditCode.checkCharacter(first17);
		if (!CreditCode.isValid(code)) {
			throw new IllegalStateException("生成的统一社会信用代码无效：" + code);
		}
		return code;
	}

	private Organisation org(String name, OrganisationKind kind, String region, String parent, UnitLevel level,
			char category) {
		Organisation organisation = new Organisation(creditCode(category, region), name, kind, region, parent, level,
				null);
		return this.organisations.saveOrganisation(organisation, BY);
	}

	private String login(String prefix, Organisation organisation, String name) {
		String login = prefix + (++this.logins);
		this.organisations.savePerson(new Person(login, name, null, null), List.of(organisation.creditCode()), null, BY);
		this.staff.computeIfAbsent(organisation.groupId(), k -> new ArrayList<>()).add(login);
		this.groupsOf.put(login, List.of(organisation.groupId()));
		return login;
	}

	private static final String[] SURNAMES = { "杨", "李", "张", "王", "赵", "段", "和", "施", "苏", "罗", "扎西", "卓玛", "格桑",
			"尼玛", "陈", "刘", "周", "吴", "黄", "何", "字", "余", "普", "鲁" };

	private static final String[] GIVEN = { "丽芬", "建华", "晓梅", "国强", "秀英", "志刚", "文斌", "春林", "永红", "婷", "斌", "丽华",
			"刚", "芳", "磊", "敏", "静", "伟", "娜", "云", "海燕", "学文", "金花", "玉兰", "正华", "天明" };

	String personName() {
		return SURNAMES[this.random.nextInt(SURNAMES.length)] + GIVEN[this.random.nextInt(GIVEN.length)];
	}

	/** Regions, departments, units, logins and committees; experts follow in {@link #experts(int, int)}. */
	void build() {
		this.organisations.saveRegion(new Region(PROVINCE_CODE, "云南省", RegionLevel.PROVINCE, null), BY);
		Organisation provinceHr = org("云南省人力资源和社会保障厅", OrganisationKind.HR_BUREAU, PROVINCE_CODE, null, null, '1');
		login("ynrs", provinceHr, personName());
		Organisation filing = org("云南省人力资源和社会保障厅专业技术人员管理处", OrganisationKind.FILING_AUTHORITY, PROVINCE_CODE,
				null, null, '1');
		login("ynba", filing, personName());
		Organisation provinceOffice = org("云南省职称改革工作领导小组办公室", OrganisationKind.COMMITTEE_OFFICE, PROVINCE_CODE, null,
				null, '1');
		List<String> provinceOfficeLogins = List.of(login("ynzg", provinceOffice, personName()),
				login("ynzg", provinceOffice, personName()), login("ynzg", provinceOffice, personName()));
		Organisation provinceSupervision = org("云南省纪委监委派驻省人力资源和社会保障厅纪检监察组", OrganisationKind.SUPERVISION,
				PROVINCE_CODE, null, null, '1');
		String provinceSupervisor = login("ynjj", provinceSupervision, personName());
		List<Organisation> expertEmployers = new ArrayList<>();
		for (Map.Entry<String, String[][]> prefecture : PREFECTURES.entrySet()) {
			String code = prefecture.getKey();
			String name = PREFECTURE_NAMES.get(code);
			String shortName = name.substring(0, 2);
			this.organisations.saveRegion(new Region(code, name, RegionLevel.PREFECTURE, PROVINCE_CODE), BY);
			Organisation hr = org(name + "人力资源和社会保障局", OrganisationKind.HR_BUREAU, code, null, null, '1');
			login("rs", hr, personName());
			Organisation office = org(shortName + "职称改革工作领导小组办公室", OrganisationKind.COMMITTEE_OFFICE, code, null, null,
					'1');
			List<String> officeLogins = List.of(login("zg", office, personName()), login("zg", office, personName()),
					login("zg", office, personName()));
			Organisation supervision = org(shortName + "纪委监委派驻" + shortName + "人社局纪检监察组", OrganisationKind.SUPERVISION,
					code, null, null, '1');
			String supervisor = login("jj", supervision, personName());
			Map<Sector, Organisation> prefectureDepts = new LinkedHashMap<>();
			for (Sector sector : Sector.values()) {
				Organisation dept = org(name + sector.department, OrganisationKind.COMPETENT_DEPT, code, null, null, '1');
				login("zz", dept, personName());
				prefectureDepts.put(sector, dept);
			}
			// the units the experts work in (no applicants: E6 would keep their experts out of the draw)
			expertEmployers.add(org(shortName + "教育科学研究所", OrganisationKind.UNIT, code,
					prefectureDepts.get(Sector.EDUCATION).creditCode(), UnitLevel.PREFECTURE, '2'));
			expertEmployers.add(org(shortName + "疾病预防控制中心", OrganisationKind.UNIT, code,
					prefectureDepts.get(Sector.HEALTH).creditCode(), UnitLevel.PREFECTURE, '2'));
			expertEmployers.add(org(shortName + "农业科学研究所", OrganisationKind.UNIT, code,
					prefectureDepts.get(Sector.AGRICULTURE).creditCode(), UnitLevel.PREFECTURE, '2'));
			// prefecture-level units with applicants
			unit(shortName + "民族中学", Sector.EDUCATION, code, code, prefectureDepts, UnitLevel.PREFECTURE);
			unit(name + "人民医院", Sector.HEALTH, code, code, prefectureDepts, UnitLevel.PREFECTURE);
			for (String[] county : prefecture.getValue()) {
				this.organisations.saveRegion(new Region(county[0], county[1], RegionLevel.COUNTY, code), BY);
				Map<Sector, Organisation> depts = new LinkedHashMap<>();
				for (Sector sector : Sector.values()) {
					Organisation dept = org(county[1] + sector.department, OrganisationKind.COMPETENT_DEPT, county[0], null,
							null, '1');
					login("xz", dept, personName());
					depts.put(sector, dept);
				}
				String town = county[1].substring(0, 2);
				unit(county[1] + "第一中学", Sector.EDUCATION, county[0], code, depts, UnitLevel.COUNTY);
				unit(county[1] + "第二中学", Sector.EDUCATION, county[0], code, depts, UnitLevel.COUNTY);
				unit(town + "镇中心学校", Sector.EDUCATION, county[0], code, depts, UnitLevel.TOWNSHIP);
				unit(county[1] + "人民医院", Sector.HEALTH, county[0], code, depts, UnitLevel.COUNTY);
				unit(town + "镇卫生院", Sector.HEALTH, county[0], code, depts, UnitLevel.TOWNSHIP);
				unit(county[1] + "农业技术推广中心", Sector.AGRICULTURE, county[0], code, depts, UnitLevel.COUNTY);
			}
			Map<Sector, String> committees = new LinkedHashMap<>();
			int p = this.intermediate.size() + 1;
			for (Sector sector : Sector.values()) {
				String committeeCode = "P" + String.format("%02d", p) + sector.name().charAt(0) + "INT";
				Committee committee = this.organisations.saveCommittee(new Committee(committeeCode,
						name + sector.series + "中级职称评审委员会", sector.series, TitleLevel.INTERMEDIATE, OrganisedBy.SERIES,
						code, office.creditCode(), filing.creditCode(), supervision.creditCode(), 15), BY);
				this.boards.add(new Board(committee, office.groupId(), officeLogins, supervisor, sector.name()));
				committees.put(sector, committeeCode);
			}
			this.intermediate.put(code, committees);
		}
		for (Sector sector : List.of(Sector.EDUCATION, Sector.HEALTH)) {
			String committeeCode = "YN" + sector.name().substring(0, 4) + "ASSOC";
			Committee committee = this.organisations.saveCommittee(new Committee(committeeCode,
					"云南省" + sector.series + "副高级职称评审委员会", sector.series, TitleLevel.ASSOCIATE_SENIOR,
					OrganisedBy.SERIES, PROVINCE_CODE, provinceOffice.creditCode(), filing.creditCode(),
					provinceSupervision.creditCode(), 25), BY);
			this.boards.add(new Board(committee, provinceOffice.groupId(), provinceOfficeLogins, provinceSupervisor,
					sector.name()));
			this.associateSenior.put(sector, committeeCode);
		}
		this.largePoolCommittee = this.associateSenior.get(Sector.EDUCATION);
		this.expertEmployers = expertEmployers;
	}

	List<Organisation> expertEmployers;

	private void unit(String name, Sector sector, String region, String prefecture, Map<Sector, Organisation> depts,
			UnitLevel level) {
		Organisation unit = org(name, OrganisationKind.UNIT, region, depts.get(sector).creditCode(), level, '2');
		String login = login("dw", unit, personName());
		this.units.add(new Unit(unit, sector, login, region, prefecture));
	}

	/** The experts' specs: (committee, employer, series) for every expert, in order. */
	record ExpertSpec(String userId, String name, String employer, String series, TitleLevel level,
			String committee) {
	}

	/**
	 * Expert specs: {@code perIntermediate} per intermediate committee, 60 for the health associate senior
	 * committee and {@code largePool} for the education associate senior one (the draw from a large pool).
	 */
	List<ExpertSpec> expertSpecs(int perIntermediate, int largePool) {
		List<ExpertSpec> specs = new ArrayList<>();
		int n = 0;
		for (Board board : this.boards) {
			Committee committee = board.committee();
			int count = committee.code().equals(this.largePoolCommittee) ? largePool
					: committee.titleLevel() == TitleLevel.ASSOCIATE_SENIOR ? 60 : perIntermediate;
			Sector sector = Sector.valueOf(board.sector());
			List<Organisation> employers = this.expertEmployers.stream()
				.filter(o -> o.name().contains(sector == Sector.EDUCATION ? "教育" : sector == Sector.HEALTH ? "疾病" : "农业"))
				.toList();
			for (int i = 0; i < count; i++) {
				n++;
				Organisation employer = committee.regionCode().equals(PROVINCE_CODE)
						? employers.get(i % employers.size())
						: employers.stream().filter(o -> o.regionCode().equals(committee.regionCode())).findFirst()
							.orElse(employers.get(0));
				specs.add(new ExpertSpec(String.format("zj%05d", n), personName(), employer.creditCode(), sector.series,
						committee.titleLevel() == TitleLevel.INTERMEDIATE ? TitleLevel.ASSOCIATE_SENIOR : TitleLevel.SENIOR,
						committee.code()));
			}
		}
		return specs;
	}

	/** Stores one expert: person (Camunda user), expert profile, pool membership. */
	void saveExpert(ExpertSpec spec) {
		this.organisations.savePerson(new Person(spec.userId(), spec.name(), null, null), List.of(), null, BY);
		this.organisations.saveExpert(new Expert(spec.userId(), spec.employer(), spec.series(), "综合", spec.level(), true),
				BY);
		this.organisations.addToPool(spec.committee(), spec.userId(), BY);
	}

	/** The boards and logins of a province stored by an earlier run (for the probes). */
	void reload() {
		for (Committee committee : this.organisations.committees()) {
			this.boards.add(new Board(committee, committee.officeCreditCode(), List.of(), null, null));
		}
		this.largePoolCommittee = "YN" + Sector.EDUCATION.name().substring(0, 4) + "ASSOC";
	}

	Board board(String committeeCode) {
		return this.boards.stream().filter(b -> b.committee().code().equals(committeeCode)).findFirst().orElseThrow();
	}

}
