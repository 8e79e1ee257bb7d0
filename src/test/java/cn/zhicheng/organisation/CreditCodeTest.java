package cn.zhicheng.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 32100-2015 统一社会信用代码, checked against codes published by real organisations. */
class CreditCodeTest {

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y43", // the example printed in GB 32100-2015
			"91110000802100433B", "91440300708461136T", "9144030071526726XG", "91110000710925462X" })
	void acceptsPublishedCodes(String code) {
		assertThat(CreditCode.problem(code)).isEmpty();
		assertThat(CreditCode.isValid(code)).isTrue();
	}

	@Test
	void computesTheCheckCharacterOfTheStandardsExample() {
		assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
	}

	@Test
	void checkCharacterZeroWhenTheSumIsAMultipleOf31() {
		// 17 zeros weigh 0: (31 - 0) mod 31 = 0
		assertThat(CreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
		assertThat(CreditCode.isValid("000000000000000000")).isTrue();
	}

	@Test
	void refusesAWrongCheckCharacterNamingTheRule() {
		assertThat(CreditCode.problem("91350100M000100Y44")).hasValueSatisfying(message -> {
			assertThat(message).contains("校验码").contains("应为“3”").contains("实为“4”").contains("GB 32100-2015");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y4", "91350100M000100Y433", "" })
	void refusesWrongLength(String code) {
		assertThat(CreditCode.problem(code)).hasValueSatisfying(message -> assertThat(message).contains("GB 32100"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "9135010OM000100Y43", "91350100I000100Y43", "91350100Z000100Y43", "91350100S000100Y43",
			"91350100V000100Y43", "91350100m000100Y43", "91350100-000100Y43" })
	void refusesCharactersOutsideTheAlphabet(String code) {
		assertThat(CreditCode.problem(code))
			.hasValueSatisfying(message -> assertThat(message).contains("不是允许的字符").contains("GB 32100-2015"));
	}

	@Test
	void refusesNull() {
		assertThat(CreditCode.problem(null)).isPresent();
	}

}
