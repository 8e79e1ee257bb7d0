package cn.zhicheng.materials;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import cn.zhicheng.common.RuleViolation;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Recognises an upload by its content, never by its name or the browser's content type: the magic bytes
 * of PDF ({@code %PDF-}), JPEG ({@code FF D8 FF}) and PNG ({@code 89 50 4E 47 0D 0A 1A 0A}), then a
 * structural check (the PDF parses, has pages and no script or launch actions; the image header decodes
 * and is of a sane size). A renamed executable, archive, Office document or web page is refused with a
 * Chinese message that says what it really is. No Spring, no database: unit-tested.
 */
final class ContentInspector {

	static final String RULE = "材料格式";

	static final String FIELD = "file";

	/** Larger images are refused (a decompression bomb would exhaust memory in a viewer). */
	static final long MAX_PIXELS = 100_000_000L;

	private ContentInspector() {
	}

	/** The format of {@code content}, or a {@link RuleViolation} naming the file and what it really is. */
	static FileFormat inspect(byte[] content, String fileName) {
		RuleViolation.require(content != null && content.length > 0, FIELD, RULE, "文件“" + fileName + "”为空");
		FileFormat format = signature(content);
		if (format == null) {
			throw new RuleViolation(FIELD, RULE, "文件“" + fileName + "”的内容不是 PDF、JPEG 或 PNG（实际内容："
					+ describe(content) + "）。材料按文件内容核验，修改扩展名无效");
		}
		switch (format) {
			case PDF -> checkPdf(content, fileName);
			case JPEG, PNG -> checkImage(content, fileName, format);
		}
		return format;
	}

	/** The format the first bytes announce, or null. */
	static FileFormat signature(byte[] c) {
		if (startsWith(c, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return FileFormat.PDF;
		}
		if (startsWith(c, 0xFF, 0xD8, 0xFF)) {
			return FileFormat.JPEG;
		}
		if (startsWith(c, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return FileFormat.PNG;
		}
		return null;
	}

	/** What a refused file most likely is, in Chinese, for the message. */
	static String describe(byte[] c) {
		if (startsWith(c, 'M', 'Z')) {
			return "Windows 可执行程序（EXE/DLL）";
		}
		if (startsWith(c, 0x7F, 'E', 'L', 'F')) {
			return "Linux 可执行程序（ELF）";
		}
		if (startsWith(c, 0xCA, 0xFE, 0xBA, 0xBE) || startsWith(c, 0xCF, 0xFA, 0xED, 0xFE)
				|| startsWith(c, 0xCE, 0xFA, 0xED, 0xFE)) {
			return "macOS 可执行程序或 Java 类文件";
		}
		if (startsWith(c, '#', '!')) {
			return "脚本程序";
		}
		if (startsWith(c, 'P', 'K', 0x03, 0x04)) {
			return "ZIP 压缩包或 Word、Excel 等 Office 文档";
		}
		if (startsWith(c, 0xD0, 0xCF, 0x11, 0xE0)) {
			return "旧版 Word、Excel 等 Office 文档";
		}
		if (startsWith(c, 'R', 'a', 'r', '!') || startsWith(c, '7', 'z', 0xBC, 0xAF) || startsWith(c, 0x1F, 0x8B)) {
			return "压缩包";
		}
		if (startsWith(c, 'G', 'I', 'F', '8')) {
			return "GIF 图片，请转换为 JPEG 或 PNG";
		}
		if (startsWith(c, 'B', 'M')) {
			return "BMP 图片，请转换为 JPEG 或 PNG";
		}
		if (startsWith(c, 'I', 'I', 0x2A, 0x00) || startsWith(c, 'M', 'M', 0x00, 0x2A)) {
			return "TIFF 图片，请转换为 PDF、JPEG 或 PNG";
		}
		if (c.length >= 12 && startsWith(c, 'R', 'I', 'F', 'F') && c[8] == 'W' && c[9] == 'E' && c[10] == 'B'
				&& c[11] == 'P') {
			return "WebP 图片，请转换为 JPEG 或 PNG";
		}
		String head = new String(c, 0, Math.min(c.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
			.toLowerCase();
		if (head.startsWith("<")) {
			return "网页、XML 或 SVG 文件";
		}
		return "无法识别的格式";
	}

	private static void checkPdf(byte[] content, String fileName) {
		try (PDDocument document = Loader.loadPDF(content)) {
			RuleViolation.require(document.getNumberOfPages() > 0, FIELD, RULE,
					"PDF 文件“" + fileName + "”没有页面，可能已损坏");
			RuleViolation.require(!hasActiveContent(document), FIELD, RULE,
					"PDF 文件“" + fileName + "”含有脚本、自动执行动作或嵌入文件，出于安全原因不予接收，请重新扫描或“打印为 PDF”后上传");
		}
		catch (InvalidPasswordException ex) {
			throw new RuleViolation(FIELD, RULE, "PDF 文件“" + fileName + "”设有密码，评审人员无法查看，请去除密码后上传");
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RuleViolation violation) {
				throw violation;
			}
			throw new RuleViolation(FIELD, RULE, "文件“" + fileName + "”以 PDF 标记开头，但无法按 PDF 读取，可能已损坏或被篡改");
		}
	}

	/** JavaScript, launch actions or embedded files, at document, page or link level. */
	private static boolean hasActiveContent(PDDocument document) throws IOException {
		PDDocumentCatalog catalog = document.getDocumentCatalog();
		if (isActive(catalog.getOpenAction() instanceof PDAction action ? action : null)
				|| catalog.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.AA)) {
			return true;
		}
		PDDocumentNameDictionary names = catalog.getNames();
		if (names != null && (names.getJavaScript() != null || names.getEmbeddedFiles() != null)) {
			return true;
		}
		for (PDPage page : document.getPages()) {
			if (page.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.AA)) {
				return true;
			}
			for (PDAnnotation annotation : page.getAnnotations()) {
				if (annotation instanceof PDAnnotationLink link && isActive(link.getAction())) {
					return true;
				}
				if (annotation.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.AA)
						|| "FileAttachment".equals(annotation.getSubtype())) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isActive(PDAction action) {
		return action instanceof PDActionJavaScript || action instanceof PDActionLaunch;
	}

	private static void checkImage(byte[] content, String fileName, FileFormat format) {
		String broken = format.label() + "文件“" + fileName + "”无法读取，可能已损坏或不完整";
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			RuleViolation.require(readers.hasNext(), FIELD, RULE, broken);
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				long width = reader.getWidth(0);
				long height = reader.getHeight(0);
				RuleViolation.require(width > 0 && height > 0, FIELD, RULE, broken);
				RuleViolation.require(width * height <= MAX_PIXELS, FIELD, RULE, format.label() + "文件“" + fileName
						+ "”的尺寸为 " + width + "×" + height + " 像素，超过 1 亿像素，请缩小后上传");
				RuleViolation.require(reader.getFormatName().equalsIgnoreCase(format == FileFormat.PNG ? "png" : "jpeg"),
						FIELD, RULE, broken);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RuleViolation violation) {
				throw violation;
			}
			throw new RuleViolation(FIELD, RULE, broken);
		}
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
