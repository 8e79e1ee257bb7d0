package cn.zhicheng.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model quality gate of the test command (issue 9, item 5), for every model an administrator opens in
 * Camunda Modeler:
 * <ul>
 * <li>every BPMN in processes/ passes bpmnlint's recommended rules, warnings included: bpmnlint (pinned in
 * src/test/bpmnlint/package.json) runs on Node; the first run installs it from the npm registry with
 * {@code npm ci}, later runs use src/test/bpmnlint/node_modules. Without Node the test fails, it never
 * skips;</li>
 * <li>every BPMN has diagram layout for every element, meaningful ids, Chinese names and a history time to
 * live; every user task has a Camunda Form (start events need none: a call activity or a message may start
 * a process);</li>
 * <li>every DMN decision has a Chinese name and a history time to live;</li>
 * <li>every form parses, has a form id, schema version and unique component ids with Chinese labels, and
 * every formRef resolves to one of them.</li>
 * </ul>
 */
class ModelQualityGateTest {

	static final Path LINT = Path.of("src", "test", "bpmnlint");

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Prefix_CamelCase as Camunda's convention; a generated suffix (Activity_0x7f3k) does not match. */
	private static final Pattern MEANINGFUL_ID = Pattern.compile("[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*");

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	@Test
	void everyDiagramPassesBpmnlintsRecommendedRules() throws Exception {
		List<String> files = models(".bpmn").stream().map(p -> p.toAbsolutePath().toString()).toList();
		assertThat(files).isNotEmpty();
		Lint result = lint(files);
		assertThat(result.exitCode()).as("bpmnlint --max-warnings=0 %s:%n%s", files, result.output()).isZero();
	}

