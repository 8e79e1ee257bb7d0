package cn.zhicheng.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 11643-1999 居民身份证号码. */
class IdNumberTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	@Test
	void acceptsTheStandardsExampleAndReadsBirthDateAndSex() {
		// the example printed in GB 11643-1999: born 1949-12-31, female (17th digit 2 is even)
		assertThat(IdNumber.problem("11010519491231002X", TODAY)).isEmpty();
		assertThat(IdNumber.birthDate("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(IdNumber.sex("11010519491231002X")).isEqualTo(IdNumber.Sex.FEMALE);
	}

	@Test
	void oddSeventeenthDigitIsMale() {
		assertThat(IdNumber.problem("532930198503152014", TODAY)).isEmpty();
		assertThat(IdNumber.sex("532930198503152014")).isEqualTo(IdNumber.Sex.MALE);
	}

	@Test
	void refusesAWrongCheckCharacterNamingTheExpectedOne() {
		assertThat(IdNumber.problem("110105194912310021", TODAY))
			.hasValueSatisfying(m -> assertThat(m).contains("应为“X”").contains("GB 11643-1999"));
	}

	@ParameterizedTest
	@CsvSource({ "532930198502302015, 出生日期", // 30 February
			"532930198513012011, 出生日期", // month 13
			"532930203001012011, 合理范围", // born in the future
			"53293019850315201, 18位", "5329301985031520144, 18位", "53293019850315201x, 大写 X",
			"5329301985O315201X, 前17位应为数字" })
	void refusesMalformedNumbers(String number, String reason) {
		assertThat(IdNumber.problem(number, TODAY)).hasValueSatisfying(m -> assertThat(m).contains(reason));
	}

	@Test
	void acceptsALeapDay() {
		String first17 = "53293019960229201";
		String number = first17 + IdNumber.checkCharacter(first17);
		assertThat(IdNumber.problem(number, TODAY)).isEmpty();
		assertThat(IdNumber.problem("53293019970229201" + IdNumber.checkCharacter("53293019970229201"), TODAY))
			.hasValueSatisfying(m -> assertThat(m).contains("不是有效日期"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " " })
	void refusesBlank(String number) {
		assertThat(IdNumber.problem(number, TODAY)).isPresent();
	}

	@Test
	void masksAllButTheFirstAndLastFour() {
		assertThat(IdNumber.mask("532930198503152014")).isEqualTo("5329**********2014");
	}

}
