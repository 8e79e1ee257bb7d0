package cn.zhicheng.qualification;

import static cn.zhicheng.common.TitleLevel.ASSOCIATE_SENIOR;
import static cn.zhicheng.common.TitleLevel.INTERMEDIATE;
import static cn.zhicheng.common.TitleLevel.JUNIOR;
import static cn.zhicheng.common.TitleLevel.SENIOR;
import static cn.zhicheng.qualification.Applicants.DAHUA_AGRICULTURE;
import static cn.zhicheng.qualification.Applicants.DIQING_HOSPITAL;
import static cn.zhicheng.qualification.Applicants.ERYUAN_SCHOOL;
import static cn.zhicheng.qualification.Applicants.HEJING_ENTERPRISE;
import static cn.zhicheng.qualification.Applicants.HUIZE_SCHOOL;
import static cn.zhicheng.qualification.Applicants.ID_GUANGXI;
import static cn.zhicheng.qualification.Applicants.ID_HEJING;
import static cn.zhicheng.qualification.Applicants.ID_HUIZE;
import static cn.zhicheng.qualification.Applicants.ID_KORLA;
import static cn.zhicheng.qualification.Applicants.ID_YUNNAN;
import static cn.zhicheng.qualification.Applicants.KORLA_HOSPITAL;
import static cn.zhicheng.qualification.Applicants.NUJIANG_HOSPITAL;
import static cn.zhicheng.qualification.Applicants.directedTitle;
import static cn.zhicheng.qualification.Applicants.title;
import static cn.zhicheng.qualification.Outcome.FAIL;
import static cn.zhicheng.qualification.Outcome.PASS;
import static cn.zhicheng.qualification.Outcome.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import cn.zhicheng.organisation.UnitLevel;
import cn.zhicheng.qualification.ApplicantFacts.AssessmentResult;
import cn.zhicheng.qualification.ApplicantFacts.CurrentTitle;
import cn.zhicheng.qualification.ApplicantFacts.EducationLevel;
import cn.zhicheng.qualification.ApplicantFacts.EmploymentKind;
import cn.zhicheng.qualification.ApplicantFacts.PovertyAlleviationService;
import cn.zhicheng.qualification.ApplicantFacts.PunishmentKind;
import cn.zhicheng.qualification.ApplicantFacts.SeriesChange;
import cn.zhicheng.common.IdNumber.Sex;
import cn.zhicheng.qualification.ApplicantFacts.Unit;
import cn.zhicheng.qualification.QualificationData.CountyReview;
import cn.zhicheng.qualification.QualificationData.OtherApplication.Status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule book, case by case: each case starts from an ordinary qualified applicant of a pack, changes one or
 * two facts, names the rule that decides it with that rule's expected outcome, and the expected overall
 * eligibility. Expected values come from domain.md and the documents in seeds/, not from the implementation.
 */
class QualificationCasesTest {

	private static final String YN = "YUNNAN-GENERAL";

	private static final String YD = "YUNNAN-2020-DIRECTED";

	private static final String GX = "GUANGXI-2020-DIRECTED";

	private static final String BD = "BAZHOU-2024-DIRECTED";

	private static final String BG = "BAZHOU-2024-GENERAL";

	/** One row of the table. */
	record Case(String description, String expectedPack, String explicitPack, ApplicantFacts facts,
			Consumer<FakeQualificationData> data, String rule, Outcome outcome, boolean eligible) {

		@Override
		public String toString() {
			return "[" + (this.expectedPack == null ? "无政策包" : this.expectedPack) + "] " + this.rule + " "
					+ this.outcome + (this.eligible ? " 可申报" : " 不可申报") + "：" + this.description;
		}

	}

	/** Builds a case from a base applicant. */
	private static final class CaseBuilder {

		private final String description;

		private final String pack;

		private final ApplicantFacts.Builder facts;

		private String explicitPack;

		private Consumer<FakeQualificationData> data = d -> {
		};

		private String expectedPack;

		CaseBuilder(String description, String pack, ApplicantFacts.Builder facts) {
			this.description = description;
			this.pack = pack;
			this.expectedPack = pack;
			this.facts = facts;
		}

		CaseBuilder facts(UnaryOperator<ApplicantFacts.Builder> change) {
			change.apply(this.facts);
			return this;
		}

		CaseBuilder data(Consumer<FakeQualificationData> data) {
			this.data = data;
			return this;
		}

		/** Check under this pack instead of the one selected by track, region and year. */
		CaseBuilder underPack(String pack) {
			this.explicitPack = pack;
			this.expectedPack = pack;
			return this;
		}

		/** No pack applies. */
		CaseBuilder noPack() {
			this.expectedPack = null;
			return this;
		}

		Case expect(String rule, Outcome outcome, boolean eligible) {
			return new Case(this.description, this.expectedPack, this.explicitPack, this.facts.build(), this.data, rule,
					outcome, eligible);
		}

	}

	private static CaseBuilder yn(String description) {
		return new CaseBuilder(description, YN, Applicants.yunnanGeneral());
	}

	private static CaseBuilder yd(String description) {
		return new CaseBuilder(description, YD, Applicants.yunnanDirected());
	}

	private static CaseBuilder diqing(String description) {
		return new CaseBuilder(description, YD, Applicants.diqingDirected());
	}

