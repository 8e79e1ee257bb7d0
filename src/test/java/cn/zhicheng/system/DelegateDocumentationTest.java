package cn.zhicheng.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.zhicheng.common.DelegateField;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * docs/delegates.md documents every delegate an administrator can reference (every Spring component that
 * is a JavaDelegate, ExecutionListener or TaskListener), with each field it declares, so the page cannot
 * fall behind the code.
 */
class DelegateDocumentationTest {

	@Test
	void everyDelegateAndEveryFieldIsDocumented() throws IOException, ClassNotFoundException {
		String page = Files.readString(Path.of("docs", "delegates.md"));
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
		scanner.addIncludeFilter(new AssignableTypeFilter(JavaDelegate.class));
		scanner.addIncludeFilter(new AssignableTypeFilter(ExecutionListener.class));
		scanner.addIncludeFilter(new AssignableTypeFilter(TaskListener.class));
		AnnotationBeanNameGenerator names = AnnotationBeanNameGenerator.INSTANCE;
		List<String> delegates = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("cn.zhicheng")) {
			Class<?> type = Class.forName(candidate.getBeanClassName());
			if (!JavaDelegate.class.isAssignableFrom(type) && !ExecutionListener.class.isAssignableFrom(type)
					&& !TaskListener.class.isAssignableFrom(type)) {
				continue;
			}
			if (!ModelReferenceParseListener.class.getProtectionDomain().getCodeSource().getLocation()
				.equals(type.getProtectionDomain().getCodeSource().getLocation())) {
				continue; // a test's own delegate (e.g. the benchmark's no-op baseline), not offered to administrators
			}
			String bean = names.generateBeanName(candidate, new SimpleBeanDefinitionRegistry());
			delegates.add(bean);
			assertThat(page).as("docs/delegates.md documents ${%s}", bean).contains("${" + bean + "}");
			for (DelegateField field : type.getAnnotationsByType(DelegateField.class)) {
				assertThat(page).as("docs/delegates.md documents field %s of %s", field.name(), bean)
					.contains("`" + field.name() + "`");
			}
		}
		assertThat(delegates).contains("setApplicationStatusDelegate", "requireDecisionDelegate",
				"checkQualificationDelegate");
	}

}
