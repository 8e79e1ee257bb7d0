package cn.zhicheng.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The DMN files deploy to a Camunda 7 engine configured like the application (history time to live
 * enforced), so an administrator can redeploy them from Camunda Modeler, and the engine evaluates them as the
 * standalone DMN engine does.
 */
class DecisionDeploymentTest {

	private static ProcessEngine engine;

	@BeforeAll
	static void startEngine() throws IOException {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
			.createStandaloneInMemProcessEngineConfiguration()
			.setJdbcUrl("jdbc:h2:mem:qualification-decisions;DB_CLOSE_DELAY=-1")
			.setJobExecutorActivate(false);
		configuration.setEnforceHistoryTimeToLive(true);
		engine = configuration.buildProcessEngine();
		try (InputStream baseline = Files.newInputStream(Applicants.BASELINE_DMN);
				InputStream routing = Files.newInputStream(Path.of("processes", "review-routing.dmn"))) {
			engine.getRepositoryService()
				.createDeployment()
				.name("qualification-decisions")
				.addInputStream("baseline-series-conditions.dmn", baseline)
				.addInputStream("review-routing.dmn", routing)
				.deploy();
		}
	}

	@AfterAll
	static void stopEngine() {
		engine.close();
	}

	@Test
	void bothDecisionsAreDeployedWithHistoryTimeToLive() {
		assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().list())
			.extracting(DecisionDefinition::getKey)
			.containsExactlyInAnyOrder(DmnBaselineConditions.DECISION_ID, DirectedReviewRouting.DECISION_ID);
		assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().list())
			.allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(3650));
	}

	@Test
	void theEngineAgreesWithTheStandaloneEvaluation() {
		Map<String, Object> result = engine.getDecisionService()
			.evaluateDecisionByKey(DmnBaselineConditions.DECISION_ID)
			.variables(Variables.createVariables()
				.putValue("targetLevel", "ASSOCIATE_SENIOR")
				.putValue("education", "JUNIOR_COLLEGE")
				.putValue("educationRelaxed", true))
			.evaluate()
			.getSingleResult()
			.getEntryMap();

		assertThat(result).containsEntry("requiredYears", 5).containsEntry("basis", "DG2");
		assertThat(engine.getDecisionService()
			.evaluateDecisionByKey(DirectedReviewRouting.DECISION_ID)
			.variables(Variables.createVariables().putValue("series", "经济").putValue("regionCode", "533401"))
			.evaluate()
			.getSingleResult()
			.getSingleEntry()
			.toString()).isEqualTo("PREFECTURE_COMMITTEE");
	}

}
