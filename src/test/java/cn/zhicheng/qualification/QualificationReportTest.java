package cn.zhicheng.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Q1: eligible is false only on FAIL; REVIEW items set needsReview and leave eligibility alone. */
class QualificationReportTest {

	@Test
	void reviewDoesNotMakeIneligible() {
		QualificationReport report = QualificationReport.of("P",
				List.of(RuleResult.pass("A1", "通过"), RuleResult.review("A8", "请核实")));

		assertThat(report.eligible()).isTrue();
		assertThat(report.needsReview()).isTrue();
		assertThat(report.withOutcome(Outcome.REVIEW)).extracting(RuleResult::rule).containsExactly("A8");
	}

	@Test
	void oneFailMakesIneligible() {
		QualificationReport report = QualificationReport.of("P",
				List.of(RuleResult.fail("A7", "处分期内不得申报（记过，至2026-03-31）"), RuleResult.pass("A1", "通过")));

		assertThat(report.eligible()).isFalse();
		assertThat(report.needsReview()).isFalse();
		assertThat(report.result("A7").orElseThrow().message()).isEqualTo("A7：处分期内不得申报（记过，至2026-03-31）");
	}

	@Test
	void flagsMustAgreeWithTheResults() {
		assertThatThrownBy(() -> new QualificationReport(true, false, "P", List.of(RuleResult.fail("A7", "x"))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aDirectedApplicationWithoutPolicyFailsAGeneralOneGoesToReview() {
		QualificationService service = Applicants.service(Applicants.standardData());

		QualificationReport directed = service.check(Applicants.yunnanDirected().reviewYear(2022).build());
		QualificationReport general = service.check(Applicants.yunnanGeneral().regionCode("110105").build());

		assertThat(directed.policyPack()).isNull();
		assertThat(directed.eligible()).isFalse();
		assertThat(directed.results()).singleElement().satisfies(r -> assertThat(r.message()).startsWith("PACK：没有适用于2022年度"));
		assertThat(general.eligible()).isTrue();
		assertThat(general.needsReview()).isTrue();
	}

	@Test
	void anUnknownNamedPackIsAProgrammingError() {
		QualificationService service = Applicants.service(Applicants.standardData());

		assertThatThrownBy(() -> service.check(Applicants.yunnanGeneral().build(), "NO-SUCH-PACK"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("NO-SUCH-PACK");
	}

}
