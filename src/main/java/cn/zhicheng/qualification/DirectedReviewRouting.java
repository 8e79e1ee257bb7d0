package cn.zhicheng.qualification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;

/**
 * DY6: which committee receives a Yunnan 2020 directed application, from the decision table
 * processes/review-routing.dmn, evaluated with the standalone DMN engine (thread-safe once parsed).
 */
public final class DirectedReviewRouting {

	public static final String DECISION_ID = "Decision_DirectedReviewRouting";

	public static final String RESOURCE = "processes/review-routing.dmn";

	/** The committee that receives the application. */
	public enum CommitteeKind {

		/** The applicant's prefecture senior committee, in its directed group (定向评价评审组). */
		PREFECTURE_DIRECTED_GROUP("所在州（市）高级评委会定向评价评审组"),

		/** 怒江、迪庆: their own committee as in 2019 (the provincial one where they cannot form it). */
		PREFECTURE_COMMITTEE("本州高级评委会（组建困难的报省级评委会）"),

		/** The provincial senior committee, in its directed group. */
		PROVINCIAL_DIRECTED_GROUP("省属高级评委会定向评价评审组");

		private final String label;

		CommitteeKind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	private final DmnEngine engine;

	private final DmnDecision decision;

	private DirectedReviewRouting(InputStream dmn) {
		this.engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		this.decision = this.engine.parseDecision(DECISION_ID, dmn);
	}

	public static DirectedReviewRouting fromFile(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return new DirectedReviewRouting(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法读取评审路由决策表：" + file, ex);
		}
	}

	public static DirectedReviewRouting fromClasspath() {
		InputStream in = DirectedReviewRouting.class.getClassLoader().getResourceAsStream(RESOURCE);
		if (in == null) {
			throw new IllegalStateException("类路径中没有评审路由决策表：" + RESOURCE);
		}
		try (in) {
			return new DirectedReviewRouting(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法读取评审路由决策表：" + RESOURCE, ex);
		}
	}

	/** The committee for the series and the county (GB/T 2260, 6 digits) where the applicant works. */
	public CommitteeKind route(String series, String regionCode) {
		DmnDecisionResultEntries first = this.engine
			.evaluateDecision(this.decision,
					Variables.createVariables().putValue("series", series).putValue("regionCode", regionCode))
			.getFirstResult();
		if (first == null) {
			throw new IllegalStateException("评审路由决策表没有匹配的规则：" + series + "，" + regionCode);
		}
		return CommitteeKind.valueOf(first.<String>getSingleEntry());
	}

}
