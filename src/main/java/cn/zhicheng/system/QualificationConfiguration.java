package cn.zhicheng.system;

import java.nio.file.Path;

import cn.zhicheng.qualification.DmnBaselineConditions;
import cn.zhicheng.qualification.PolicyPacks;
import cn.zhicheng.qualification.QualificationData;
import cn.zhicheng.qualification.QualificationService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the qualification rules (Q1): policy packs from {@code zhicheng.policy-packs.directory}
 * (config/policy-packs, edited by administrators), the baseline education/years decision table
 * (processes/baseline-series-conditions.dmn) and the application's data look-ups.
 */
@Configuration(proxyBeanMethods = false)
class QualificationConfiguration {

	@Bean
	PolicyPacks policyPacks(@Value("${zhicheng.policy-packs.directory:./config/policy-packs}") String directory) {
		return PolicyPacks.load(Path.of(directory));
	}

	@Bean
	QualificationService qualificationService(PolicyPacks packs, QualificationData data) {
		return new QualificationService(packs, DmnBaselineConditions.fromClasspath(), data);
	}

}
