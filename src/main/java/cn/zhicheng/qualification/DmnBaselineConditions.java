package cn.zhicheng.qualification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.qualification.ApplicantFacts.EducationLevel;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The baseline series conditions evaluated from the DMN decision table
 * (processes/baseline-series-conditions.dmn) with the standalone Camunda DMN engine: no process engine, so
 * the rules stay unit-testable. The table is small, so every combination is evaluated once when it is
 * loaded; a table that does not evaluate fails at start-up, not in the middle of a check.
 */
public final class DmnBaselineConditions implements BaselineConditions {

	/** The decision's id in the DMN file. */
	public static final String DECISION_ID = "Decision_BaselineSeriesConditions";

	/** The file's location in the repository and on the classpath (pom.xml copies processes/). */
	public static final String RESOURCE = "processes/baseline-series-conditions.dmn";

	private final Map<TitleLevel, Map<EducationLevel, Requirement[]>> table = new EnumMap<>(TitleLevel.class);

	private DmnBaselineConditions(InputStream dmn) {
		DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		DmnDecision decision = engine.parseDecision(DECISION_ID, dmn);
		for (TitleLevel level : TitleLevel.values()) {
			Map<EducationLevel, Requirement[]> row = new EnumMap<>(EducationLevel.class);
			for (EducationLevel education : EducationLevel.values()) {
				row.put(education, new Requirement[] { evaluate(engine, decision, level, education, false),
						evaluate(engine, decision, level, education, true) });
			}
			this.table.put(level, row);
		}
	}

	public static DmnBaselineConditions fromStream(InputStream dmn) {
		return new DmnBaselineConditions(dmn);
	}

	public static DmnBaselineConditions fromFile(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return new DmnBaselineConditions(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法读取基本申报条件决策表：" + file, ex);
		}
	}

	/** Loads {@link #RESOURCE} from the classpath. */
	public static DmnBaselineConditions fromClasspath() {
		InputStream in = DmnBaselineConditions.class.getClassLoader().getResourceAsStream(RESOURCE);
		if (in == null) {
			throw new IllegalStateException("类路径中没有基本申报条件决策表：" + RESOURCE);
		}
		try (in) {
			return new DmnBaselineConditions(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法读取基本申报条件决策表：" + RESOURCE, ex);
		}
	}

	@Override
	public Optional<Requirement> requirement(TitleLevel targetLevel, EducationLevel education,
			boolean educationRelaxed) {
		return Optional.ofNullable(this.table.get(targetLevel).get(education)[educationRelaxed ? 1 : 0]);
	}

	private static Requirement evaluate(DmnEngine engine, DmnDecision decision, TitleLevel level,
			EducationLevel education, boolean relaxed) {
		DmnDecisionResultEntries first = engine
			.evaluateDecision(decision,
					Variables.createVariables()
						.putValue("targetLevel", level.name())
						.putValue("education", education.name())
						.putValue("educationRelaxed", relaxed))
			.getFirstResult();
		if (first == null) {
			return null;
		}
		Object years = first.getEntry("requiredYears");
		Object basis = first.getEntry("basis");
		if (!(years instanceof Number number) || number.intValue() < 0 || !(basis instanceof String text)
				|| text.isBlank()) {
			throw new IllegalStateException("基本申报条件决策表的输出无效（" + level + "、" + education + "）：requiredYears="
					+ years + "，basis=" + basis);
		}
		return new Requirement(number.intValue(), text);
	}

}
