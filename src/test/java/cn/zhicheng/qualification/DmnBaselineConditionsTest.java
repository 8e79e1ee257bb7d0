package cn.zhicheng.qualification;

import static cn.zhicheng.common.TitleLevel.ASSOCIATE_SENIOR;
import static cn.zhicheng.common.TitleLevel.INTERMEDIATE;
import static cn.zhicheng.common.TitleLevel.JUNIOR;
import static cn.zhicheng.common.TitleLevel.SENIOR;
import static cn.zhicheng.qualification.ApplicantFacts.EducationLevel.BACHELOR;
import static cn.zhicheng.qualification.ApplicantFacts.EducationLevel.DOCTORATE;
import static cn.zhicheng.qualification.ApplicantFacts.EducationLevel.JUNIOR_COLLEGE;
import static cn.zhicheng.qualification.ApplicantFacts.EducationLevel.MASTER;
import static cn.zhicheng.qualification.ApplicantFacts.EducationLevel.SECONDARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collection;

import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.qualification.ApplicantFacts.EducationLevel;
import cn.zhicheng.qualification.BaselineConditions.Requirement;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The baseline decision table (processes/baseline-series-conditions.dmn) evaluated by the standalone DMN engine:
 * the shipped defaults (domain.md "Baseline series conditions": 副高 博士 2, 硕士/本科 5, 大专 7) and DG2's relaxed rows
 * (001: 副高 大专, 中级 高中, with 5 and 4 years).
 */
class DmnBaselineConditionsTest {

	private final BaselineConditions baseline = Applicants.BASELINE;

	@ParameterizedTest(name = "{0} {1} 放宽={2} → {3}年（{4}）")
	@CsvSource({ "ASSOCIATE_SENIOR, DOCTORATE, false, 2, BASE", "ASSOCIATE_SENIOR, MASTER, false, 5, BASE",
			"ASSOCIATE_SENIOR, BACHELOR, false, 5, BASE", "ASSOCIATE_SENIOR, JUNIOR_COLLEGE, false, 7, BASE",
			"ASSOCIATE_SENIOR, JUNIOR_COLLEGE, true, 5, DG2", "ASSOCIATE_SENIOR, BACHELOR, true, 5, BASE",
			"INTERMEDIATE, DOCTORATE, false, 0, BASE", "INTERMEDIATE, MASTER, false, 2, BASE",
			"INTERMEDIATE, BACHELOR, false, 4, BASE", "INTERMEDIATE, JUNIOR_COLLEGE, false, 4, BASE",
			"INTERMEDIATE, SECONDARY, true, 4, DG2", "SENIOR, DOCTORATE, false, 5, BASE", "SENIOR, BACHELOR, true, 5, BASE",
			"JUNIOR, MASTER, false, 0, BASE", "JUNIOR, BACHELOR, false, 1, BASE", "JUNIOR, JUNIOR_COLLEGE, false, 3, BASE",
			"JUNIOR, SECONDARY, false, 5, BASE" })
	void shipsTheDefaults(TitleLevel level, EducationLevel education, boolean relaxed, int years, String basis) {
		assertThat(this.baseline.requirement(level, education, relaxed)).contains(new Requirement(years, basis));
	}

	@Test
	void educationBelowTheTableIsNotAccepted() {
		assertThat(this.baseline.requirement(ASSOCIATE_SENIOR, SECONDARY, false)).isEmpty();
		assertThat(this.baseline.requirement(ASSOCIATE_SENIOR, SECONDARY, true)).isEmpty();
		assertThat(this.baseline.requirement(INTERMEDIATE, SECONDARY, false)).isEmpty();
		assertThat(this.baseline.requirement(SENIOR, JUNIOR_COLLEGE, false)).isEmpty();
		assertThat(this.baseline.requirement(SENIOR, JUNIOR_COLLEGE, true)).isEmpty();
	}

	@Test
	void listsTheAcceptedEducations() {
		assertThat(this.baseline.acceptedEducations(ASSOCIATE_SENIOR, false)).containsExactly(DOCTORATE, MASTER, BACHELOR,
				JUNIOR_COLLEGE);
		assertThat(this.baseline.acceptedEducations(INTERMEDIATE, true)).containsExactly(DOCTORATE, MASTER, BACHELOR,
				JUNIOR_COLLEGE, SECONDARY);
		assertThat(this.baseline.acceptedEducations(SENIOR, false)).containsExactly(DOCTORATE, MASTER, BACHELOR);
		assertThat(this.baseline.acceptedEducations(JUNIOR, false)).hasSize(5);
	}

	@Test
	void loadsFromTheClasspathToo() {
		// pom.xml copies processes/ to the classpath under processes/
		BaselineConditions fromClasspath = DmnBaselineConditions.fromClasspath();

		for (TitleLevel level : TitleLevel.values()) {
			for (EducationLevel education : EducationLevel.values()) {
				assertThat(fromClasspath.requirement(level, education, true))
					.isEqualTo(this.baseline.requirement(level, education, true));
			}
		}
	}

	@Test
	void isACamunda7DecisionWithHistoryTimeToLiveAndMeaningfulIds() throws Exception {
		DmnModelInstance model = Dmn.readModelFromFile(Applicants.BASELINE_DMN.toFile());
		Decision decision = model.getModelElementById(DmnBaselineConditions.DECISION_ID);

		assertThat(decision.getCamundaHistoryTimeToLiveString()).isNotBlank();
		assertThat(decision.getName()).contains("基本申报条件");
		DecisionTable table = (DecisionTable) decision.getExpression();
		assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
		Collection<Rule> rules = table.getRules();
		assertThat(rules).hasSizeGreaterThan(10)
			.allSatisfy(rule -> assertThat(rule.getId()).startsWith("Rule_").doesNotContainPattern("_[0-9a-z]{7}$"));
		assertThat(Files.readString(Applicants.BASELINE_DMN)).contains("https://www.omg.org/spec/DMN/20191111/MODEL/");
	}

	@Test
	void aTableWithAnInvalidOutputFailsWhenLoaded() throws Exception {
		String broken = Files.readString(Applicants.BASELINE_DMN).replace("<text>7</text>", "<text>-7</text>");

		assertThatThrownBy(() -> DmnBaselineConditions
				.fromStream(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))
			.hasMessageContaining("基本申报条件决策表的输出无效");
	}

}
