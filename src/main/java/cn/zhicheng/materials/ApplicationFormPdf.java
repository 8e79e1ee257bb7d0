package cn.zhicheng.materials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationForm.Achievement;
import cn.zhicheng.application.ApplicationForm.AssessmentEntry;
import cn.zhicheng.application.ApplicationForm.ContinuingEducationEntry;
import cn.zhicheng.application.ApplicationForm.HistoryEntry;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.materials.ApplicationRecords.Recommendation;
import cn.zhicheng.materials.PdfLayout.Align;
import cn.zhicheng.materials.PdfLayout.Cell;
import cn.zhicheng.materials.PdfLayout.Table;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.qualification.ApplicantFacts.AssessmentResult;
import cn.zhicheng.qualification.ApplicantFacts.EmploymentKind;
import cn.zhicheng.qualification.Track;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;

/**
 * The printable 专业技术职称申报评审表 (A21; laid out after 000 attachment 3): a cover, the contents, and
 * tables 1-17 filled from the stored application. Dates are given to the month; an item with nothing to
 * fill reads “无”. Parts that committees and departments fill in and sign by hand after printing (table
 * 11's signatures, the seals of tables 12 and 17, the committee records of tables 13-16) are left blank
 * for their pen, except what the platform already knows (opinions, ballot, the review's conclusion).
 */
@Component
class ApplicationFormPdf {

	static final String NONE = "无";

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM");

	private static final String SIGNATURE = "负责人（签字）：　　　　　　单位（盖章）：\n"
			+ "　　　　　　　　　　　　　　　　　　　　年　　月　　日";

	private final CjkFonts cjkFonts;

	private final OrganisationService organisations;

	private final ApplicationRecords records;

	private final ObjectMapper json;

	ApplicationFormPdf(CjkFonts cjkFonts, OrganisationService organisations, ApplicationRecords records,
			ObjectMapper json) {
		this.cjkFonts = cjkFonts;
		this.organisations = organisations;
		this.records = records;
		this.json = json;
	}

