package cn.zhicheng.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of processes/ and forms/ (BPMN, DMN, Camunda Forms) together, as one deployment
 * named {@value #NAME}, with stable resource names such as {@code processes/application.bpmn}: the same
 * names wherever the application runs, so duplicate filtering works across nodes and installations.
 * When nothing changed since the last deployment of that name, nothing is deployed and no version is
 * created; when anything changed, the whole set is deployed, because processes bind their forms by
 * deployment ({@code camunda:formRefBinding="deployment"}). A model an administrator deployed from
 * Camunda Modeler under another name is never compared with, nor overwritten by, a restart.
 */
@Component
@Order(2)
public class ModelDeployment extends AbstractProcessEnginePlugin {

	public static final String NAME = "zhicheng-models";

	static final String[] PATTERNS = { "classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn",
			"classpath*:forms/**/*.form" };

	private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

	@Override
	public void postProcessEngineBuild(ProcessEngine processEngine) {
		deploy(processEngine.getRepositoryService());
	}

	/** Deploys the models if any changed; returns the names of the definitions deployed (none when unchanged). */
	public List<String> deploy(RepositoryService repository) {
		Map<String, Resource> models = models();
		DeploymentBuilder builder = repository.createDeployment().name(NAME).source("zhicheng").enableDuplicateFiltering(false);
		for (Map.Entry<String, Resource> model : models.entrySet()) {
			try (InputStream in = model.getValue().getInputStream()) {
				builder.addInputStream(model.getKey(), new java.io.ByteArrayInputStream(in.readAllBytes()));
			}
			catch (IOException ex) {
				throw new IllegalStateException("无法读取模型文件 " + model.getKey(), ex);
			}
		}
		DeploymentWithDefinitions deployment = builder.deployWithResult();
		List<String> deployed = new ArrayList<>();
		// both lists are null when duplicate filtering found nothing to deploy
		if (deployment.getDeployedProcessDefinitions() != null) {
			deployment.getDeployedProcessDefinitions().forEach(d -> deployed.add(d.getKey() + ":" + d.getVersion()));
		}
		if (deployment.getDeployedDecisionDefinitions() != null) {
			deployment.getDeployedDecisionDefinitions().forEach(d -> deployed.add(d.getKey() + ":" + d.getVersion()));
		}
		if (deployed.isEmpty()) {
			log.info("模型未变化，不重复部署（{} 个文件）", models.size());
		}
		else {
			log.info("已部署模型 {}：{}", NAME, deployed);
		}
		return deployed;
	}

	/** processes/… and forms/… by their path below the classpath root, sorted for a stable order. */
	static Map<String, Resource> models() {
		Map<String, Resource> models = new TreeMap<>(Comparator.naturalOrder());
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		try {
			for (String pattern : PATTERNS) {
				for (Resource resource : resolver.getResources(pattern)) {
					String url = resource.getURL().toString();
					String root = pattern.substring("classpath*:".length(), pattern.indexOf('/') + 1);
					int at = url.lastIndexOf("/" + root);
					models.putIfAbsent(url.substring(at + 1), resource);
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("无法查找模型文件", ex);
		}
		return models;
	}

}
