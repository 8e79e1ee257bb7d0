package cn.zhicheng.certificate;

import java.time.LocalDate;
import java.util.Optional;

import cn.zhicheng.system.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Public verification of a certificate, without login (C4): the page the certificate's QR code leads to
 * ({@code /public/certificates/{number}}, HTML) and the same as JSON ({@code /public/api/certificates/{number}}).
 * It shows the name masked (张*明), the title, series, level, committee, document number and date, where the
 * certificate is valid and whether it stands (有效 / 已撤销); never the ID number, the unit or the reason of a
 * revocation. An unknown number is a 404 with a Chinese message.
 */
@RestController
class PublicCertificateController {

	private final CertificateService certificates;

	PublicCertificateController(CertificateService certificates) {
		this.certificates = certificates;
	}

	@GetMapping("/public/api/certificates/{number}")
	Verification verify(@PathVariable String number) {
		return find(number).orElseThrow(() -> new NotFoundException("certificateNumber", notFound(number)));
	}

	@GetMapping(path = "/public/certificates/{number}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> page(@PathVariable String number) {
		return find(number).map(v -> ResponseEntity.ok(html("职称证书查验结果", result(v))))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.TEXT_HTML)
				.body(html("未查到证书", "<p class=\"error\">" + escape(notFound(number)) + "</p>" + lookupForm(number))));
	}

	/** The lookup form; with {@code number} the same result as the page of that number. */
	@GetMapping(path = "/public/certificates", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> lookup(@RequestParam(required = false) String number) {
		if (number == null || number.isBlank()) {
			return ResponseEntity.ok(html("职称证书查验", "<p>请输入证书上的16位证书编号，或用手机扫描证书上的二维码。</p>" + lookupForm("")));
		}
		return page(number);
	}

	private Optional<Verification> find(String number) {
		String clean = number == null ? "" : number.strip().toUpperCase();
		if (!CertificateNumbers.isWellFormed(clean)) {
			return Optional.empty();
		}
		return this.certificates.find(clean).map(c -> Verification.of(c, this.certificates.documentOf(c)));
	}

	static String notFound(String number) {
		String shown = number == null ? "" : number.strip();
		if (shown.length() > 32) {
			shown = shown.substring(0, 32) + "…";
		}
		if (!CertificateNumbers.isWellFormed(shown.toUpperCase())) {
			return "未查到证书编号为“" + shown + "”的职称证书：证书编号应为16位（年度4位、地区代码6位、顺序号5位和1位校验码），请核对后重新输入";
		}
		return "未查到证书编号为“" + shown + "”的职称证书，请核对证书编号；证书真伪以发证机关的记录为准";
	}

	/** What anyone may see of a certificate. */
	record Verification(String certificateNumber, String name, String title, String series, String specialty,
			String level, String committeeName, String documentNumber, LocalDate documentDate, boolean directed,
			String directedMark, String validRegion, String status, String statusLabel, LocalDate revokedOn) {

		static Verification of(Certificate c, QualificationDocument document) {
			String validIn = c.directed() ? "仅在" + c.validRegion() + "有效" : CertificatePdf.GENERAL_VALIDITY;
			return new Verification(c.certificateNumber(), c.maskedHolderName(),
					c.series() + c.titleLevel().label() + "专业技术职务任职资格", c.series(), c.specialty(),
					c.titleLevel().label(), c.committeeName(), document.documentNumber(), document.documentDate(),
					c.directed(), c.directed() ? CertificateService.DIRECTED_MARK : null, validIn, c.status().name(),
					c.status().label(), c.revokedAt() == null ? null : c.revokedAt().toLocalDate());
		}

	}

	private static String result(Verification v) {
		StringBuilder body = new StringBuilder();
		boolean valid = "VALID".equals(v.status());
		body.append("<p class=\"").append(valid ? "ok" : "error").append("\">证书状态：<strong>")
			.append(escape(v.statusLabel()))
			.append("</strong>")
			.append(valid ? "" : "（" + escape(DateTexts.chinese(v.revokedOn())) + "撤销，本证书不再有效）")
			.append("</p>");
		body.append("<dl>");
		row(body, "证书编号", v.certificateNumber());
		row(body, "姓名", v.name());
		row(body, "资格名称", v.title());
		row(body, "系列", v.series());
		row(body, "专业", v.specialty());
		row(body, "级别", v.level());
		row(body, "评审委员会", v.committeeName());
		row(body, "任职资格文件文号", v.documentNumber());
		row(body, "发文日期", DateTexts.chinese(v.documentDate()));
		if (v.directed()) {
			row(body, "类别", v.directedMark());
		}
		row(body, "有效范围", v.validRegion());
		row(body, "状态", v.statusLabel());
		body.append("</dl>");
		return body.toString();
	}

	private static void row(StringBuilder body, String label, String value) {
		body.append("<dt>").append(escape(label)).append("</dt><dd>").append(escape(value)).append("</dd>");
	}

	private static String lookupForm(String number) {
		return "<form method=\"get\" action=\"/public/certificates\"><label>证书编号 <input name=\"number\" maxlength=\"32\" value=\""
				+ escape(number == null ? "" : number.strip()) + "\" required></label> <button type=\"submit\">查验</button></form>";
	}

	private static String html(String title, String main) {
		return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
				+ "</title>\n<link rel=\"stylesheet\" href=\"/public/public.css\">\n</head>\n<body data-page=\"certificate\">\n"
				+ "<header><p><a href=\"/public/index.html\">← 返回公开信息</a></p><h1>" + escape(title) + "</h1></header>\n<main>"
				+ main + "</main>\n<footer>姓名已按规定脱敏显示；不显示身份证号码。</footer>\n</body>\n</html>\n";
	}

	private static String escape(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
