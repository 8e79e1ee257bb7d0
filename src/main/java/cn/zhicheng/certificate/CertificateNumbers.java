package cn.zhicheng.certificate;

/**
 * Certificate numbers (C2): review year (4 digits), the committee's region code (GB/T 2260, 6 digits), a
 * sequence within year and region (5 digits) and a check character (ISO 7064 MOD 11-2, as the last character
 * of the ID number: 0-9 or X), e.g. {@code 2027532930000017}. The check character catches a mistyped digit
 * or two swapped digits on the verification page.
 */
final class CertificateNumbers {

	static final int MAX_SEQUENCE = 99_999;

	private CertificateNumbers() {
	}

	static String format(int year, String regionCode, int sequence) {
		if (sequence < 1 || sequence > MAX_SEQUENCE) {
			throw new IllegalStateException("证书序号超出范围（1–" + MAX_SEQUENCE + "）：" + sequence);
		}
		if (regionCode == null || !regionCode.matches("\\d{6}")) {
			throw new IllegalStateException("行政区划代码应为6位数字：" + regionCode);
		}
		String body = String.format("%04d%s%05d", year, regionCode, sequence);
		return body + checkCharacter(body);
	}

	/** The scope of the sequence: year and region. */
	static String scope(int year, String regionCode) {
		return "CERT:" + year + ":" + regionCode;
	}

	/** ISO 7064 MOD 11-2 over the digits. */
	static char checkCharacter(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			sum = (sum + (digits.charAt(i) - '0')) * 2 % 11;
		}
		int check = (12 - sum % 11) % 11;
		return check == 10 ? 'X' : (char) ('0' + check);
	}

	/** Whether {@code number} is well-formed: 15 digits and the right check character. */
	static boolean isWellFormed(String number) {
		if (number == null || !number.matches("\\d{15}[0-9X]")) {
			return false;
		}
		return checkCharacter(number.substring(0, 15)) == number.charAt(15);
	}

}
