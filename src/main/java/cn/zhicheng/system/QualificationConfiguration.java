package cn.zhicheng.system;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import cn.zhicheng.qualification.PolicyPackDirectory;
import cn.zhicheng.qualification.QualificationData;
import cn.zhicheng.qualification.QualificationService;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the qualification rules (Q1): policy packs from {@code zhicheng.policy-packs.directory}
 * (config/policy-packs, edited by administrators, re-read without restart), the baseline education/years decision table
 * (processes/baseline-series-conditions.dmn, its newest deployed version) and the application's data
 * look-ups.
 */
@Configuration(proxyBeanMethods = false)
class QualificationConfiguration {

	/** Re-read without restart when an administrator changes a file (at most once per refresh interval). */
	@Bean
	PolicyPackDirectory policyPacks(@Value("${zhicheng.policy-packs.directory:./config/policy-packs}") String directory,
			@Value("${zhicheng.policy-packs.refresh-interval:5s}") Duration refreshInterval) {
		return new PolicyPackDirectory(Path.of(directory), refreshInterval, Clock.systemUTC());
	}

	/** The newest deployed version of the decision, so an administrator's new version applies at once. */
	@Bean
	QualificationService qualificationService(PolicyPackDirectory packs, QualificationData data,
			ObjectProvider<RepositoryService> repository, ObjectProvider<EngineAccess> engineAccess) {
		return new QualificationService(packs, new DeployedBaselineConditions(repository, engineAccess), data);
	}

}
