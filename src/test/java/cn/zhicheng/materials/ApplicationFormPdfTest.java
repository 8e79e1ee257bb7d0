package cn.zhicheng.materials;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationFixtures;
import cn.zhicheng.application.ApplicationService;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The printable 申报评审表 (A21): generated from a stored application, in Chinese with an embedded font,
 * rendered to PNG (written to target/form-pdf/ to be looked at) and checked for real glyphs.
 */
@SpringBootTest
@ActiveProfiles("demo")
class ApplicationFormPdfTest {

	@org.springframework.beans.factory.annotation.Autowired
	cn.zhicheng.cycle.ReviewCycleService reviewCycles;


	static final Path OUT = Path.of("target", "form-pdf");

	@Autowired
	ApplicationService applications;

	@Autowired
	ApplicationFormPdf formPdf;

	@Autowired
	CjkFonts cjkFonts;

	@Autowired
	IdentityService identityService;

	@AfterEach
	void tearDown() {
		this.identityService.clearAuthentication();
	}

	Application submitted(Map<String, Object> form) {
		this.identityService.setAuthentication("ey1z", List.of(MaterialsFixtures.ERYUAN_NO1_SCHOOL));
		return this.applications.submit(ApplicationFixtures.form(form), "ey1z");
	}

	@Test
	void theFormHasItsSeventeenTablesInChineseAndEmptyItemsReadNone() throws Exception {
		int year = this.reviewCycles.openFor("EYTEACHERINT", cn.zhicheng.cycle.ReviewCycleService.today()).orElseThrow().reviewYear();
		Map<String, Object> form = ApplicationFixtures.teacher(year, ApplicationFixtures.idNumber("19880315", 901));
		form.put("workSummary", ("任现职以来，本人认真履行岗位职责，承担初中语文教学和班主任工作，积极参与校本课程开发与乡村学校帮扶，"
				+ "所带班级学业水平考试成绩连续三年位居全县前列。").repeat(18));
		form.put("projects", List.of(Map.of("date", "2021-03-01", "title", "洱海流域乡村学校阅读推广研究", "level", "县级",
				"description", "主持人，形成校本教材一册")));
		Application application = submitted(form);

		byte[] pdf = this.formPdf.render(application);

		Files.createDirectories(OUT);
		Files.write(OUT.resolve("application-form.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isBetween(8, 16);
			String text = new PDFTextStripper().getText(document);
			for (String heading : List.of("专业技术职称申报评审表", "表一：基本情况", "表二：主要学习和工作经历", "表三：专业技术工作总结",
					"表四：完成主要专业技术工作情况", "表五：承担课题（项目）情况", "表六：获得专利情况", "表七：获得表彰奖励情况",
					"表八：撰写著作和论文情况", "表九：参加继续教育和国际学术活动情况", "表十：个人承诺书", "表十一：年度考核情况（近五年）",
					"表十二：基层单位意见", "表十三至表十六：评审委员会评审记录", "表十七：审核推荐意见和评审结果确认意见")) {
				assertThat(text).as(heading).contains(heading);
			}
			assertThat(text).contains("杨丽芬", "洱源县第一中学", "洱源县教育体育局", "洱海流域乡村学校阅读推广研究", "洱源县优秀教师",
					"2010.07", "■ 事业单位", "■ 正常评审");
			// table 6 (patents) and table 8 (publications) are empty: "无" (A21)
			String patents = text.substring(text.lastIndexOf("表六：获得专利情况"), text.lastIndexOf("表七：获得表彰奖励情况"));
			assertThat(patents).contains("无");
			// every font is embedded (a subset), so the printout does not depend on the reader's fonts
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				for (var name : document.getPage(i).getResources().getFontNames()) {
					PDFont font = document.getPage(i).getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					assertThat(font.getName()).contains("NotoSansSC");
				}
			}
			PDFRenderer renderer = new PDFRenderer(document);
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				BufferedImage image = renderer.renderImageWithDPI(i, 110);
				ImageIO.write(image, "png", OUT.resolve("page-" + (i + 1) + ".png").toFile());
			}
			// the cover's title is drawn: dark pixels in its band
			BufferedImage cover = renderer.renderImageWithDPI(0, 72);
			assertThat(darkPixels(cover, 0, 130, cover.getWidth(), 60)).isGreaterThan(500);
		}
	}

	@Test
	void aSummaryOfTwoThousandCharactersFlowsOntoTheNextPageWithoutLosingText() throws Exception {
		int year = this.reviewCycles.openFor("EYTEACHERINT", cn.zhicheng.cycle.ReviewCycleService.today()).orElseThrow().reviewYear();
		Map<String, Object> form = ApplicationFixtures.teacher(year, ApplicationFixtures.idNumber("19880315", 903));
		String sentence = "本人坚持立德树人，深耕课堂教学二十年，主持县级课题两项（A20）。";
		String summary = sentence.repeat(1996 / sentence.length()) + "全文完。";
		assertThat(summary.length()).isLessThanOrEqualTo(2000);
		form.put("workSummary", summary);
		byte[] pdf = this.formPdf.render(submitted(form));
		Files.createDirectories(OUT);
		Files.write(OUT.resolve("application-form-long-summary.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
			assertThat(text).contains("全文完。", "本总结共" + summary.length() + "字");
			int table3 = text.lastIndexOf("表三：专业技术工作总结");
			int table4 = text.lastIndexOf("表四：完成主要专业技术工作情况");
			String summaryText = text.substring(table3, table4);
			// every sentence is there, across the page break
			assertThat(summaryText.split("主持县级课题两项", -1)).hasSize(1996 / sentence.length() + 1);
		}
	}

	@Test
	void aRowTallerThanAPageIsSplitAcrossPagesWithBordersAndEveryLine() throws Exception {
		StringBuilder text = new StringBuilder();
		for (int i = 1; i <= 120; i++) {
			text.append(i == 1 ? "" : "\n").append("第").append(i).append("行：乡村学校帮扶记录");
		}
		byte[] pdf;
		try (PDDocument document = new PDDocument()) {
			PdfLayout layout = new PdfLayout(document, this.cjkFonts.open(document));
			layout.newPage();
			layout.heading("测试表", 40);
			PdfLayout.Table table = layout.table(20, 80);
			table.row(PdfLayout.Cell.label("记录"), PdfLayout.Cell.value(text.toString()));
			table.row(PdfLayout.Cell.label("之后"), PdfLayout.Cell.value("表格继续"));
			pdf = layout.finish("测试");
		}
		Files.createDirectories(OUT);
		Files.write(OUT.resolve("split-row.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(3);
			String extracted = new PDFTextStripper().getText(document);
			for (int i = 1; i <= 120; i++) {
				assertThat(extracted).contains("第" + i + "行：");
			}
			assertThat(extracted).contains("表格继续", "第 3 页　共 3 页");
		}
	}

	@Test
	void linesBreakBetweenChineseCharactersButNotBeforeClosingPunctuationNorInsideLatinWords() throws Exception {
		try (PDDocument document = new PDDocument()) {
			PdfLayout layout = new PdfLayout(document, this.cjkFonts.open(document));
			for (int width = 60; width <= 200; width += 7) {
				List<String> lines = layout.wrap("籍贯（或国籍），主管部门审核推荐意见（A16）与 GB 11643-1999 标准。", width, 10, false);
				assertThat(String.join("", lines).replace(" ", ""))
					.isEqualTo("籍贯（或国籍），主管部门审核推荐意见（A16）与GB11643-1999标准。");
				for (int i = 0; i < lines.size(); i++) {
					String line = lines.get(i);
					assertThat(line).as("width %d line %d", width, i).doesNotStartWith("，").doesNotStartWith("）")
						.doesNotStartWith("。").doesNotEndWith("（");
					assertThat(line).doesNotStartWith("16").doesNotStartWith("1999").doesNotStartWith("643");
				}
			}
		}
	}

	@Test
	void chineseGlyphsRenderAsThemselvesNotAsMissingGlyphBoxes() throws Exception {
		BufferedImage a = renderLine("职称评审");
		BufferedImage b = renderLine("申报材料");
		BufferedImage again = renderLine("职称评审");
		int inkA = darkPixels(a, 0, 0, a.getWidth(), a.getHeight());
		int inkB = darkPixels(b, 0, 0, b.getWidth(), b.getHeight());
		assertThat(inkA).isGreaterThan(300);
		assertThat(inkB).isGreaterThan(300);
		// missing glyphs would all be the same box: different characters must give different pictures
		assertThat(difference(a, b)).isGreaterThan(300);
		assertThat(difference(a, again)).isZero();
		Files.createDirectories(OUT);
		ImageIO.write(a, "png", OUT.resolve("glyphs-zhicheng-pingshen.png").toFile());
	}

	@Test
	void aCharacterNoFontHasPrintsAsABoxInsteadOfFailing() throws Exception {
		try (PDDocument document = new PDDocument()) {
			FontSet fonts = this.cjkFonts.open(document);
			assertThat(fonts.canDraw('职')).isTrue();
			assertThat(fonts.canDraw(0x20000)).isFalse();
			assertThat(fonts.width("𠀀", false, 10)).isEqualTo(fonts.width("□", false, 10));
		}
		// drawn without an exception, the missing character as a box
		BufferedImage line = renderLine("王𠀀");
		assertThat(difference(line, renderLine("王□"))).isZero();
	}

	private BufferedImage renderLine(String text) throws Exception {
		try (PDDocument document = new PDDocument()) {
			PdfLayout layout = new PdfLayout(document, this.cjkFonts.open(document));
			layout.newPage();
			layout.centered(text, 40, false);
			byte[] bytes = layout.finish("");
			try (PDDocument rendered = Loader.loadPDF(bytes)) {
				BufferedImage page = new PDFRenderer(rendered).renderImageWithDPI(0, 72);
				return page.getSubimage(0, 40, page.getWidth(), 90);
			}
		}
	}

	static int darkPixels(BufferedImage image, int x, int y, int width, int height) {
		int count = 0;
		for (int i = x; i < Math.min(image.getWidth(), x + width); i++) {
			for (int j = y; j < Math.min(image.getHeight(), y + height); j++) {
				int rgb = image.getRGB(i, j);
				int gray = (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
				if (gray < 128) {
					count++;
				}
			}
		}
		return count;
	}

	static int difference(BufferedImage a, BufferedImage b) {
		int count = 0;
		for (int i = 0; i < a.getWidth(); i++) {
			for (int j = 0; j < a.getHeight(); j++) {
				if ((a.getRGB(i, j) & 0xFFFFFF) != (b.getRGB(i, j) & 0xFFFFFF)) {
					count++;
				}
			}
		}
		return count;
	}

}
