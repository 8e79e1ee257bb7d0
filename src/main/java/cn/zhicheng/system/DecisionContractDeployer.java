package cn.zhicheng.system;

import java.io.ByteArrayInputStream;

import cn.zhicheng.qualification.DmnBaselineConditions;

import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Refuses a new version of a decision table that Java code evaluates when the code could not use it
 * (issue 9, "validated at deployment"): a DMN file that defines {@value DmnBaselineConditions#DECISION_ID}
 * must keep its inputs (targetLevel, education, educationRelaxed) and outputs (requiredYears ≥ 0,
 * non-blank basis) and evaluate for every level and education. Runs before Camunda's own deployers; the
 * REST API answers 400 with the Chinese reason, and nothing is deployed.
 */
class DecisionContractDeployer implements Deployer {

	@Override
	public void deploy(DeploymentEntity deployment) {
		if (!deployment.isNew() || deployment.getResources() == null) {
			return;
		}
		for (ResourceEntity resource : deployment.getResources().values()) {
			if (!resource.getName().endsWith(".dmn") || !defines(resource, DmnBaselineConditions.DECISION_ID)) {
				continue;
			}
			try {
				DmnBaselineConditions.fromStream(new ByteArrayInputStream(resource.getBytes()));
			}
			catch (RuntimeException ex) {
				throw new NotValidException("决策表 " + resource.getName() + " 中的“" + DmnBaselineConditions.DECISION_ID
						+ "”不能用于资格审查（Q1），部署被拒绝：" + ex.getMessage()
						+ "。输入须为 targetLevel、education、educationRelaxed，输出须为 requiredYears（不小于 0 的整数）和 basis（规则编号）");
			}
		}
	}

	private static boolean defines(ResourceEntity resource, String decisionId) {
		String xml = new String(resource.getBytes(), java.nio.charset.StandardCharsets.UTF_8);
		return xml.contains("id=\"" + decisionId + "\"");
	}

}
