package cn.zhicheng.certificate;

/**
 * The number (文号) of a qualification document (C1) from a configurable pattern: {@code {issuer}} the HR
 * bureau's abbreviation, {@code {year}} the document's year, {@code {seq}} its sequence within issuer and
 * year, e.g. {@code {issuer}人社职〔{year}〕{seq}号} → 洱人社职〔2027〕3号. A pattern without {@code {year}} and
 * {@code {seq}} could repeat a number and is refused.
 */
final class DocumentNumbers {

	private DocumentNumbers() {
	}

	static String format(String pattern, String issuer, int year, int sequence) {
		requireValid(pattern);
		return pattern.replace("{issuer}", issuer).replace("{year}", Integer.toString(year))
			.replace("{seq}", Integer.toString(sequence));
	}

	static void requireValid(String pattern) {
		if (pattern == null || !pattern.contains("{year}") || !pattern.contains("{seq}")) {
			throw new IllegalStateException("任职资格文件文号格式须包含 {year} 和 {seq}（C1，文号不得重复）：" + pattern);
		}
	}

	/** The scope of the sequence: issuer and year. */
	static String scope(String issuerCode, int year) {
		return "DOC:" + issuerCode + ":" + year;
	}

}
