package cn.zhicheng.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 居民身份证号码 per GB 11643-1999: 17 digits and a check character over weights 2^(17-i) mod 11;
 * characters 7–14 are the birth date, the 17th digit's parity is the sex (odd = male). Personal data:
 * use {@link #mask(String)} in lists and logs.
 */
public final class IdNumber {

	public static final String RULE = "GB 11643-1999";

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	/** Earliest plausible birth date of a living applicant or expert. */
	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	public enum Sex {

		MALE("男"), FEMALE("女");

		private final String label;

		Sex(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	private IdNumber() {
	}

	/** The reason the number is invalid, in Chinese and naming the standard, or empty. */
	public static Optional<String> problem(String number, LocalDate today) {
		if (number == null || number.isBlank()) {
			return Optional.of("身份证号码不能为空（" + RULE + "）");
		}
		if (number.length() != 18) {
			return Optional.of("身份证号码应为18位，实为" + number.length() + "位（" + RULE + "）");
		}
		for (int i = 0; i < 17; i++) {
			if (number.charAt(i) < '0' || number.charAt(i) > '9') {
				return Optional.of("身份证号码前17位应为数字，第" + (i + 1) + "位为“" + number.charAt(i) + "”（" + RULE + "）");
			}
		}
		char last = number.charAt(17);
		if (!(last >= '0' && last <= '9') && last != 'X') {
			return Optional.of("身份证号码第18位应为数字或大写 X（" + RULE + "）");
		}
		LocalDate birth;
		try {
			birth = LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
					Integer.parseInt(number.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			return Optional.of("身份证号码中的出生日期“" + number.substring(6, 14) + "”不是有效日期（" + RULE + "）");
		}
		if (birth.isBefore(EARLIEST) || birth.isAfter(today)) {
			return Optional.of("身份证号码中的出生日期" + birth + "不在合理范围内（" + RULE + "）");
		}
		char expected = checkCharacter(number.substring(0, 17));
		if (last != expected) {
			return Optional.of("身份证号码校验码错误：第18位应为“" + expected + "”，实为“" + last + "”（" + RULE + "）");
		}
		return Optional.empty();
	}

	public static boolean isValid(String number, LocalDate today) {
		return problem(number, today).isEmpty();
	}

	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	/** The birth date of a valid number. */
	public static LocalDate birthDate(String number) {
		return LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
				Integer.parseInt(number.substring(12, 14)));
	}

	/** The sex of a valid number: odd 17th digit is male. */
	public static Sex sex(String number) {
		return (number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
	}

	/** For lists and logs: the first 4 and last 4 characters, e.g. 5329**********1234. */
	public static String mask(String number) {
		if (number == null || number.length() < 8) {
			return "****";
		}
		return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
	}

}
