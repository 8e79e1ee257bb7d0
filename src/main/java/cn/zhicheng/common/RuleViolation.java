package cn.zhicheng.common;

/**
 * Bad input or a broken rule, reported to the user as HTTP 400 with a Chinese message that names
 * the field and the rule (domain.md rule id or the national standard).
 */
public class RuleViolation extends RuntimeException {

	private final String field;

	private final String rule;

	public RuleViolation(String field, String rule, String message) {
		super(message);
		this.field = field;
		this.rule = rule;
	}

	public String field() {
		return this.field;
	}

	public String rule() {
		return this.rule;
	}

	public static void require(boolean condition, String field, String rule, String message) {
		if (!condition) {
			throw new RuleViolation(field, rule, message);
		}
	}

	public static String requireText(String value, String field, String label, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new RuleViolation(field, "必填", label + "（" + field + "）不能为空");
		}
		String trimmed = value.strip();
		if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
			throw new RuleViolation(field, "长度", label + "（" + field + "）不能超过" + maxLength + "个字符");
		}
		return trimmed;
	}

	/**
	 * {@link #requireText} for text that is shown on pages: markup characters ({@code <}, {@code >}) are
	 * refused, so that nothing stored can become a script in a browser.
	 */
	public static String requirePlainText(String value, String field, String label, int maxLength) {
		String text = requireText(value, field, label, maxLength);
		if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
			throw new RuleViolation(field, "网页标记", label + "（" + field + "）不能包含 < 或 > 等网页标记字符");
		}
		return text;
	}

}
