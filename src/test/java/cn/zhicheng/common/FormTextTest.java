package cn.zhicheng.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Form texts stay below Camunda's 4000-character String variables (found with a 500-applicant cycle). */
class FormTextTest {

	@Test
	void aShortTextIsKept() {
		assertThat(FormText.fit("资格审查通过2人：\n1. 杨丽芬", "见名单")).isEqualTo("资格审查通过2人：\n1. 杨丽芬");
		assertThat(FormText.fit(null, "见名单")).isNull();
	}

	@Test
	void aLongListIsCutAtALineAndSaysWhereTheWholeListIs() {
		StringBuilder list = new StringBuilder("资格审查通过500人：");
		for (int i = 1; i <= 500; i++) {
			list.append("\n").append(i).append(". 测试申报人（洱源县第一中学，语文）");
		}
		String fitted = FormText.fit(list.toString(), "完整名单见申报列表");
		assertThat(fitted.length()).isLessThanOrEqualTo(FormText.MAX_LENGTH).isLessThan(4000);
		assertThat(fitted).startsWith("资格审查通过500人：\n1. 测试申报人")
			.endsWith("……（共" + list.length() + "字，以下从略；完整名单见申报列表）");
		// no line is cut in half
		String head = fitted.substring(0, fitted.indexOf("\n……"));
		assertThat(head).endsWith("）");
	}

}
