package cn.zhicheng.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.zhicheng.application.Application;
import cn.zhicheng.materials.CjkFonts;
import cn.zhicheng.materials.FontSet;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.stereotype.Component;

/**
 * The printable certificate (C2, C4): one A4 landscape page in Chinese (Noto Sans SC, embedded as subsets,
 * via {@link CjkFonts}), with the holder, the title, the committee, the document number (文号), where it is
 * valid (a directed certificate is marked 定向评价 and names its region), the number, and a QR code with the
 * address of the public verification page. A revoked certificate says so across the page (X1). No ID number.
 */
@Component
class CertificatePdf {

	static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

	static final String TITLE = "专业技术职务任职资格证书";

	static final String GENERAL_VALIDITY = "全省（区）有效";

	private static final float[] RED = { 0.72f, 0.1f, 0.1f };

	private final CjkFonts cjkFonts;

	CertificatePdf(CjkFonts cjkFonts) {
		this.cjkFonts = cjkFonts;
	}

	/** What the page shows besides the certificate row. */
	record Content(Certificate certificate, Application application, QualificationDocument document,
			String issuerName, String verificationUrl) {
	}

	byte[] render(Content content) {
		Certificate c = content.certificate();
		try (PDDocument pdf = new PDDocument()) {
			PDDocumentInformation info = pdf.getDocumentInformation();
			info.setTitle(TITLE + " " + c.certificateNumber());
			info.setCreator("职称评审流程平台");
			FontSet fonts = this.cjkFonts.open(pdf);
			PDPage page = new PDPage(PAGE);
			pdf.addPage(page);
			try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
				draw(out, fonts, content);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			pdf.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("证书 PDF 生成失败：" + c.certificateNumber(), ex);
		}
	}

	private void draw(PDPageContentStream out, FontSet fonts, Content content) throws IOException {
		Certificate c = content.certificate();
		float w = PAGE.getWidth();
		float h = PAGE.getHeight();
		// a double frame
		out.setStrokingColor(RED[0], RED[1], RED[2]);
		out.setLineWidth(3f);
		out.addRect(22, 22, w - 44, h - 44);
		out.stroke();
		out.setLineWidth(0.8f);
		out.addRect(30, 30, w - 60, h - 60);
		out.stroke();

		out.setNonStrokingColor(RED[0], RED[1], RED[2]);
		centered(out, fonts, TITLE, true, 30, w / 2, h - 95);
		if (c.directed()) {
			centered(out, fonts, "（" + CertificateService.DIRECTED_MARK + "）", true, 18, w / 2, h - 125);
			stamp(out, fonts, CertificateService.DIRECTED_MARK, w - 175, h - 110);
		}
		out.setNonStrokingColor(0f);

		String level = c.titleLevel().label();
		String validity = c.directed() ? "仅在" + c.validRegion() + "有效（" + CertificateService.DIRECTED_MARK + "）"
				: GENERAL_VALIDITY;
		Application a = content.application();
		String sex = a == null || a.sex() == null ? "" : a.sex().label();
		String born = a == null || a.birthDate() == null ? ""
				: a.birthDate().getYear() + "年" + a.birthDate().getMonthValue() + "月";
		List<Map.Entry<String, String>> lines = new ArrayList<>();
		lines.add(Map.entry("姓　　名", c.holderName()));
		lines.add(Map.entry("性　　别", sex + (born.isEmpty() ? "" : "　　出生年月：" + born)));
		lines.add(Map.entry("工作单位", c.unitName()));
		lines.add(Map.entry("系列专业", c.series() + "　" + c.specialty()));
		lines.add(Map.entry("资格级别", level));
		lines.add(Map.entry("评审组织", c.committeeName()));
		lines.add(Map.entry("批准文号", content.document().documentNumber()));
		lines.add(Map.entry("有效范围", validity));
		lines.add(Map.entry("证书编号", c.certificateNumber()));
		float x = 110;
		float y = h - (c.directed() ? 175 : 160);
		for (Map.Entry<String, String> line : lines) {
			fonts.show(out, line.getKey() + "：", true, 14, x, y);
			fonts.show(out, line.getValue(), false, 14, x + 90, y);
			y -= 27;
		}

		String statement = "　　经" + c.committeeName() + "评审通过，" + content.issuerName() + "核准（"
				+ content.document().documentNumber() + "），" + c.holderName() + "同志具备" + c.series() + level
				+ "专业技术职务任职资格。";
		y -= 6;
		for (String line : wrap(fonts, statement, w - 2 * x, 13)) {
			fonts.show(out, line, false, 13, x, y);
			y -= 21;
		}

		// the issuer and the date at the bottom right, where the seal goes
		float right = w - 110;
		String issued = DateTexts.chinese(c.issuedOn());
		fonts.show(out, content.issuerName() + "（盖章）", false, 14,
				right - fonts.width(content.issuerName() + "（盖章）", false, 14), 92);
		fonts.show(out, issued, false, 14, right - fonts.width(issued, false, 14), 68);

		// the QR code of the public verification page at the bottom left
		qr(out, content.verificationUrl(), 60, 52, 84);
		fonts.show(out, "扫码查验真伪", false, 9, 152, 118);
		fonts.show(out, "或访问公开查验页面输入证书编号", false, 9, 152, 104);
		fonts.show(out, c.certificateNumber(), false, 9, 152, 90);

		if (c.status() == CertificateStatus.REVOKED) {
			revoked(out, fonts, c);
		}
	}

