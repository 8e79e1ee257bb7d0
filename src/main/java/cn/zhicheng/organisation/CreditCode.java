package cn.zhicheng.organisation;

import java.util.Optional;

/**
 * 统一社会信用代码 per GB 32100-2015: 18 characters over an alphabet without I, O, S, V, Z; the last
 * one is a check character computed with weights 3^i mod 31 over the first 17.
 */
public final class CreditCode {

	public static final String RULE = "GB 32100-2015";

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCode() {
	}

	/** The reason the code is not valid, in Chinese, or empty when it is valid. */
	public static Optional<String> problem(String code) {
		if (code == null || code.isBlank()) {
			return Optional.of("统一社会信用代码不能为空（" + RULE + "）");
		}
		if (code.length() != 18) {
			return Optional.of("统一社会信用代码应为18位，实为" + code.length() + "位（" + RULE + "）");
		}
		for (int i = 0; i < 18; i++) {
			char c = code.charAt(i);
			if (ALPHABET.indexOf(c) < 0) {
				return Optional.of("统一社会信用代码第" + (i + 1) + "位“" + c + "”不是允许的字符（" + RULE
						+ "：数字及除 I、O、S、V、Z 外的大写字母）");
			}
		}
		char expected = checkCharacter(code.substring(0, 17));
		if (code.charAt(17) != expected) {
			return Optional.of("统一社会信用代码校验码错误：第18位应为“" + expected + "”，实为“" + code.charAt(17) + "”（" + RULE
					+ "）");
		}
		return Optional.empty();
	}

	public static boolean isValid(String code) {
		return problem(code).isEmpty();
	}

	/** The check character for the first 17 characters. */
	public static char checkCharacter(String first17) {
		if (first17.length() != 17) {
			throw new IllegalArgumentException("需要17位本体代码");
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = ALPHABET.indexOf(first17.charAt(i));
			if (value < 0) {
				throw new IllegalArgumentException("非法字符: " + first17.charAt(i));
			}
			sum += value * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

}
