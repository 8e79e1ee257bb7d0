package cn.zhicheng.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.zhicheng.cycle.CycleDriver;
import cn.zhicheng.qualification.Track;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The printable certificate (C4) served at /api/certificates/{number}/pdf to the HR bureau, the committee
 * office and the holder's unit only. Its page 1, rendered to an image with PDFBox, shows Chinese glyphs (each
 * character cell of the title has ink through its middle and differs from every other character's cell:
 * missing glyphs would all be the same empty box), its fonts are Noto Sans SC embedded, and its QR code
 * decodes to the public verification page of the certificate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class CertificatePdfTest {

	static final float DPI = 150;

	@Autowired
	ApplicationContext context;

	@Autowired
	CertificateService certificates;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	IdentityService identityService;

	CertificationFixture fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new CertificationFixture(this.context);
	}

	@AfterEach
	void tearDown() {
		this.identityService.clearAuthentication();
		ClockUtil.reset();
	}

	List<Certificate> issued(CertificationFixture.Cycle cycle) {
		CycleDriver.setClock("2024-11-05T10:00:00");
		try {
			QualificationDocument document = this.certificates.issueDocument(cycle.cycle().id(),
					"关于2024年度评审通过人员取得任职资格的通知", "2024-11-05", "eyrsj");
			this.certificates.recordNameCheck(document.id(), true, null, "eyzgb");
			return this.certificates.issueCertificates(document.id(), "system");
		}
		finally {
			ClockUtil.reset();
		}
	}

	ResponseEntity<byte[]> pdf(String login, String number) {
		return this.rest.withBasicAuth(login, "demo").getForEntity("/api/certificates/" + number + "/pdf", byte[].class);
	}

	@Test
	void onlyTheHrBureauTheOfficeAndTheHoldersUnitGetThePdf() {
		CertificationFixture.Cycle cycle = this.fixture.cycle(List.of("韩冬梅:GENERAL"), List.of());
		String number = issued(cycle).get(0).certificateNumber();
		for (String allowed : List.of("eyrsj", "eyzgb", "ey1z")) {
			ResponseEntity<byte[]> response = pdf(allowed, number);
			assertThat(response.getStatusCode()).as(allowed).isEqualTo(HttpStatus.OK);
			assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PDF)).isTrue();
			assertThat(new String(response.getBody(), 0, 5)).isEqualTo("%PDF-");
		}
		// another school, the supervision and anonymous users do not
		assertThat(pdf("ey2z", number).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(pdf("eyjjz", number).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.rest.getForEntity("/api/certificates/" + number + "/pdf", byte[].class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(pdf("eyrsj", "2024532930999990").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void pageOneShowsChineseGlyphsEmbeddedFontsAndAWorkingQrCode() throws Exception {
		CertificationFixture.Cycle cycle = this.fixture.cycle(List.of("欧阳晓明:DIRECTED"), List.of());
		Certificate certificate = issued(cycle).get(0);
		assertThat(certificate.track()).isEqualTo(Track.DIRECTED);
		byte[] bytes = pdf("eyrsj", certificate.certificateNumber()).getBody();
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			PDPage page = pdf.getPage(0);

			// the text is Chinese text (not pictures, not boxes): it extracts as written
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains(CertificatePdf.TITLE, "欧阳晓明", "定向评价", "仅在洱源县有效",
					certificate.certificateNumber(), "洱源县人力资源和社会保障局", "2024年11月5日");
			assertThat(text).doesNotContain(cycle.passed().get(0).idNumber());

			// every font is Noto Sans SC, embedded
			List<String> fonts = new ArrayList<>();
			for (COSName name : page.getResources().getFontNames()) {
				PDFont font = page.getResources().getFont(name);
				assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
				fonts.add(font.getName());
			}
			assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).contains("NotoSansSC"));

			BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, DPI);
			// kept for people to look at: target/certificate-page1.png
			javax.imageio.ImageIO.write(image, "png", new java.io.File("target/certificate-page1.png"));
			// each distinct character of the title: ink through the middle of its cell, and a bitmap of its own
			List<TextPosition> title = positions(pdf, CertificatePdf.TITLE);
			assertThat(title).hasSize(CertificatePdf.TITLE.length());
			Map<String, String> glyphs = new java.util.LinkedHashMap<>();
			for (TextPosition character : title) {
				boolean[][] cell = cell(image, character);
				int ink = 0;
				int middleInk = 0;
				int n = cell.length;
				for (int y = 0; y < n; y++) {
					for (int x = 0; x < n; x++) {
						if (cell[y][x]) {
							ink++;
							if (x > n / 4 && x < 3 * n / 4 && y > n / 4 && y < 3 * n / 4) {
								middleInk++;
							}
						}
					}
				}
				assertThat(ink).as("ink of %s", character.getUnicode()).isGreaterThan(n * n / 20);
				assertThat(middleInk).as("ink in the middle of %s (an empty box has none)", character.getUnicode())
					.isGreaterThan(0);
				glyphs.putIfAbsent(character.getUnicode(), signature(cell));
			}
			Set<String> distinct = new HashSet<>(glyphs.values());
			assertThat(distinct).as("distinct glyph bitmaps of %s", glyphs.keySet()).hasSize(glyphs.size());
			assertThat(glyphs).hasSize(11);

			// the QR code leads to the public verification page of this certificate
			assertThat(decodeQr(image)).isEqualTo(this.certificates.verificationUrl(certificate.certificateNumber()))
				.endsWith("/public/certificates/" + certificate.certificateNumber());
		}
	}

	@Test
	void aRevokedCertificatePrintsAsRevoked() throws IOException {
		CertificationFixture.Cycle cycle = this.fixture.cycle(List.of("褚卫国:GENERAL"), List.of());
		Certificate certificate = issued(cycle).get(0);
		this.certificates.revoke(certificate.certificateNumber(), "经查申报材料造假（X1）", "eyrsj",
				List.of(CycleDriver.ERYUAN_HR_BUREAU));
		try (PDDocument pdf = Loader.loadPDF(pdf("eyzgb", certificate.certificateNumber()).getBody())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("已撤销", "不再有效", CertificatePdf.GENERAL_VALIDITY);
		}
	}

	/** The positions of the characters of {@code line} on page 1. */
	static List<TextPosition> positions(PDDocument pdf, String line) throws IOException {
		List<TextPosition> found = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String string, List<TextPosition> textPositions) throws IOException {
				if (found.isEmpty() && string.contains(line)) {
					int start = string.indexOf(line);
					found.addAll(textPositions.subList(start, start + line.length()));
				}
				super.writeString(string, textPositions);
			}
		};
		stripper.setStartPage(1);
		stripper.setEndPage(1);
		stripper.getText(pdf);
		return found;
	}

	/** The character's em square on the rendered page, as ink (dark) or paper, 32 × 32. */
	static boolean[][] cell(BufferedImage image, TextPosition character) {
		float scale = DPI / 72f;
		float size = character.getFontSizeInPt();
		int n = 32;
		boolean[][] cell = new boolean[n][n];
		float left = character.getXDirAdj() * scale;
		// the baseline is at YDirAdj (from the top); CJK glyphs sit about 0.88 em above it and 0.12 below
		float top = (character.getYDirAdj() - size * 0.88f) * scale;
		float side = size * scale;
		for (int y = 0; y < n; y++) {
			for (int x = 0; x < n; x++) {
				int px = Math.min(image.getWidth() - 1, Math.round(left + (x + 0.5f) * side / n));
				int py = Math.min(image.getHeight() - 1, Math.max(0, Math.round(top + (y + 0.5f) * side / n)));
				int rgb = image.getRGB(px, py);
				int luminance = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
				cell[y][x] = luminance < 160;
			}
		}
		return cell;
	}

	static String signature(boolean[][] cell) {
		StringBuilder bits = new StringBuilder();
		for (boolean[] row : cell) {
			for (boolean ink : row) {
				bits.append(ink ? '1' : '0');
			}
		}
		return bits.toString();
	}

	static String decodeQr(BufferedImage image) throws Exception {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
		Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
		return result.getText();
	}

}