	private static void centered(PDPageContentStream out, FontSet fonts, String text, boolean heavy, float size,
			float centre, float baseline) throws IOException {
		fonts.show(out, text, heavy, size, centre - fonts.width(text, heavy, size) / 2, baseline);
	}

	/** A red framed mark, e.g. 定向评价. */
	private static void stamp(PDPageContentStream out, FontSet fonts, String text, float x, float y)
			throws IOException {
		float size = 16;
		float width = fonts.width(text, true, size) + 20;
		out.setStrokingColor(RED[0], RED[1], RED[2]);
		out.setLineWidth(2f);
		out.addRect(x, y - 8, width, size + 16);
		out.stroke();
		fonts.show(out, text, true, size, x + 10, y + 2);
	}

	private static void revoked(PDPageContentStream out, FontSet fonts, Certificate c) throws IOException {
		out.setNonStrokingColor(RED[0], RED[1], RED[2]);
		String mark = "已撤销";
		float size = 64;
		fonts.show(out, mark, true, size, (PAGE.getWidth() - fonts.width(mark, true, size)) / 2,
				PAGE.getHeight() / 2 - 20);
		String when = c.revokedAt() == null ? "" : DateTexts.chinese(c.revokedAt().toLocalDate());
		String note = "本证书已于" + when + "撤销，不再有效（X1）";
		fonts.show(out, note, true, 14, (PAGE.getWidth() - fonts.width(note, true, 14)) / 2,
				PAGE.getHeight() / 2 - 50);
		out.setNonStrokingColor(0f);
	}

	/** Black modules of the QR code as vector squares (no image), {@code size} points wide. */
	static void qr(PDPageContentStream out, String text, float x, float y, float size) throws IOException {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 1, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException ex) {
			throw new IllegalStateException("无法生成二维码：" + text, ex);
		}
		float module = size / matrix.getWidth();
		out.setNonStrokingColor(0f);
		for (int row = 0; row < matrix.getHeight(); row++) {
			for (int col = 0; col < matrix.getWidth(); col++) {
				if (matrix.get(col, row)) {
					out.addRect(x + col * module, y + size - (row + 1) * module, module, module);
				}
			}
		}
		out.fill();
	}

	/** Wraps text at {@code maxWidth} (Chinese text breaks between any two characters). */
	private static List<String> wrap(FontSet fonts, String text, float maxWidth, float size) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			String next = line + new String(Character.toChars(cp));
			if (fonts.width(next, false, size) > maxWidth && line.length() > 0 && "，。、）".indexOf(cp) < 0) {
				lines.add(line.toString());
				line = new StringBuilder();
			}
			line.appendCodePoint(cp);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}

}
