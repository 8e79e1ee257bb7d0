package cn.zhicheng.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import cn.zhicheng.common.RuleViolation;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;

/** Evidence is recognised by content (magic bytes and structure), not by file name. */
class ContentInspectorTest {

	@Test
	void realPdfJpegAndPngAreRecognisedWhateverTheirNames() throws Exception {
		assertThat(ContentInspector.inspect(MaterialsFixtures.pdf(), "学历证书.pdf")).isEqualTo(FileFormat.PDF);
		assertThat(ContentInspector.inspect(MaterialsFixtures.jpeg(), "获奖证书.jpg")).isEqualTo(FileFormat.JPEG);
		// a PNG named .pdf is a PNG: the content decides, and it is served as image/png
		assertThat(ContentInspector.inspect(MaterialsFixtures.png(), "扫描件.pdf")).isEqualTo(FileFormat.PNG);
	}

	@Test
	void anExecutableNamedPdfIsRefusedAndCalledWhatItIs() {
		assertThatThrownBy(() -> ContentInspector.inspect(MaterialsFixtures.windowsExecutable(), "学历证书.pdf"))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("file");
				assertThat(ex.rule()).isEqualTo("材料格式");
				assertThat(ex.getMessage()).contains("学历证书.pdf", "Windows 可执行程序", "修改扩展名无效");
			});
	}

	@Test
	void otherDisguisesAreNamed() {
		assertThat(refusal(bytes("\u007fELF\u0002\u0001\u0001"))).contains("Linux 可执行程序");
		assertThat(refusal(bytes("PK\u0003\u0004rest-of-a-docx"))).contains("ZIP 压缩包或 Word、Excel");
		assertThat(refusal(bytes("#!/bin/sh\nrm -rf /"))).contains("脚本程序");
		assertThat(refusal(bytes("  <html><script>alert(1)</script>"))).contains("网页");
		assertThat(refusal(bytes("GIF89a......"))).contains("GIF 图片");
		assertThat(refusal(bytes("just some text"))).contains("无法识别的格式");
		assertThat(refusal(new byte[0])).contains("为空");
	}

	@Test
	void aFileThatOnlyStartsLikeAPdfIsRefused() {
		byte[] fake = bytes("%PDF-1.7\n" + "x".repeat(500));
		assertThat(refusal(fake)).contains("无法按 PDF 读取");
		byte[] fakeJpeg = Arrays.copyOf(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00 }, 200);
		assertThat(refusal(fakeJpeg)).contains("JPEG 图片文件", "无法读取");
	}

	@Test
	void aPdfWithScriptIsRefused() throws Exception {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('x')"));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			assertThat(refusal(out.toByteArray())).contains("含有脚本");
		}
	}

	@Test
	void anEncryptedPdfIsRefused() throws Exception {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "user",
					new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			assertThat(refusal(out.toByteArray())).contains("设有密码");
		}
	}

	private static String refusal(byte[] content) {
		try {
			ContentInspector.inspect(content, "材料.pdf");
		}
		catch (RuleViolation ex) {
			assertThat(ex.rule()).isEqualTo("材料格式");
			return ex.getMessage();
		}
		throw new AssertionError("accepted");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