	@Test
	void bpmnlintReallyRefusesADiagramThatBreaksTheRules(@TempDir Path temp) throws Exception {
		// a task without a name, and no diagram layout at all
		Path file = temp.resolve("unlabelled.bpmn");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_Unlabelled" targetNamespace="http://zhicheng.cn/bpmn">
				  <process id="Process_Unlabelled" name="测试" isExecutable="true">
				    <startEvent id="StartEvent_Started" name="开始"><outgoing>SequenceFlow_ToTask</outgoing></startEvent>
				    <userTask id="Task_Unnamed"><incoming>SequenceFlow_ToTask</incoming><outgoing>SequenceFlow_ToEnd</outgoing></userTask>
				    <endEvent id="EndEvent_Done" name="结束"><incoming>SequenceFlow_ToEnd</incoming></endEvent>
				    <sequenceFlow id="SequenceFlow_ToTask" sourceRef="StartEvent_Started" targetRef="Task_Unnamed" />
				    <sequenceFlow id="SequenceFlow_ToEnd" sourceRef="Task_Unnamed" targetRef="EndEvent_Done" />
				  </process>
				</definitions>
				""");
		Lint result = lint(List.of(file.toString()));
		assertThat(result.exitCode()).as("%s", result.output()).isNotZero();
		assertThat(result.output()).contains("Task_Unnamed").contains("label-required").contains("no-bpmndi");
	}

	@Test
	void everyDiagramHasLayoutMeaningfulIdsChineseNamesAndAHistoryTimeToLive() throws IOException {
		for (Path file : models(".bpmn")) {
			BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
			Set<String> drawn = new HashSet<>();
			model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
			model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
			for (Process process : model.getModelElementsByType(Process.class)) {
				assertThat(process.getCamundaHistoryTimeToLiveString()).as("%s: history time to live of %s", file,
						process.getId()).isNotBlank();
				assertThat(process.getName()).as("%s: name of process %s", file, process.getId()).containsPattern(HAN);
			}
			for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
				String where = file.getFileName() + " " + element.getId();
				assertThat(drawn).as("%s: shape or edge in the diagram", where).contains(element.getId());
				if (element instanceof FlowNode node && !isJoin(node)) {
					assertThat(node.getName()).as("%s: Chinese name", where).isNotNull().containsPattern(HAN);
				}
				if (element instanceof UserTask task) {
					assertThat(task.getCamundaFormRef()).as("%s: Camunda Form", where).isNotBlank();
				}
			}
			for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
				if (element.getId() != null && !(element instanceof Process)) {
					assertThat(element.getId()).as("%s: meaningful id", file.getFileName()).matches(MEANINGFUL_ID);
				}
			}
		}
	}

	@Test
	void everyDecisionHasAChineseNameAndAHistoryTimeToLive() throws IOException {
		List<Path> files = models(".dmn");
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
			for (Decision decision : model.getModelElementsByType(Decision.class)) {
				String where = file.getFileName() + " " + decision.getId();
				assertThat(decision.getId()).as("%s: meaningful id", where).matches(MEANINGFUL_ID);
				assertThat(decision.getName()).as("%s: Chinese name", where).containsPattern(HAN);
				assertThat(decision.getCamundaHistoryTimeToLiveString()).as("%s: history time to live", where)
					.isNotBlank();
			}
		}
	}

	@Test
	void everyFormParsesWithChineseLabelsAndEveryFormRefResolves() throws IOException {
		Set<String> formIds = new HashSet<>();
		try (Stream<Path> forms = Files.list(Path.of("forms"))) {
			for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
				JsonNode root = JSON.readTree(form.toFile());
				assertThat(root.path("id").asText()).as("%s: form id", form).startsWith("form_");
				assertThat(formIds.add(root.path("id").asText())).as("%s: form id unique", form).isTrue();
				assertThat(root.path("schemaVersion").isInt()).as("%s: schemaVersion", form).isTrue();
				assertThat(root.path("components").isArray()).as("%s: components", form).isTrue();
				List<String> ids = new ArrayList<>();
				checkComponents(form, root.get("components"), ids);
				assertThat(ids).as("%s: component ids", form).doesNotHaveDuplicates();
			}
		}
		for (Path file : models(".bpmn")) {
			BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
			List<String> refs = new ArrayList<>();
			model.getModelElementsByType(UserTask.class).forEach(t -> refs.add(t.getCamundaFormRef()));
			model.getModelElementsByType(StartEvent.class).forEach(s -> refs.add(s.getCamundaFormRef()));
			refs.stream()
				.filter(ref -> ref != null && !ref.contains("${"))
				.forEach(ref -> assertThat(formIds).as("%s references form %s", file, ref).contains(ref));
		}
	}

	private static void checkComponents(Path form, JsonNode components, List<String> ids) {
		if (components == null) {
			return;
		}
		for (JsonNode component : components) {
			String id = component.path("id").asText();
			assertThat(id).as("%s: component id", form).isNotBlank();
			ids.add(id);
			if (component.has("key")) {
				String label = component.hasNonNull("label") ? component.get("label").asText()
						: component.path("dateLabel").asText("");
				assertThat(label).as("%s: Chinese label of %s", form, id).containsPattern(HAN);
			}
			checkComponents(form, component.get("components"), ids);
		}
	}

	/** A joining gateway (several incoming, one outgoing) needs no name (bpmnlint's label-required agrees). */
	private static boolean isJoin(FlowNode node) {
		return node instanceof Gateway && node.getIncoming().size() > 1 && node.getOutgoing().size() <= 1;
	}

	private static List<Path> models(String suffix) throws IOException {
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
		}
	}

	record Lint(int exitCode, String output) {
	}

	/** Runs bpmnlint with the recommended rules on the files, installing it first if needed. */
	static Lint lint(List<String> files) throws IOException, InterruptedException {
		if (!Files.exists(LINT.resolve("node_modules/bpmnlint/bin/bpmnlint.js"))) {
			Lint install = run(List.of(npm(), "ci", "--no-audit", "--no-fund"), 600);
			assertThat(install.exitCode()).as("npm ci in %s (needs the npm registry once):%n%s", LINT, install.output())
				.isZero();
		}
		List<String> command = new ArrayList<>(List.of("node", "node_modules/bpmnlint/bin/bpmnlint.js", "--config",
				".bpmnlintrc", "--max-warnings=0"));
		command.addAll(files);
		return run(command, 120);
	}

	private static String npm() {
		return System.getProperty("os.name").toLowerCase().contains("win") ? "npm.cmd" : "npm";
	}

	private static Lint run(List<String> command, int seconds) throws IOException, InterruptedException {
		java.lang.Process process;
		try {
			process = new ProcessBuilder(command).directory(LINT.toFile()).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			throw new AssertionError("模型检查需要 Node.js（node、npm 在 PATH 中）：" + command.get(0) + " 无法启动", ex);
		}
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		try (InputStream in = process.getInputStream()) {
			in.transferTo(output);
		}
		assertThat(process.waitFor(seconds, TimeUnit.SECONDS)).as("%s finished in %d s", command, seconds).isTrue();
		return new Lint(process.exitValue(), output.toString(StandardCharsets.UTF_8));
	}

}
