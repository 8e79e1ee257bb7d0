package cn.zhicheng.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models shipped in processes/ and forms/ (BPMN, DMN, Camunda Forms) together, as one
 * deployment named {@value #NAME} with source {@value #SOURCE}, with stable resource names such as
 * {@code processes/application.bpmn}: the same names wherever the application runs, so duplicate filtering
 * works across nodes and installations. When nothing changed since the last deployment of that name,
 * nothing is deployed and no version is created; when anything changed, the whole set is deployed, because
 * processes bind their forms by deployment ({@code camunda:formRefBinding="deployment"}).
 *
 * <p>
 * <b>An administrator's version always wins</b> (issue 9, "no silent overwrite"). Before deploying, each
 * shipped BPMN and DMN file is compared with what is running: when the newest version of any of its
 * processes or decisions was deployed by someone else (Camunda Modeler, a script: any deployment other
 * than {@value #NAME}/{@value #SOURCE}), the shipped file is held back, not deployed, and the log says so
 * at every start-up: INFO while the shipped file is the one already deployed earlier, WARN when an
 * upgrade brought a changed file that is therefore not in effect. The administrator then merges the
 * shipped change into their model in Modeler and deploys it (docs/管理员指南.md). Forms are never held
 * back: a process uses the forms of its own deployment.
 */
@Component
@Order(2)
public class ModelDeployment extends AbstractProcessEnginePlugin {

	public static final String NAME = "zhicheng-models";

	/** The deployment source of the shipped models; anything else is an administrator's deployment. */
	public static final String SOURCE = "zhicheng";

	static final String[] PATTERNS = { "classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn",
			"classpath*:forms/**/*.form" };

	private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	@Override
	public void postProcessEngineBuild(ProcessEngine processEngine) {
		deploy(processEngine.getRepositoryService());
	}

	/** Deploys the shipped models if any changed; returns the definitions deployed (none when unchanged). */
	public List<String> deploy(RepositoryService repository) {
		return deploy(repository, shippedModels()).deployed();
	}

	/**
	 * Deploys {@code models} (resource name → content) under {@value #NAME}, holding back every BPMN or DMN
	 * file that an administrator's newer version overrides.
	 */
	Result deploy(RepositoryService repository, Map<String, byte[]> models) {
		Map<String, String> heldBack = new TreeMap<>();
		DeploymentBuilder builder = repository.createDeployment().name(NAME).source(SOURCE).enableDuplicateFiltering(false);
		int added = 0;
		for (Map.Entry<String, byte[]> model : models.entrySet()) {
			Optional<String> override = administratorVersion(repository, model.getKey(), model.getValue());
			if (override.isPresent()) {
				heldBack.put(model.getKey(), override.get());
				continue;
			}
			builder.addInputStream(model.getKey(), new ByteArrayInputStream(model.getValue()));
			added++;
		}
		heldBack.forEach((resource, override) -> report(repository, resource, models.get(resource), override));
		List<String> deployed = new ArrayList<>();
		if (added > 0) {
			DeploymentWithDefinitions deployment = builder.deployWithResult();
			// both lists are null when duplicate filtering found nothing to deploy
			if (deployment.getDeployedProcessDefinitions() != null) {
				deployment.getDeployedProcessDefinitions().forEach(d -> deployed.add(d.getKey() + ":" + d.getVersion()));
			}
			if (deployment.getDeployedDecisionDefinitions() != null) {
				deployment.getDeployedDecisionDefinitions().forEach(d -> deployed.add(d.getKey() + ":" + d.getVersion()));
			}
		}
		if (deployed.isEmpty()) {
			log.info("模型未变化，不重复部署（{} 个文件，其中 {} 个因管理员已部署新版本而保留管理员版本）", models.size(), heldBack.size());
		}
		else {
			log.info("已部署模型 {}：{}", NAME, deployed);
		}
		return new Result(deployed, heldBack);
	}

	/**
	 * @param deployed the definitions deployed, as key:version
	 * @param heldBack shipped files not deployed → the administrator's version that overrides them
	 */
	record Result(List<String> deployed, Map<String, String> heldBack) {
	}

	/** The administrator's deployment that overrides a shipped BPMN or DMN file, described in Chinese. */
	private static Optional<String> administratorVersion(RepositoryService repository, String resource, byte[] content) {
		for (String key : definitionKeys(resource, content)) {
			Optional<Described> latest = latestDefinition(repository, resource, key);
			if (latest.isPresent()) {
				Deployment deployment = repository.createDeploymentQuery()
					.deploymentId(latest.get().deploymentId())
					.singleResult();
				if (deployment != null && !(NAME.equals(deployment.getName()) && SOURCE.equals(deployment.getSource()))) {
					return Optional.of(latest.get().text() + "，部署“" + deployment.getName() + "”（来源 "
							+ deployment.getSource() + "，" + TIME.format(deployment.getDeploymentTime().toInstant()) + "）");
				}
			}
		}
		return Optional.empty();
	}

	private record Described(String deploymentId, String text) {
	}

	private static Optional<Described> latestDefinition(RepositoryService repository, String resource, String key) {
		if (resource.endsWith(".bpmn")) {
			ProcessDefinition definition = repository.createProcessDefinitionQuery()
				.processDefinitionKey(key)
				.latestVersion()
				.singleResult();
			return Optional.ofNullable(definition)
				.map(d -> new Described(d.getDeploymentId(), "流程 " + key + " 第 " + d.getVersion() + " 版"));
		}
		DecisionDefinition definition = repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(key)
			.latestVersion()
			.singleResult();
		return Optional.ofNullable(definition)
			.map(d -> new Described(d.getDeploymentId(), "决策表 " + key + " 第 " + d.getVersion() + " 版"));
	}

	/** The executable process ids of a BPMN file, the decision ids of a DMN file; none for a form. */
	static List<String> definitionKeys(String resource, byte[] content) {
		if (resource.endsWith(".bpmn")) {
			return Bpmn.readModelFromStream(new ByteArrayInputStream(content))
				.getModelElementsByType(Process.class)
				.stream()
				.filter(Process::isExecutable)
				.map(Process::getId)
				.toList();
		}
		if (resource.endsWith(".dmn")) {
			return Dmn.readModelFromStream(new ByteArrayInputStream(content))
				.getModelElementsByType(Decision.class)
				.stream()
				.map(Decision::getId)
				.toList();
		}
		return List.of();
	}

	/** INFO when the shipped file is what was deployed before, WARN when an upgrade changed it. */
	private static void report(RepositoryService repository, String resource, byte[] shipped, String override) {
		byte[] previous = previouslyShipped(repository, resource);
		if (previous != null && Arrays.equals(previous, shipped)) {
			log.info("出厂模型 {} 未部署：管理员部署的版本优先（{}）", resource, override);
		}
		else {
			log.warn("出厂模型 {} 已随升级更新，但未部署，因为管理员部署了更新的版本（{}）。新出厂版本不会生效，"
					+ "请在 Camunda Modeler 中把出厂版本的修改合并到管理员版本后重新部署（见 docs/管理员指南.md“升级时”）", resource, override);
		}
	}

	/** The content of the resource in the newest {@value #NAME} deployment that has it, or null. */
	private static byte[] previouslyShipped(RepositoryService repository, String resource) {
		for (Deployment deployment : repository.createDeploymentQuery()
			.deploymentName(NAME)
			.deploymentSource(SOURCE)
			.orderByDeploymentTime()
			.desc()
			.list()) {
			if (repository.getDeploymentResourceNames(deployment.getId()).contains(resource)) {
				try (InputStream in = repository.getResourceAsStream(deployment.getId(), resource)) {
					return in.readAllBytes();
				}
				catch (IOException ex) {
					return null;
				}
			}
		}
		return null;
	}

	/** The shipped models: processes/… and forms/… by their path below the classpath root, sorted. */
	static Map<String, byte[]> shippedModels() {
		Map<String, byte[]> models = new LinkedHashMap<>();
		for (Map.Entry<String, Resource> model : models().entrySet()) {
			try (InputStream in = model.getValue().getInputStream()) {
				models.put(model.getKey(), in.readAllBytes());
			}
			catch (IOException ex) {
				throw new IllegalStateException("无法读取模型文件 " + model.getKey(), ex);
			}
		}
		return models;
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
