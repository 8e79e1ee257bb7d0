package cn.zhicheng.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The model files as Camunda Modeler and Tasklist need them: every formRef of a BPMN names a form in
 * forms/, every form's component ids are unique (form-js refuses duplicates), every process has a
 * history time to live, a diagram, and no generated element ids.
 */
class ModelFilesTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void everyFormRefNamesAFormAndFormIdsAreUnique() throws IOException {
		Set<String> formIds = new HashSet<>();
		try (Stream<Path> forms = Files.list(Path.of("forms"))) {
			for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
				JsonNode root = JSON.readTree(form.toFile());
				assertThat(formIds.add(root.get("id").asText())).as("form id of %s", form).isTrue();
				List<String> ids = new ArrayList<>();
				collectIds(root.get("components"), ids);
				assertThat(ids).as("component ids of %s", form).doesNotHaveDuplicates();
			}
		}
		Pattern formRef = Pattern.compile("camunda:formRef=\"([^\"]+)\"");
		try (Stream<Path> models = Files.list(Path.of("processes"))) {
			for (Path bpmn : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
				Matcher matcher = formRef.matcher(Files.readString(bpmn));
				while (matcher.find()) {
					assertThat(formIds).as("%s references %s", bpmn, matcher.group(1)).contains(matcher.group(1));
				}
			}
		}
	}

	@Test
	void everyProcessIsReadyForModelerAndTheEngine() throws IOException {
		try (Stream<Path> models = Files.list(Path.of("processes"))) {
			for (Path bpmn : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
				String xml = Files.readString(bpmn);
				assertThat(xml).as("%s", bpmn).contains("camunda:historyTimeToLive").contains("BPMNDiagram");
				assertThat(xml).as("%s has generated ids", bpmn)
					.doesNotContainPattern("id=\"(Activity|Gateway|Flow|Event)_[0-9a-z]{7}\"");
			}
		}
	}

	private static void collectIds(JsonNode components, List<String> ids) {
		if (components == null) {
			return;
		}
		for (JsonNode component : components) {
			ids.add(component.get("id").asText());
			collectIds(component.get("components"), ids);
		}
	}

}
