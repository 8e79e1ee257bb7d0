package cn.zhicheng.materials;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Demo organisation codes and small real files (PDF, JPEG, PNG) and fakes for the materials tests. */
final class MaterialsFixtures {

	/** 洱源县第一中学 (login ey1z): a unit, and its Camunda group. */
	static final String ERYUAN_NO1_SCHOOL = "125329304310123376";

	/** 洱源县第二中学 (login ey2z). */
	static final String ERYUAN_NO2_SCHOOL = "12532930431013700B";

	/** 洱源县职称改革工作领导小组办公室 (login eyzgb). */
	static final String ERYUAN_COMMITTEE_OFFICE = "115329304310054872";

	private MaterialsFixtures() {
	}

	/** A real one-page PDF. */
	static byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	static byte[] image(String format) throws IOException {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, 0xFF0000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	static byte[] jpeg() throws IOException {
		return image("jpg");
	}

	static byte[] png() throws IOException {
		return image("png");
	}

	/** The start of a Windows executable ("MZ", DOS stub), as a renamed .pdf would carry. */
	static byte[] windowsExecutable() {
		byte[] exe = new byte[4096];
		exe[0] = 'M';
		exe[1] = 'Z';
		byte[] stub = "This program cannot be run in DOS mode.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, exe, 0x4E, stub.length);
		return exe;
	}

	/** {@code size} bytes that are a valid PDF followed by padding (PDF readers ignore what follows). */
	static byte[] pdfOfSize(int size) throws IOException {
		byte[] pdf = pdf();
		byte[] padded = new byte[size];
		System.arraycopy(pdf, 0, padded, 0, pdf.length);
		for (int i = pdf.length; i < size; i++) {
			padded[i] = '\n';
		}
		return padded;
	}

}
