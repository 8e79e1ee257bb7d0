package cn.zhicheng.common;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.exception.NotValidException;
import org.junit.jupiter.api.Test;

/** The guard administrators put after a new decision task: what it accepts and how it refuses. */
class RequireDecisionDelegateTest {

	static final List<String> APPROVE_OR_REJECT = List.of("APPROVE", "REJECT");

	@Test
	void anAllowedDecisionWithAnOpinionPasses() {
		assertThatCode(() -> RequireDecisionDelegate.check("hrDecision", "APPROVE", APPROVE_OR_REJECT, "hrOpinion",
				"同意上报。", "县人社局审核结论", "A16"))
			.doesNotThrowAnyException();
		assertThatCode(() -> RequireDecisionDelegate.check("hrDecision", "REJECT", APPROVE_OR_REJECT, null, null, null,
				null))
			.doesNotThrowAnyException();
	}

	@Test
	void aMissingOrUnknownDecisionIsRefusedNamingTheVariableTheChoicesAndTheRule() {
		assertThatThrownBy(() -> RequireDecisionDelegate.check("hrDecision", null, APPROVE_OR_REJECT, null, null,
				"县人社局审核结论", "A16"))
			.isInstanceOf(NotValidException.class)
			.hasMessage("请填写县人社局审核结论（hrDecision），可选：APPROVE、REJECT（A16）");
		assertThatThrownBy(() -> RequireDecisionDelegate.check("hrDecision", "MAYBE", APPROVE_OR_REJECT, null, null,
				null, null))
			.isInstanceOf(NotValidException.class)
			.hasMessage("结论（hrDecision）应为 APPROVE、REJECT 之一，实为“MAYBE”");
	}

	@Test
	void theOpinionMustBeWrittenShortAndPlain() {
		assertThatThrownBy(() -> RequireDecisionDelegate.check("d", "APPROVE", APPROVE_OR_REJECT, "opinion", "  ",
				null, "A16"))
			.hasMessage("请填写意见（opinion）（A16）");
		assertThatThrownBy(() -> RequireDecisionDelegate.check("d", "APPROVE", APPROVE_OR_REJECT, "opinion",
				"字".repeat(2001), null, null))
			.hasMessage("意见（opinion）不能超过 2000 字，实为 2001 字");
		assertThatThrownBy(() -> RequireDecisionDelegate.check("d", "APPROVE", APPROVE_OR_REJECT, "opinion",
				"<script>", null, null))
			.hasMessageContaining("不能包含 < 或 >");
	}

	@Test
	void allowedDecisionsAreCommaSeparatedInEitherComma() {
		org.assertj.core.api.Assertions.assertThat(RequireDecisionDelegate.allowed("APPROVE, RETURN，REJECT"))
			.containsExactly("APPROVE", "RETURN", "REJECT");
		assertThatThrownBy(() -> RequireDecisionDelegate.allowed(" , ")).isInstanceOf(NotValidException.class);
	}

}