	/** The PDF of a stored application (the caller has checked that the user may read it). */
	byte[] render(Application a) {
		Recommendation r = this.records.recommendation(a.id());
		Organisation unit = this.organisations.organisation(a.unitCreditCode()).orElseThrow();
		String competentDept = Optional.ofNullable(unit.parentCreditCode())
			.flatMap(this.organisations::organisation)
			.map(Organisation::name)
			.orElse(NONE);
		Committee committee = this.organisations.committee(a.committeeCode()).orElseThrow();
		try (PDDocument document = new PDDocument()) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle("专业技术职称申报评审表（" + a.name() + "）");
			info.setSubject(a.reviewYear() + "年度 " + committee.name());
			info.setCreator("职称评审流程平台");
			PdfLayout layout = new PdfLayout(document, this.cjkFonts.open(document));
			cover(layout, a, r, unit, competentDept, committee);
			contents(layout);
			table1(layout, a, unit);
			table2(layout, a);
			table3(layout, a);
			achievements(layout, a);
			table9(layout, a);
			table10(layout, a);
			table11(layout, a);
			table12(layout, r);
			tables13to16(layout, a, committee);
			table17(layout, a, r);
			return layout.finish("专业技术职称申报评审表　" + a.name() + "　" + a.reviewYear() + "年度　" + committee.name()
					+ "　申报编号 " + a.id().substring(0, 8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("申报评审表 PDF 生成失败", ex);
		}
	}

	private static void cover(PdfLayout layout, Application a, Recommendation r, Organisation unit,
			String competentDept, Committee committee) throws IOException {
		layout.newPage();
		layout.moveTo(150);
		layout.centered("专业技术职称申报评审表", 28, true);
		layout.gap(8);
		if (a.track() == Track.DIRECTED) {
			layout.centered("（职称“定向评价、定向使用”评审专用）", 14, false);
		}
		layout.moveTo(330);
		float labelWidth = 110;
		float valueWidth = 260;
		layout.underlined("姓　　名", a.name(), 15, labelWidth, valueWidth);
		layout.underlined("工 作 单 位", unit.name(), 15, labelWidth, valueWidth);
		layout.underlined("主 管 部 门", competentDept, 15, labelWidth, valueWidth);
		layout.underlined("职 称 系 列", a.targetSeries(), 15, labelWidth, valueWidth);
		layout.underlined("申 报 职 称", a.targetSeries() + a.targetLevel().label(), 15, labelWidth, valueWidth);
		layout.underlined("专 业 名 称", a.targetSpecialty(), 15, labelWidth, valueWidth);
		layout.underlined("评审委员会", committee.name(), 15, labelWidth, valueWidth);
		layout.underlined("填 表 时 间", month(r.createdAt().toLocalDate()), 15, labelWidth, valueWidth);
		layout.moveTo(740);
		layout.centered("评审年度：" + a.reviewYear() + "　　申报编号：" + a.id(), 9, false);
		layout.centered("本表由职称评审流程平台根据申报数据生成，一式二份；评审通过者一份存入本人档案（A21）", 9, false);
	}

	private static void contents(PdfLayout layout) throws IOException {
		layout.newPage();
		layout.gap(30);
		layout.centered("目　　录", 18, true);
		layout.gap(16);
		for (String line : List.of("表一：基本情况", "表二：主要学习和工作经历", "表三：专业技术工作总结", "表四：完成主要专业技术工作情况",
				"表五：承担课题（项目）情况", "表六：获得专利情况", "表七：获得表彰奖励情况", "表八：撰写著作和论文情况",
				"表九：参加继续教育和国际学术活动情况", "表十：个人承诺书", "表十一：年度考核情况（近五年）", "表十二：基层单位意见",
				"表十三至表十六：评审委员会评审记录", "表十七：审核推荐意见和评审结果确认意见")) {
			layout.paragraph("　　　　　　" + line, 12, false);
			layout.gap(6);
		}
		layout.gap(24);
		layout.paragraph("填表说明：表四至表九填写本人聘任现职称以来的情况；表中凡涉及时间的，均填写到月份；无填写内容的，均填写“无”。"
				+ "需手写签字、盖章的栏目打印后由相关人员填写。", 10, false);
	}

	private static void table1(PdfLayout layout, Application a, Organisation unit) throws IOException {
		layout.newPage();
		layout.heading("表一：基本情况", 200);
		Table t = layout.table(13, 15, 10, 15, 14, 17, 16);
		t.row(Cell.label("姓名"), Cell.centered(a.name()), Cell.label("性别"), Cell.centered(a.sex().label()),
				Cell.label("出生年月"), Cell.centered(month(a.birthDate())),
				Cell.centered("").minHeight(36).open(false, true));
		t.row(Cell.label("曾用名"), Cell.centered(NONE), Cell.label("民族"), Cell.centered(or(a.ethnicity())),
				Cell.label("籍贯（或国籍）"), Cell.centered(NONE), Cell.centered("照片\n（大一寸\n证件照）").minHeight(60).open(true, false));
		t.row(Cell.label("政治面貌"), Cell.centered(NONE), Cell.label("证件名称"), Cell.centered("居民身份证"),
				Cell.label("证件号码"), Cell.centered(a.idNumber()).span(2));
		t.row(Cell.label("工作单位及所在部门"), Cell.value(unit.name()).span(3), Cell.label("行政职务"),
				Cell.centered(NONE).span(2));
		t.row(Cell.label("单位性质"), Cell.value(unitNature(a.employmentKind())).span(6));
		t.row(Cell.label("联系电话"), Cell.value(or(a.phone())).span(6));
		t.row(Cell.label("参加工作时间"), Cell.centered(month(a.workStartDate())), Cell.label("现从事专业"),
				Cell.centered(a.targetSpecialty()), Cell.label("累计专业技术工作年限"),
				Cell.centered(yearsOfWork(a) + " 年（算至" + a.reviewYear() + "年底）").span(2));
		String currentTitle = a.currentTitleLevel() == null ? NONE
				: or(a.currentTitleSeries()) + a.currentTitleLevel().label() + (a.currentTitleDirected() ? "（定向）" : "")
						+ (a.currentTitleByCertificate() ? "（职业资格认定，A19）" : "");
		t.row(Cell.label("现职称"), Cell.centered(currentTitle), Cell.label("取得时间"),
				Cell.centered(month(a.currentTitleDate())), Cell.label("聘任时间"), Cell.centered(NONE).span(2));
		t.row(Cell.label("申报职称"), Cell.value(a.targetSeries() + a.targetLevel().label() + "（" + a.targetSpecialty() + "）")
			.span(3), Cell.label("评价方式"), Cell.value(a.track().label()).span(2));
		t.row(Cell.label("参评类别"), Cell.value(category(a)).span(6));
		t.row(Cell.label("参加学术组织及担任职务"), Cell.value(NONE).span(6));
		t.row(Cell.label("学历情况").span(2), Cell.label("全日制教育").span(3), Cell.label("在职教育").span(2));
		String[][] education = { { "毕业学校", or(a.graduationSchool()) }, { "所学专业", or(a.major()) },
				{ "毕业时间", month(a.graduationDate()) }, { "学　　历", a.education().label() }, { "学　　位", NONE } };
		for (int i = 0; i < education.length; i++) {
			t.row(Cell.label(i == 2 ? "最高学历" : "").open(i > 0, i < education.length - 1), Cell.label(education[i][0]),
					Cell.centered(education[i][1]).span(3), Cell.centered(NONE).span(2));
		}
	}

	private void table2(PdfLayout layout, Application a) throws IOException {
		layout.gap(18);
		layout.heading("表二：主要学习和工作经历", 120);
		Table t = layout.table(24, 36, 40);
		t.row(Cell.label("主要学习经历（中专以上学历教育）").span(3));
		t.row(Cell.label("起止时间"), Cell.label("学校"), Cell.label("学历、专业"));
		history(t, read(a.studyHistoryJson(), new TypeReference<List<HistoryEntry>>() {
		}));
		t.row(Cell.label("主要工作经历（自参加工作以来）").span(3));
		t.row(Cell.label("起止时间"), Cell.label("工作单位"), Cell.label("职务、岗位"));
		history(t, read(a.workHistoryJson(), new TypeReference<List<HistoryEntry>>() {
		}));
	}

	private static void history(Table t, List<HistoryEntry> entries) throws IOException {
		if (entries.isEmpty()) {
			t.row(Cell.centered(NONE).span(3));
		}
		for (HistoryEntry e : entries) {
			t.row(Cell.centered(month(e.from()) + "—" + (e.to() == null ? "至今" : month(e.to()))),
					Cell.value(e.organisation()), Cell.value(or(e.description())));
		}
	}

	private static void table3(PdfLayout layout, Application a) throws IOException {
		layout.newPage();
		layout.heading("表三：专业技术工作总结", 200);
		StringBuilder text = new StringBuilder();
		for (String paragraph : or(a.workSummary()).split("\\R")) {
			if (!paragraph.isBlank()) {
				text.append(text.length() == 0 ? "" : "\n").append("　　").append(paragraph.strip());
			}
		}
		int length = a.workSummary() == null ? 0 : a.workSummary().codePointCount(0, a.workSummary().length());
		Table t = layout.table(1);
		t.row(Cell.centered("（字数控制在 2000 字以内，本总结共 " + length + " 字）"));
		t.row(Cell.value(text.toString()).minHeight(560));
	}

	private void achievements(PdfLayout layout, Application a) throws IOException {
		Map<String, List<Achievement>> all = read(a.achievementsJson(),
				new TypeReference<Map<String, List<Achievement>>>() {
				});
		layout.gap(18);
		layout.heading("表四：完成主要专业技术工作情况", 80);
		Table t4 = layout.table(18, 30, 26, 26);
		t4.row(Cell.label("起止时间"), Cell.label("工作内容"), Cell.label("本人承担任务"), Cell.label("完成情况及效果"));
		t4.row(Cell.centered(NONE).span(4));
		achievementTable(layout, "表五：承担课题（项目）情况", "课题（项目）名称", "级别", "本人角色及成效", all.get("projects"));
		achievementTable(layout, "表六：获得专利情况", "专利名称", "类型", "专利号", all.get("patents"));
		achievementTable(layout, "表七：获得表彰奖励情况", "表彰奖励名称", "级别", "颁奖单位", all.get("awards"));
		achievementTable(layout, "表八：撰写著作和论文情况", "著作、论文题目", "刊物级别", "刊物名称、本人排名", all.get("publications"));
	}

	private static void achievementTable(PdfLayout layout, String heading, String title, String level,
			String description, List<Achievement> items) throws IOException {
		layout.gap(18);
		layout.heading(heading, 80);
		Table t = layout.table(14, 36, 16, 34);
		t.row(Cell.label("时间"), Cell.label(title), Cell.label(level), Cell.label(description));
		if (items == null || items.isEmpty()) {
			t.row(Cell.centered(NONE).span(4));
			return;
		}
		for (Achievement item : items) {
			t.row(Cell.centered(month(item.date())), Cell.value(item.title()), Cell.centered(or(item.level())),
					Cell.value(or(item.description())));
		}
	}

	private void table9(PdfLayout layout, Application a) throws IOException {
		layout.gap(18);
		layout.heading("表九：参加继续教育和国际学术活动情况", 80);
		Table t = layout.table(16, 16, 68);
		t.row(Cell.label("年度"), Cell.label("学时"), Cell.label("内容"));
		List<ContinuingEducationEntry> entries = read(a.continuingEducationJson(),
				new TypeReference<List<ContinuingEducationEntry>>() {
				});
		if (entries.isEmpty()) {
			t.row(Cell.centered(NONE).span(3));
		}
		for (ContinuingEducationEntry e : entries) {
			t.row(Cell.centered(e.year() + " 年"), Cell.centered(e.hours() + " 学时"), Cell.value(or(e.content())));
		}
		t.row(Cell.label("继续教育是否达到要求（A10）").span(2), Cell.value(a.continuingEducationCompleted() ? "是" : "否"));
	}

	private static void table10(PdfLayout layout, Application a) throws IOException {
		layout.gap(18);
		layout.heading("表十：个人承诺书", 150);
		String pledge = (a.track() == Track.DIRECTED
				? "　　本人已知晓职称“定向评价、定向使用”相关政策，并自愿按照职称“定向评价、定向使用”相关要求申报。现郑重承诺："
				: "　　本人自愿申报专业技术职称评审，现郑重承诺：")
				+ "本人所填写的内容和提供的材料均真实准确。若不属实，本人愿意承担相应责任和一切后果。\n\n"
				+ "　　（申报时" + (a.pledgeSigned() ? "已" : "未") + "在系统中确认本承诺，A13）\n\n"
				+ "本人（签字）：　　　　　　　　　　　　　　年　　月　　日";
		Table t = layout.table(1);
		t.row(Cell.value(pledge).minHeight(130));
	}

	private void table11(PdfLayout layout, Application a) throws IOException {
		layout.gap(18);
		layout.heading("表十一：年度考核情况（近五年）", 150);
		List<AssessmentEntry> entries = read(a.annualAssessmentsJson(), new TypeReference<List<AssessmentEntry>>() {
		});
		Table t = layout.table(18, 18, 22, 42);
		t.row(Cell.label("时间"), Cell.label("考核等次"), Cell.label("部门负责人"), Cell.label("单位人事部门审核意见"));
		for (int i = 0; i < 5; i++) {
			int year = a.reviewYear() - 5 + i;
			String result = entries.stream()
				.filter(e -> e.year() != null && e.year() == year)
				.map(e -> AssessmentResult.valueOf(e.result()).label())
				.findFirst()
				.orElse(NONE);
			t.row(Cell.centered(year + " 年度").minHeight(30), Cell.centered(result), Cell.centered(""),
					Cell.value(i == 1 ? "负责人（签字）：" : i == 2 ? "单　位（盖章）：" : i == 3 ? "　　　　　年　　月　　日" : "")
						.open(i > 0, i < 4));
		}
	}

	private static void table12(PdfLayout layout, Recommendation r) throws IOException {
		layout.newPage();
		layout.heading("表十二：基层单位意见", 200);
		Table t = layout.table(26, 74);
		t.row(Cell.label("推荐方式（A14）"), Cell.value(or(r.ballotMethod())));
		t.row(Cell.label("参与推荐的人员范围及人数"), Cell.value(r.ballotAttendees() == null ? or(r.ballotVoterScope())
				: or(r.ballotVoterScope()) + "，参会 " + r.ballotAttendees() + " 人"));
		String result = NONE;
		if (r.ballotAttendees() != null && r.ballotYes() != null && r.ballotAttendees() > 0) {
			result = "同意 " + r.ballotYes() + " 票，占参会人数的 "
					+ String.format("%.1f", 100.0 * r.ballotYes() / r.ballotAttendees()) + "%（须不少于三分之二，A14）";
		}
		t.row(Cell.label("推荐结果"), Cell.value(result));
		t.row(Cell.label("单位内公示（A15）"), Cell.value(r.unitPublicityStart() == null ? NONE
				: r.unitPublicityStart() + " 至 " + (r.unitPublicityEnd() == null ? "" : r.unitPublicityEnd())));
		t.row(Cell.label("推荐意见"), Cell.value(or(r.unitOpinion())).minHeight(120));
		t.row(Cell.value("负　责　人（签字）：\n\n基层单位（盖章）：\n\n年　　月　　日").align(Align.RIGHT).minHeight(110).span(2));
	}

	private static void tables13to16(PdfLayout layout, Application a, Committee committee) throws IOException {
		layout.gap(18);
		layout.heading("表十三至表十六：评审委员会评审记录", 260);
		Table t = layout.table(20, 20, 20, 20, 20);
		t.row(Cell.label("评审委员会"), Cell.value(committee.name() + "（" + committee.titleLevel().label() + "）").span(4));
		t.row(Cell.label("评审委员会评审意见").span(5));
		t.row(Cell.value("\n\n\n评审委员会名称（盖章）：\n\n主任委员或召集会议副主任委员（签章）：\n\n年　　月　　日").align(Align.RIGHT)
			.minHeight(150)
			.span(5));
		t.row(Cell.label("投票表决情况").span(5));
		t.row(Cell.label("参会评委人数"), Cell.label("总投票数"), Cell.label("规定通过票数"), Cell.label("实得同意票数"),
				Cell.label("结论"));
		String conclusion = a.status() == ApplicationStatus.PASSED ? "通过"
				: a.status() == ApplicationStatus.NOT_PASSED ? "未通过" : "";
		t.row(Cell.centered("").minHeight(32), Cell.centered(""), Cell.centered(""), Cell.centered(""),
				Cell.centered(conclusion));
	}

	private static void table17(PdfLayout layout, Application a, Recommendation r) throws IOException {
		layout.gap(18);
		layout.heading("表十七：审核推荐意见和评审结果确认意见", 240);
		Table t = layout.table(30, 70);
		t.row(Cell.label("一、主管部门审核推荐意见（A16）"),
				Cell.value(or(r.competentDeptOpinion()) + "\n\n" + SIGNATURE).minHeight(70));
		t.row(Cell.label("二、评委会组建（承办）部门审核意见（Q1）"),
				Cell.value(qualification(a) + "\n\n" + SIGNATURE).minHeight(70));
		t.row(Cell.label("三、县（市、区）人力资源社会保障部门审核意见"), Cell.value("\n\n" + SIGNATURE).minHeight(70));
		t.row(Cell.label("四、州（市）人力资源社会保障部门审核意见"), Cell.value("\n\n" + SIGNATURE).minHeight(70));
		t.row(Cell.label("评审结果确认意见（任职资格通知文件号）"), Cell.value("\n\n" + SIGNATURE).minHeight(70));
		layout.gap(6);
		layout.paragraph("注：省直单位填第一、二栏目，州（市）直属单位填第一、二、四栏目，县及县以下单位填第一、二、三、四栏目。", 9, false);
	}

	private static String qualification(Application a) {
		return switch (a.status()) {
			case QUALIFIED, PASSED, NOT_PASSED -> "资格审查通过";
			case NOT_QUALIFIED -> "资格审查未通过";
			case IN_QUALIFICATION_REVIEW -> "资格复核中";
			case IN_QUALIFICATION_CHECK -> "资格审查中";
			default -> NONE;
		};
	}

	/** 单位性质: the four boxes of table 1, the applicant's ticked (■). */
	static String unitNature(EmploymentKind kind) {
		String ticked = switch (kind) {
			case PUBLIC_INSTITUTION -> "事业单位";
			case STATE_ENTERPRISE -> "国有企业";
			case PRIVATE_ENTERPRISE, NON_PUBLIC_ORGANISATION -> "非公经济组织";
			default -> "其他";
		};
		StringBuilder boxes = new StringBuilder();
		for (String option : List.of("事业单位", "国有企业", "非公经济组织", "其他")) {
			boxes.append(option.equals(ticked) ? "■ " : "□ ").append(option);
			if (option.equals("其他") && ticked.equals("其他")) {
				boxes.append("（").append(kind.label()).append("）");
			}
			boxes.append("　　");
		}
		return boxes.toString().strip();
	}

	/** 参评类别: 正常评审, 特殊人才 (A8), 变更系列 (A11), 定向评审. */
	static String category(Application a) {
		boolean special = a.specialTalent();
		boolean change = a.seriesChangeFrom() != null;
		boolean directed = a.track() == Track.DIRECTED;
		boolean normal = !special && !change && !directed;
		return box(normal) + "正常评审　　" + box(special) + "特殊人才　　" + box(change) + "变更系列"
				+ (change ? "（原系列：" + a.seriesChangeFrom() + "）" : "") + "　　" + box(directed) + "定向评审";
	}

	private static String box(boolean ticked) {
		return ticked ? "■ " : "□ ";
	}

	/** Years of work up to 12-31 of the review year (A9). */
	static int yearsOfWork(Application a) {
		return Math.max(0, Period.between(a.workStartDate(), LocalDate.of(a.reviewYear(), 12, 31)).getYears());
	}

	static String month(LocalDate date) {
		return date == null ? NONE : date.format(MONTH);
	}

	/** A stored date (YYYY-MM-DD) to the month, as A21 asks. */
	static String month(String isoDate) {
		if (isoDate == null || isoDate.isBlank()) {
			return NONE;
		}
		return isoDate.length() >= 7 ? isoDate.substring(0, 7).replace('-', '.') : isoDate;
	}

	static String or(String value) {
		return value == null || value.isBlank() ? NONE : value;
	}

	private <T> T read(String text, TypeReference<T> type) {
		try {
			return this.json.readValue(text == null || text.isBlank() ? "[]" : text, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("申报数据损坏", ex);
		}
	}

}
