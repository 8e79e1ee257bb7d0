package cn.zhicheng.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.qualification.ApplicantFacts.EducationLevel;
import cn.zhicheng.qualification.BaselineConditions;
import cn.zhicheng.qualification.DmnBaselineConditions;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The baseline series conditions (Q1, "policy as data") from the newest <em>deployed</em> version of
 * {@value DmnBaselineConditions#DECISION_ID}: when an administrator deploys a new version of
 * processes/baseline-series-conditions.dmn from Camunda Modeler, the next qualification check and
 * precheck follow it, with no restart. Each check asks the engine once for the newest version (one query;
 * several nodes agree through the database) and evaluates it with the standalone DMN engine, parsed once
 * per version. Until the engine has the decision (unit tests without an engine) the table on the classpath
 * applies. {@link DecisionContractDeployer} refuses a version that does not evaluate, so a check never
 * meets a broken table.
 */
class DeployedBaselineConditions implements BaselineConditions {

	private final ObjectProvider<RepositoryService> repository;

	private final ObjectProvider<EngineAccess> engineAccess;

	private final BaselineConditions shipped = DmnBaselineConditions.fromClasspath();

	private volatile Version version;

	private record Version(String definitionId, BaselineConditions table) {
	}

	DeployedBaselineConditions(ObjectProvider<RepositoryService> repository, ObjectProvider<EngineAccess> engineAccess) {
		this.repository = repository;
		this.engineAccess = engineAccess;
	}

	@Override
	public BaselineConditions current() {
		RepositoryService repository = this.repository.getIfAvailable();
		EngineAccess access = this.engineAccess.getIfAvailable();
		if (repository == null || access == null) {
			return this.shipped;
		}
		// the engine's own read permission on decisions is not what guards the rule check
		return access.asSystem(() -> {
			DecisionDefinition latest = repository.createDecisionDefinitionQuery()
				.decisionDefinitionKey(DmnBaselineConditions.DECISION_ID)
				.withoutTenantId()
				.latestVersion()
				.singleResult();
			if (latest == null) {
				return this.shipped;
			}
			Version known = this.version;
			if (known != null && known.definitionId().equals(latest.getId())) {
				return known.table();
			}
			try (InputStream dmn = repository.getDecisionModel(latest.getId())) {
				Version loaded = new Version(latest.getId(), DmnBaselineConditions.fromStream(dmn));
				this.version = loaded;
				return loaded.table();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("无法读取已部署的基本申报条件决策表 " + latest.getId(), ex);
			}
		});
	}

	@Override
	public Optional<Requirement> requirement(TitleLevel targetLevel, EducationLevel education, boolean educationRelaxed) {
		return current().requirement(targetLevel, education, educationRelaxed);
	}

}
