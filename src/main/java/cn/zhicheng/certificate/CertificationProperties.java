package cn.zhicheng.certificate;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code zhicheng.certification}: the qualification document and the certificates (C1, C2, C4).
 *
 * @param documentNumberPattern the document number (文号): {@code {issuer}} the HR bureau's abbreviation,
 * {@code {year}} the document's year, {@code {seq}} its number within the issuer and year; a policy pack may
 * have its own ({@code certification.documentNumberPattern})
 * @param documentWorkingDays the document is due within this many working days of the post-filing approval
 * where the policy pack does not say (C1; DY10 says 3)
 * @param issuerAbbreviations HR bureau credit code → abbreviation in document numbers (e.g. 洱); default the
 * first character of its region's name
 * @param verificationBaseUrl where the public verification page is reached from outside (the QR code)
 */
@ConfigurationProperties("zhicheng.certification")
record CertificationProperties(String documentNumberPattern, Integer documentWorkingDays,
		Map<String, String> issuerAbbreviations, String verificationBaseUrl) {

	static final String DEFAULT_PATTERN = "{issuer}人社职〔{year}〕{seq}号";

	CertificationProperties {
		documentNumberPattern = documentNumberPattern == null || documentNumberPattern.isBlank() ? DEFAULT_PATTERN
				: documentNumberPattern;
		documentWorkingDays = documentWorkingDays == null ? 5 : documentWorkingDays;
		issuerAbbreviations = issuerAbbreviations == null ? Map.of() : Map.copyOf(issuerAbbreviations);
		verificationBaseUrl = verificationBaseUrl == null || verificationBaseUrl.isBlank() ? "http://localhost:8080"
				: verificationBaseUrl.replaceAll("/+$", "");
	}

}