	private static CaseBuilder gx(String description) {
		return new CaseBuilder(description, GX, Applicants.guangxiDirected());
	}

	private static CaseBuilder bd(String description) {
		return new CaseBuilder(description, BD, Applicants.bazhouDirected());
	}

	private static CaseBuilder bg(String description) {
		return new CaseBuilder(description, BG, Applicants.bazhouGeneral());
	}

	private static LocalDate date(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	static Stream<Case> cases() {
		List<Case> cases = new ArrayList<>();
		cases.addAll(yunnanGeneral());
		cases.addAll(yunnanDirected());
		cases.addAll(guangxiDirected());
		cases.addAll(bazhouDirected());
		cases.addAll(bazhouGeneral());
		cases.addAll(noPack());
		return cases.stream();
	}

	private static List<Case> yunnanGeneral() {
		return List.of(
				yn("洱源县教师中级满6年申报副高级").expect("BASE-YEARS", PASS, true),
				yn("列入诚信档案库").data(d -> d.integrityRecord(ID_YUNNAN, date(2023, 3, 1), date(2026, 2, 28), "2022年申报材料弄虚作假"))
					.expect("X1", FAIL, false),
				yn("诚信档案记录期已满").data(d -> d.integrityRecord(ID_YUNNAN, date(2020, 3, 1), date(2023, 2, 28), "弄虚作假"))
					.expect("X1", PASS, true),
				yn("广西大化县人员按云南政策包审查").facts(b -> b.regionCode("451229")).underPack(YN).expect("A1", FAIL, false),
				yn("省属驻县单位人员未附委托评审函").facts(b -> b.unit(new Unit(ERYUAN_SCHOOL, UnitLevel.PROVINCE, true, false)))
					.expect("A2", FAIL, false),
				yn("省属驻县单位人员附委托评审函")
					.facts(b -> b.unit(new Unit(ERYUAN_SCHOOL, UnitLevel.PROVINCE, true, false)).unitEntrustmentLetter(true))
					.expect("A2", PASS, true),
				yn("申报中级，本县未开展该系列评审且无县人社局委托评审函").facts(b -> intermediateApplicant(b))
					.data(d -> d.countyReview("532930", "中小学教师", INTERMEDIATE, CountyReview.DOES_NOT_REVIEW))
					.expect("A3", FAIL, false),
				yn("申报中级，本县未开展该系列评审，附县人社局委托评审函").facts(b -> intermediateApplicant(b).countyEntrustmentLetter(true))
					.data(d -> d.countyReview("532930", "中小学教师", INTERMEDIATE, CountyReview.DOES_NOT_REVIEW))
					.expect("A3", PASS, true),
				yn("申报中级，本县是否开展该系列评审未知").facts(b -> intermediateApplicant(b))
					.data(d -> d.countyReview("532930", "中小学教师", INTERMEDIATE, CountyReview.UNKNOWN))
					.expect("A3", REVIEW, true),
				yn("同年度已向另一评委会报送申报")
					.data(d -> d.application(ID_YUNNAN, 2024, "APP-2024-0777", "KM-ZXXJS-FG", Track.GENERAL, ASSOCIATE_SENIOR,
							Status.SUBMITTED))
					.expect("A4", FAIL, false),
				yn("另一评委会的申报只是草稿，未报送")
					.data(d -> d.application(ID_YUNNAN, 2024, "APP-2024-0777", "KM-ZXXJS-FG", Track.GENERAL, ASSOCIATE_SENIOR,
							Status.DRAFT))
					.expect("A4", PASS, true),
				yn("查询结果只有本申报自身")
					.data(d -> d.application(ID_YUNNAN, 2024, "APP-2024-0001", "DL-ZXXJS-FG", Track.GENERAL, ASSOCIATE_SENIOR,
							Status.SUBMITTED))
					.expect("A4", PASS, true),
				yn("去年的申报不影响今年")
					.data(d -> d.application(ID_YUNNAN, 2023, "APP-2023-0555", "KM-ZXXJS-FG", Track.GENERAL, ASSOCIATE_SENIOR,
							Status.SUBMITTED))
					.expect("A4", PASS, true),
				yn("离退休人员").facts(b -> b.employmentKind(EmploymentKind.RETIRED)).expect("A6", FAIL, false),
				yn("公务员").facts(b -> b.employmentKind(EmploymentKind.CIVIL_SERVANT)).expect("A6", FAIL, false),
				yn("参公人员：规则仅列公务员，交人工审核").facts(b -> b.employmentKind(EmploymentKind.CIVIL_SERVANT_MANAGED))
					.expect("A6", REVIEW, true),
				yn("事业单位人员记过处分期内").facts(b -> b.punishment(PunishmentKind.DEMERIT, date(2026, 3, 31))).expect("A7", FAIL, false),
				yn("事业单位人员降低岗位等级处分期内").facts(b -> b.punishment(PunishmentKind.DEMOTION, date(2025, 12, 31)))
					.expect("A7", FAIL, false),
				yn("警告处分不属记过以上").facts(b -> b.punishment(PunishmentKind.WARNING, date(2025, 1, 1))).expect("A7", PASS, true),
				yn("记过处分期已满").facts(b -> b.punishment(PunishmentKind.DEMERIT, date(2024, 3, 31))).expect("A7", PASS, true),
				yn("记过处分期截止于审查当日，仍在期内").facts(b -> b.punishment(PunishmentKind.DEMERIT, date(2024, 6, 15)))
					.expect("A7", FAIL, false),
				yn("记过处分，处分期未填写").facts(b -> b.punishment(PunishmentKind.DEMERIT, null)).expect("A7", REVIEW, true),
				yn("国有企业人员处分期内：A7 只明确事业单位")
					.facts(b -> b.employmentKind(EmploymentKind.STATE_ENTERPRISE).punishment(PunishmentKind.DEMERIT, date(2026, 3, 31)))
					.expect("A7", REVIEW, true),
				yn("评聘结合单位无副高空缺岗位").facts(b -> b.unit(new Unit(ERYUAN_SCHOOL, UnitLevel.COUNTY, false, true)))
					.data(d -> d.vacantPosts(ERYUAN_SCHOOL, ASSOCIATE_SENIOR, 0))
					.expect("A8", FAIL, false),
				yn("评聘结合单位有副高空缺岗位").facts(b -> b.unit(new Unit(ERYUAN_SCHOOL, UnitLevel.COUNTY, false, true)))
					.data(d -> d.vacantPosts(ERYUAN_SCHOOL, ASSOCIATE_SENIOR, 1))
					.expect("A8", PASS, true),
				yn("评聘结合单位无空岗，特殊人才可先行申报")
					.facts(b -> b.unit(new Unit(ERYUAN_SCHOOL, UnitLevel.COUNTY, false, true)).specialTalent(true))
					.data(d -> d.vacantPosts(ERYUAN_SCHOOL, ASSOCIATE_SENIOR, 0))
					.expect("A8", PASS, true),
				yn("评聘结合单位无空岗，不占岗位政策人员")
					.facts(b -> b.unit(new Unit(ERYUAN_SCHOOL, UnitLevel.COUNTY, false, true)).postExempt(true))
					.data(d -> d.vacantPosts(ERYUAN_SCHOOL, ASSOCIATE_SENIOR, 0))
					.expect("A8", PASS, true),
				yn("评聘结合单位空岗情况未登记").facts(b -> b.unit(new Unit(ERYUAN_SCHOOL, UnitLevel.COUNTY, false, true)))
					.expect("A8", REVIEW, true),
				yn("继续教育未达要求").facts(b -> b.continuingEducationCompleted(false)).expect("A10", FAIL, false),
				yn("未签署个人承诺书").facts(b -> b.pledgeSigned(false)).expect("A13", FAIL, false),
				yn("工程系列中级转评为中小学教师中级，单位考核合格")
					.facts(b -> b.target("中小学教师", "中学物理", INTERMEDIATE)
						.currentTitle(title(INTERMEDIATE, "工程", date(2016, 5, 1)))
						.seriesChange(new SeriesChange("工程", true)))
					.expect("A11", PASS, true),
				yn("转评未经单位考核")
					.facts(b -> b.target("中小学教师", "中学物理", INTERMEDIATE)
						.currentTitle(title(INTERMEDIATE, "工程", date(2016, 5, 1))))
					.expect("A11", FAIL, false),
				yn("工程中级直接申报中小学教师副高，未先转评").facts(b -> b.currentTitle(title(INTERMEDIATE, "工程", date(2016, 5, 1))))
					.expect("A11", FAIL, false),
				yn("以职业资格证书认定的中级职称申报副高")
					.facts(b -> b.currentTitle(new CurrentTitle(INTERMEDIATE, "中小学教师", date(2018, 9, 1), null, false, true)))
					.expect("A19", PASS, true),
				yn("初级越级申报副高").facts(b -> b.currentTitle(title(JUNIOR, "中小学教师", date(2012, 9, 1))))
					.expect("BASE-LEVEL", FAIL, false),
				yn("初级破格申报副高，交评委会审核")
					.facts(b -> b.currentTitle(title(JUNIOR, "中小学教师", date(2012, 9, 1))).exceptionalApplication(true))
					.expect("BASE-LEVEL", REVIEW, true),
				yn("已是副高级，重复申报副高").facts(b -> b.currentTitle(title(ASSOCIATE_SENIOR, "中小学教师", date(2015, 9, 1))))
					.expect("BASE-LEVEL", FAIL, false),
				yn("中专学历申报副高").facts(b -> b.education(EducationLevel.SECONDARY, date(2003, 7, 1))).expect("BASE-EDU", FAIL, false),
				yn("大专学历，中级满7年申报副高")
					.facts(b -> b.education(EducationLevel.JUNIOR_COLLEGE, date(2005, 7, 1))
						.currentTitle(title(INTERMEDIATE, "中小学教师", date(2017, 9, 1))))
					.expect("BASE-YEARS", PASS, true),
				yn("大专学历，中级6年4个月不足7年").facts(b -> b.education(EducationLevel.JUNIOR_COLLEGE, date(2005, 7, 1)))
					.expect("BASE-YEARS", FAIL, false),
				yn("本科，中级4年10个月不足5年").facts(b -> b.currentTitle(title(INTERMEDIATE, "中小学教师", date(2020, 3, 1))))
					.expect("BASE-YEARS", FAIL, false),
				yn("本科，中级2020-01-01取得，计至2024-12-31恰满5年（A9）")
					.facts(b -> b.currentTitle(title(INTERMEDIATE, "中小学教师", date(2020, 1, 1))))
					.expect("BASE-YEARS", PASS, true),
				yn("博士，中级满2年4个月申报副高")
					.facts(b -> b.education(EducationLevel.DOCTORATE, date(2022, 6, 30))
						.currentTitle(title(INTERMEDIATE, "中小学教师", date(2022, 9, 1))))
					.expect("BASE-YEARS", PASS, true),
				yn("本科，副高4年6个月申报正高").facts(b -> b.targetLevel(SENIOR)
					.currentTitle(title(ASSOCIATE_SENIOR, "中小学教师", date(2020, 7, 1)))).expect("BASE-YEARS", FAIL, false),
				yn("大专学历申报正高").facts(b -> b.targetLevel(SENIOR)
					.education(EducationLevel.JUNIOR_COLLEGE, date(1998, 7, 1))
					.currentTitle(title(ASSOCIATE_SENIOR, "中小学教师", date(2012, 7, 1)))).expect("BASE-EDU", FAIL, false),
				yn("本科毕业工作1年5个月，首次申报初级").facts(b -> firstTitle(b, "532930", date(2023, 8, 1)))
					.expect("BASE-YEARS", PASS, true),
				yn("澜沧县（边境县）乡镇高校毕业生首次申报初级，提前1年（G1）")
					.facts(b -> firstTitle(b, "530828", date(2024, 3, 1)).townshipGraduateFirstApplication(true))
					.expect("BASE-YEARS", PASS, true),
				yn("洱源县不属艰苦边远地区，乡镇高校毕业生不提前")
					.facts(b -> firstTitle(b, "532930", date(2024, 3, 1)).townshipGraduateFirstApplication(true))
					.expect("BASE-YEARS", FAIL, false),
				yn("泸水市中专学历破格申报副高（G1）")
					.facts(b -> b.regionCode("533301").education(EducationLevel.SECONDARY, date(2003, 7, 1)).exceptionalApplication(true))
					.expect("G1", REVIEW, true),
				yn("中专学历，中级后连续在乡镇10年，可认定基层有效副高（G2）")
					.facts(b -> b.education(EducationLevel.SECONDARY, date(2003, 7, 1))
						.currentTitle(title(INTERMEDIATE, "中小学教师", date(2013, 9, 1)))
						.townshipYearsAfterIntermediate(10))
					.expect("G2", REVIEW, true),
				yn("中专学历，中级后在乡镇9年，不符合G2")
					.facts(b -> b.education(EducationLevel.SECONDARY, date(2003, 7, 1))
						.currentTitle(title(INTERMEDIATE, "中小学教师", date(2013, 9, 1)))
						.townshipYearsAfterIntermediate(9))
					.expect("BASE-EDU", FAIL, false),
				yn("教师晋升副高无农村基层服务经历").facts(b -> b.ruralServiceYears(0)).expect("G3", FAIL, false),
				yn("教师无农村服务，脱贫攻坚服务2年且考核合格视同（G4）")
					.facts(b -> b.ruralServiceYears(0).povertyAlleviation(new PovertyAlleviationService(2, true)))
					.expect("G3", PASS, true),
				yn("教师无农村服务，脱贫攻坚服务考核未达合格不视同")
					.facts(b -> b.ruralServiceYears(0).povertyAlleviation(new PovertyAlleviationService(2, false)))
					.expect("G3", FAIL, false),
				yn("工程系列不要求农村服务经历").facts(b -> b.target("工程", "土木工程", ASSOCIATE_SENIOR)
					.currentTitle(title(INTERMEDIATE, "工程", date(2018, 9, 1))).ruralServiceYears(0)).expect("G3", PASS, true),
				yn("民营企业博士后获资助，直接认定副高（G5）")
					.facts(b -> b.target("工程", "材料工程", ASSOCIATE_SENIOR).currentTitle(null)
						.education(EducationLevel.DOCTORATE, date(2021, 7, 1))
						.employmentKind(EmploymentKind.PRIVATE_ENTERPRISE)
						.enterprisePostdocFunded(true))
					.expect("G5", REVIEW, true),
				yn("事业单位博士后不适用G5，无职称不能越级申报副高")
					.facts(b -> b.target("工程", "材料工程", ASSOCIATE_SENIOR).currentTitle(null)
						.education(EducationLevel.DOCTORATE, date(2021, 7, 1))
						.enterprisePostdocFunded(true))
					.expect("BASE-LEVEL", FAIL, false),
				yn("同年度已报送定向评价申报（DY4）")
					.data(d -> d.application(ID_YUNNAN, 2024, "APP-2024-0888", "DL-ZXXJS-FG-DX", Track.DIRECTED, ASSOCIATE_SENIOR,
							Status.SUBMITTED))
					.expect("DY4", FAIL, false),
				yn("定向评价副高申报全省有效正高，交人工审核（DY9）").facts(b -> b.targetLevel(SENIOR)
					.currentTitle(directedTitle(ASSOCIATE_SENIOR, "中小学教师", date(2018, 1, 1)))).expect("DY9", REVIEW, true));
	}

	private static ApplicantFacts.Builder intermediateApplicant(ApplicantFacts.Builder b) {
		return b.target("中小学教师", "中学数学", INTERMEDIATE).currentTitle(title(JUNIOR, "中小学教师", date(2019, 1, 1)));
	}

	private static ApplicantFacts.Builder firstTitle(ApplicantFacts.Builder b, String region, LocalDate workStart) {
		return b.regionCode(region)
			.target("中小学教师", "小学数学", JUNIOR)
			.currentTitle(null)
			.education(EducationLevel.BACHELOR, date(2023, 7, 1))
			.workStartDate(workStart)
			.birthDate(date(2001, 5, 1));
	}

	private static List<Case> yunnanDirected() {
		return List.of(
				yd("会泽县教师中级5年7个月申报定向副高").expect("DY1", PASS, true),
				yd("昆明市五华区不在定向范围").facts(b -> b.regionCode("530102")).expect("DY1", FAIL, false),
				yd("德钦县属迪庆州，在定向范围").facts(b -> b.regionCode("533422")).expect("DY1", PASS, true),
				yd("屏边县在定向范围").facts(b -> b.regionCode("532523")).expect("DY1", PASS, true),
				yd("定向评价不含正高级").facts(b -> b.targetLevel(SENIOR)
					.currentTitle(title(ASSOCIATE_SENIOR, "中小学教师", date(2014, 6, 1)))).expect("DY1", FAIL, false),
				yd("自由职业者不属企事业单位在职在岗人员").facts(b -> b.employmentKind(EmploymentKind.FREELANCE)).expect("DY1", FAIL, false),
				yd("参公人员不得参加定向评审").facts(b -> b.employmentKind(EmploymentKind.CIVIL_SERVANT_MANAGED)).expect("DY2", FAIL, false),
				yd("离退休人员不得参加定向评审").facts(b -> b.employmentKind(EmploymentKind.RETIRED)).expect("DY2", FAIL, false),
				yd("男，2020-05-01满60周岁，已达法定退休年龄").facts(b -> b.birthDate(date(1960, 5, 1))).expect("DY2", FAIL, false),
				yd("女，2020-07-01满55周岁，已达法定退休年龄")
					.facts(b -> b.sex(Sex.FEMALE).birthDate(date(1965, 7, 1))).expect("DY2", FAIL, false),
				yd("女，2020-08-01才满55周岁，审查日未达退休年龄")
					.facts(b -> b.sex(Sex.FEMALE).birthDate(date(1965, 8, 1))).expect("DY2", PASS, true),
				yd("同年度已报送全省有效职称申报")
					.data(d -> d.application(ID_HUIZE, 2020, "APP-2020-0555", "QJ-ZXXJS-GJ", Track.GENERAL, ASSOCIATE_SENIOR,
							Status.SUBMITTED))
					.expect("DY4", FAIL, false),
				yd("全省有效职称申报已撤回")
					.data(d -> d.application(ID_HUIZE, 2020, "APP-2020-0555", "QJ-ZXXJS-GJ", Track.GENERAL, ASSOCIATE_SENIOR,
							Status.WITHDRAWN))
					.expect("DY4", PASS, true),
				diqing("迪庆州中级4年，考核合格3年缩短1年6个月（DY5）").expect("BASE-YEARS", PASS, true),
				diqing("怒江州同样年限，不适用DY5").facts(b -> b.regionCode("533301")
					.unit(new Unit(NUJIANG_HOSPITAL, UnitLevel.COUNTY, false, false))).expect("BASE-YEARS", FAIL, false),
				diqing("迪庆州考核合格以上只有1年，缩短半年仍不足")
					.facts(b -> b.assessment(2017, AssessmentResult.BASICALLY_COMPETENT).assessment(2018, AssessmentResult.INCOMPETENT))
					.expect("BASE-YEARS", FAIL, false),
				diqing("迪庆州考核合格2年，缩短1年，4年恰满")
					.facts(b -> b.assessment(2018, AssessmentResult.NOT_ASSESSED)).expect("BASE-YEARS", PASS, true),
				diqing("怒江州州级单位年限不足，可参照云人社发〔2014〕106号，交人工审核")
					.facts(b -> b.regionCode("533301").unit(new Unit(NUJIANG_HOSPITAL, UnitLevel.PREFECTURE, false, false)))
					.expect("BASE-YEARS", REVIEW, true),
				diqing("迪庆州州级医院定向岗位5个已用1个").facts(b -> b.unit(new Unit(DIQING_HOSPITAL, UnitLevel.PREFECTURE, false, false)))
					.expect("DY7", PASS, true),
				yd("县级单位中级职称6人，15%为0.9，向下取整无定向岗位").data(d -> d.intermediateStaff(HUIZE_SCHOOL, 6))
					.expect("DY7", FAIL, false),
				yd("县级单位中级职称7人，15%为1.05，取整1个岗位未用").data(d -> d.intermediateStaff(HUIZE_SCHOOL, 7)
					.directedPostsUsed(HUIZE_SCHOOL, YD, ASSOCIATE_SENIOR, 0)).expect("DY7", PASS, true),
				yd("县级单位20人核定3个，已用3个").data(d -> d.intermediateStaff(HUIZE_SCHOOL, 20)
					.directedPostsUsed(HUIZE_SCHOOL, YD, ASSOCIATE_SENIOR, 3)).expect("DY7", FAIL, false),
				diqing("州级单位19人，10%为1.9，取整1个，已用1个")
					.facts(b -> b.unit(new Unit(DIQING_HOSPITAL, UnitLevel.PREFECTURE, false, false)))
					.data(d -> d.intermediateStaff(DIQING_HOSPITAL, 19))
					.expect("DY7", FAIL, false),
				yd("单位中级职称人数未登记")
					.facts(b -> b.unit(new Unit("12530326MB00009990", UnitLevel.COUNTY, false, false)))
					.expect("DY7", REVIEW, true),
				yd("省级单位的定向岗位比例文件未规定").facts(b -> b.unit(new Unit(HUIZE_SCHOOL, UnitLevel.PROVINCE, false, false)))
					.expect("DY7", REVIEW, true),
				yd("记过处分期内").facts(b -> b.punishment(PunishmentKind.DEMERIT, date(2021, 1, 1))).expect("A7", FAIL, false),
				yd("省属驻县单位未附委托评审函").facts(b -> b.unit(new Unit(HUIZE_SCHOOL, UnitLevel.COUNTY, true, false)))
					.expect("A2", FAIL, false),
				yd("大专学历中级满8年").facts(b -> b.education(EducationLevel.JUNIOR_COLLEGE, date(2003, 7, 1))
					.currentTitle(title(INTERMEDIATE, "中小学教师", date(2012, 9, 1)))).expect("BASE-EDU", PASS, true),
				yd("中专学历：云南定向评价不放宽学历").facts(b -> b.education(EducationLevel.SECONDARY, date(2000, 7, 1)))
					.expect("BASE-EDU", FAIL, false));
	}

	private static List<Case> guangxiDirected() {
		return List.of(
				gx("大化县农技人员中级6年10个月申报定向副高").expect("DG1", PASS, true),
				gx("南宁市青秀区不属8个挂牌督战县").facts(b -> b.regionCode("450103")).expect("DG1", FAIL, false),
				gx("乐业县在范围内").facts(b -> b.regionCode("451028")).expect("DG1", PASS, true),
				gx("罗城县在范围内").facts(b -> b.regionCode("451225")).expect("DG1", PASS, true),
				gx("三江县在范围内").facts(b -> b.regionCode("450226")).expect("DG1", PASS, true),
				gx("2024年已超出2020—2023年实施期限（按本政策包审查）").facts(b -> b.reviewYear(2024).checkDate(date(2024, 9, 1)))
					.underPack(GX).expect("DG1", FAIL, false),
				gx("大专学历中级满5年，放宽学历（DG2）").facts(b -> b.education(EducationLevel.JUNIOR_COLLEGE, date(2006, 7, 1))
					.currentTitle(title(INTERMEDIATE, "农业技术", date(2016, 12, 1)))).expect("BASE-YEARS", PASS, true),
				gx("大专学历中级4年10个月，放宽学历仍须满5年").facts(b -> b.education(EducationLevel.JUNIOR_COLLEGE, date(2006, 7, 1))
					.currentTitle(title(INTERMEDIATE, "农业技术", date(2017, 3, 1)))).expect("BASE-YEARS", FAIL, false),
				gx("中专学历申报中级，初级满5年（DG2放宽至高中）").facts(b -> b.target("农业技术", "农学", INTERMEDIATE)
					.education(EducationLevel.SECONDARY, date(2010, 7, 1))
					.currentTitle(title(JUNIOR, "农业技术", date(2017, 1, 1)))).expect("BASE-EDU", PASS, true),
				gx("中专学历申报中级，初级3年不足4年（督战县累计4年，不能提前）").facts(b -> b.target("农业技术", "农学", INTERMEDIATE)
					.education(EducationLevel.SECONDARY, date(2010, 7, 1))
					.yearsInDirectedArea(4)
					.currentTitle(title(JUNIOR, "农业技术", date(2019, 1, 1)))).expect("BASE-YEARS", FAIL, false),
				gx("中专学历申报副高：放宽后最低仍为大专").facts(b -> b.education(EducationLevel.SECONDARY, date(2000, 7, 1)))
					.expect("BASE-EDU", FAIL, false),
				gx("本科中级4年10个月，在督战县累计10年，提前1年（DG3）").facts(b -> b.currentTitle(title(INTERMEDIATE, "农业技术", date(2017, 3, 1)))
					.yearsInDirectedArea(10)).expect("BASE-YEARS", PASS, true),
				gx("本科中级4年10个月，累计9年不能提前").facts(b -> b.currentTitle(title(INTERMEDIATE, "农业技术", date(2017, 3, 1)))
					.yearsInDirectedArea(9)).expect("BASE-YEARS", FAIL, false),
				gx("本科申报中级，初级3年10个月，累计5年提前1年").facts(b -> b.target("农业技术", "农学", INTERMEDIATE)
					.currentTitle(title(JUNIOR, "农业技术", date(2018, 3, 1))).yearsInDirectedArea(5)).expect("BASE-YEARS", PASS, true),
				gx("大专放宽（5年）与累计10年提前1年叠加：中级4年7个月")
					.facts(b -> b.education(EducationLevel.JUNIOR_COLLEGE, date(2006, 7, 1))
						.currentTitle(title(INTERMEDIATE, "农业技术", date(2017, 6, 1)))
						.yearsInDirectedArea(10))
					.expect("BASE-YEARS", PASS, true),
				gx("同年度已报送通用职称申报")
					.data(d -> d.application(ID_GUANGXI, 2021, "APP-2021-0444", "GX-NY-GJ", Track.GENERAL, ASSOCIATE_SENIOR,
							Status.SUBMITTED))
					.expect("DG6", FAIL, false),
				gx("副高级不作论文硬性要求").expect("DG4", PASS, true),
				gx("公务员").facts(b -> b.employmentKind(EmploymentKind.CIVIL_SERVANT)).expect("A6", FAIL, false),
				gx("评聘结合单位无空岗").facts(b -> b.unit(new Unit(DAHUA_AGRICULTURE, UnitLevel.COUNTY, false, true)))
					.data(d -> d.vacantPosts(DAHUA_AGRICULTURE, ASSOCIATE_SENIOR, 0))
					.expect("A8", FAIL, false),
				gx("列入诚信档案库").data(d -> d.integrityRecord(ID_GUANGXI, date(2020, 1, 1), date(2022, 12, 31), "伪造论文"))
					.expect("X1", FAIL, false));
	}

	private static List<Case> bazhouDirected() {
		return List.of(
				bd("库尔勒医院医师中级6年6个月申报定向副高").expect("DB1", PASS, true),
				bd("工程系列不在巴州定向评价范围").facts(b -> b.target("工程", "机械工程", ASSOCIATE_SENIOR)
					.currentTitle(title(INTERMEDIATE, "工程", date(2018, 7, 1)))).expect("DB1", FAIL, false),
				bd("畜牧系列在范围内").facts(b -> b.target("畜牧", "畜牧", ASSOCIATE_SENIOR)
					.currentTitle(title(INTERMEDIATE, "畜牧", date(2018, 7, 1)))).expect("DB1", PASS, true),
				bd("国有企业人员不属事业单位").facts(b -> b.employmentKind(EmploymentKind.STATE_ENTERPRISE)).expect("DB1", FAIL, false),
				bd("中级职称不在定向评价范围（副高及正高）").facts(b -> b.targetLevel(INTERMEDIATE)
					.currentTitle(title(JUNIOR, "卫生技术", date(2015, 7, 1)))).expect("DB1", FAIL, false),
				bd("副高满7年申报定向正高").facts(b -> b.targetLevel(SENIOR)
					.currentTitle(title(ASSOCIATE_SENIOR, "卫生技术", date(2018, 1, 1)))).expect("DB1", PASS, true),
				bd("同年度已报送自治区通用职称申报")
					.data(d -> d.application(ID_KORLA, 2024, "APP-2024-0999", "XJ-WS-FG", Track.GENERAL, ASSOCIATE_SENIOR,
							Status.SUBMITTED))
					.expect("DB3", FAIL, false),
				bd("核定定向岗位2个已用2个").data(d -> d.approvedDirectedPosts(KORLA_HOSPITAL, BD, ASSOCIATE_SENIOR, 2)
					.directedPostsUsed(KORLA_HOSPITAL, BD, ASSOCIATE_SENIOR, 2)).expect("DB5", FAIL, false),
				bd("定向岗位职数未核定").facts(b -> b.unit(new Unit(Applicants.creditCode("12652801MB0000409"), UnitLevel.PREFECTURE,
						false, false))).expect("DB5", REVIEW, true),
				bd("中级4年7个月不足5年").facts(b -> b.currentTitle(title(INTERMEDIATE, "卫生技术", date(2020, 6, 1))))
					.expect("BASE-YEARS", FAIL, false),
				bd("降低岗位等级处分期内").facts(b -> b.punishment(PunishmentKind.DEMOTION, date(2025, 6, 30))).expect("A7", FAIL, false),
				bd("离退休人员").facts(b -> b.employmentKind(EmploymentKind.RETIRED)).expect("A6", FAIL, false));
	}

	private static List<Case> bazhouGeneral() {
		return List.of(
				bg("和静县国企工程师中级6年申报自治区通用副高").expect("BASE-YEARS", PASS, true),
				bg("定向评价副高不作为申报通用正高的依据（DB9）").facts(b -> b.target("卫生技术", "临床医学", SENIOR)
					.employmentKind(EmploymentKind.PUBLIC_INSTITUTION)
					.currentTitle(directedTitle(ASSOCIATE_SENIOR, "卫生技术", date(2017, 1, 1)))).expect("DB9", FAIL, false),
				bg("定向评价副高申报同级通用副高").facts(b -> b.target("卫生技术", "临床医学", ASSOCIATE_SENIOR)
					.employmentKind(EmploymentKind.PUBLIC_INSTITUTION)
					.currentTitle(directedTitle(ASSOCIATE_SENIOR, "卫生技术", date(2021, 1, 1)))).expect("DB9", PASS, true),
				bg("同级通用副高的中级任职年限须人工核实").facts(b -> b.target("卫生技术", "临床医学", ASSOCIATE_SENIOR)
					.employmentKind(EmploymentKind.PUBLIC_INSTITUTION)
					.currentTitle(directedTitle(ASSOCIATE_SENIOR, "卫生技术", date(2021, 1, 1)))).expect("BASE-YEARS", REVIEW, true),
				bg("已取得同级通用副高（与定向年限累计）申报正高").facts(b -> b.target("卫生技术", "临床医学", SENIOR)
					.employmentKind(EmploymentKind.PUBLIC_INSTITUTION)
					.currentTitle(new CurrentTitle(ASSOCIATE_SENIOR, "卫生技术", date(2023, 1, 1), date(2018, 1, 1), false, false)))
					.expect("BASE-YEARS", PASS, true),
				bg("同年度已报送定向评价申报")
					.data(d -> d.application(ID_HEJING, 2024, "APP-2024-0333", "BZ-GC-FG-DX", Track.DIRECTED, ASSOCIATE_SENIOR,
							Status.SUBMITTED))
					.expect("DB3", FAIL, false),
				bg("同年度同一评委会已报送一次").data(d -> d.application(ID_HEJING, 2024, "APP-2024-0334", "XJ-GC-FG", Track.GENERAL,
						ASSOCIATE_SENIOR, Status.SUBMITTED)).expect("A4", FAIL, false),
				bg("评聘结合单位无空岗").facts(b -> b.unit(new Unit(HEJING_ENTERPRISE, UnitLevel.COUNTY, false, true)))
					.data(d -> d.vacantPosts(HEJING_ENTERPRISE, ASSOCIATE_SENIOR, 0))
					.expect("A8", FAIL, false),
				bg("转评后中级任职年限与转评前累计（A11）")
					.facts(b -> b.currentTitle(new CurrentTitle(INTERMEDIATE, "工程", date(2022, 1, 1), date(2018, 5, 1), false, false)))
					.expect("BASE-YEARS", PASS, true),
				bg("转评后中级3年，无累计年限").facts(b -> b.currentTitle(title(INTERMEDIATE, "工程", date(2022, 1, 1))))
					.expect("BASE-YEARS", FAIL, false),
				bg("大专学历中级满7年（无放宽）").facts(b -> b.education(EducationLevel.JUNIOR_COLLEGE, date(2005, 7, 1))
					.currentTitle(title(INTERMEDIATE, "工程", date(2018, 1, 1)))).expect("BASE-YEARS", PASS, true),
				bg("大专学历中级6年7个月不足7年").facts(b -> b.education(EducationLevel.JUNIOR_COLLEGE, date(2005, 7, 1))
					.currentTitle(title(INTERMEDIATE, "工程", date(2018, 6, 1)))).expect("BASE-YEARS", FAIL, false));
	}

	private static List<Case> noPack() {
		return List.of(
				yd("云南2021年没有定向评价政策").facts(b -> b.reviewYear(2021).checkDate(date(2021, 7, 1))).noPack()
					.expect(QualificationService.NO_PACK_RULE, FAIL, false),
				gx("广西2024年已超出定向评价实施期限").facts(b -> b.reviewYear(2024).checkDate(date(2024, 9, 1))).noPack()
					.expect(QualificationService.NO_PACK_RULE, FAIL, false),
				bd("巴州定向评价自2024年起实施，2023年无政策").facts(b -> b.reviewYear(2023).checkDate(date(2023, 7, 1))).noPack()
					.expect(QualificationService.NO_PACK_RULE, FAIL, false),
				bd("阿克苏地区不属巴州定向评价").facts(b -> b.regionCode("652901")).noPack()
					.expect(QualificationService.NO_PACK_RULE, FAIL, false),
				yn("四川成都通用职称没有政策包，交人工审查").facts(b -> b.regionCode("510104")).noPack()
					.expect(QualificationService.NO_PACK_RULE, REVIEW, true));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void decides(Case c) {
		FakeQualificationData data = Applicants.standardData();
		c.data().accept(data);
		QualificationService service = Applicants.service(data);

		QualificationReport report = c.explicitPack() == null ? service.check(c.facts())
				: service.check(c.facts(), c.explicitPack());

		assertThat(report.policyPack()).as("政策包").isEqualTo(c.expectedPack());
		assertThat(report.result(c.rule())).as("规则 %s 的结果，全部结果：%s", c.rule(), report.results())
			.hasValueSatisfying(result -> {
				assertThat(result.outcome()).as(result.message()).isEqualTo(c.outcome());
				assertThat(result.message()).startsWith(c.rule() + "：");
			});
		assertThat(report.eligible()).as("可申报，全部结果：%s", report.results()).isEqualTo(c.eligible());
		assertThat(report.results()).allSatisfy(r -> assertThat(r.message()).startsWith(r.rule() + "："));
	}

	static Stream<Arguments> baseApplicants() {
		return Stream.of(Arguments.of(YN, Applicants.yunnanGeneral()), Arguments.of(YD, Applicants.yunnanDirected()),
				Arguments.of(YD, Applicants.diqingDirected()), Arguments.of(GX, Applicants.guangxiDirected()),
				Arguments.of(BD, Applicants.bazhouDirected()), Arguments.of(BG, Applicants.bazhouGeneral()));
	}

	/** The starting point of every case passes every rule of its pack, so each case isolates its own rule. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("baseApplicants")
	void baseApplicantsPassEveryRule(String pack, ApplicantFacts.Builder applicant) {
		QualificationReport report = Applicants.service(Applicants.standardData()).check(applicant.build());

		assertThat(report.policyPack()).isEqualTo(pack);
		assertThat(report.results()).isNotEmpty().allSatisfy(r -> assertThat(r.outcome()).as(r.message()).isEqualTo(PASS));
		assertThat(report.eligible()).isTrue();
		assertThat(report.needsReview()).isFalse();
	}

}
