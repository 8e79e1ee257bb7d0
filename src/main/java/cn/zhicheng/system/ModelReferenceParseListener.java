package cn.zhicheng.system;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.zhicheng.common.DelegateField;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.AbstractResourceDefinitionManager;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.util.ClassUtils;

/**
 * Refuses, when it is deployed, a diagram that references something that does not exist, instead of
 * letting an instance fail later when it reaches the element (issue 9, "validated at deployment"). It
 * checks, for every element of a BPMN file of a new deployment:
 * <ul>
 * <li>{@code camunda:delegateExpression} (service, send and business rule tasks, message events,
 * execution and task listeners): the expression's bean exists in the Spring context and has the right
 * type (JavaDelegate for a task, ExecutionListener or JavaDelegate for an execution listener, TaskListener
 * for a task listener); its {@code camunda:field}s exist on the bean, and those declared with
 * {@link DelegateField} are present and have allowed values;</li>
 * <li>{@code camunda:class}: the class loads and has the right type, with the same field checks;</li>
 * <li>{@code camunda:formRef}: with binding {@code deployment} (ours) the form is in the same deployment;
 * with {@code latest} it is in the deployment or already deployed; with {@code version} that version
 * exists; {@code camunda:formKey="camunda-forms:deployment:…"}: the file is in the deployment;</li>
 * <li>{@code camunda:decisionRef} of business rule tasks and {@code calledElement} of call activities: the
 * decision or process is in the deployment (binding {@code deployment}) or deployed at all.</li>
 * </ul>
 * All problems of a file are reported together in one Chinese message, each naming the element id and
 * the missing bean, class or form; the REST API answers 400 with it (Camunda's ParseException). Only new
 * deployments are checked: a deployment the engine re-reads from the database (a restart, another node)
 * must always load, even if a bean has since been removed.
 */
class ModelReferenceParseListener extends AbstractBpmnParseListener {

	static final String CAMUNDA_NS = BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS.getNamespaceUri();

	static final String CAMUNDA_NS_ALTERNATIVE = BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS.getAlternativeUri();

	/** Names the engine itself resolves in an expression; anything else must be a Spring bean. */
	private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "caseExecution", "authenticatedUserId",
			"variableScope");

	private static final Pattern EXPRESSION_ROOT = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

	private static final Pattern BEAN_ONLY = Pattern.compile("^\\s*[$#]\\{\\s*[A-Za-z_][A-Za-z0-9_]*\\s*\\}\\s*$");

	private static final String DEPLOYMENT_FORM_KEY = "camunda-forms:deployment:";

	private static final ObjectMapper JSON = new ObjectMapper();

	/** What a delegate at a given place must implement. */
	private enum Place {

		ACTIVITY("服务任务", JavaDelegate.class, ActivityBehavior.class),
		EXECUTION_LISTENER("执行监听器", ExecutionListener.class, JavaDelegate.class),
		TASK_LISTENER("任务监听器", TaskListener.class);

		private final String label;

		private final List<Class<?>> types;

		Place(String label, Class<?>... types) {
			this.label = label;
			this.types = List.of(types);
		}

		boolean accepts(Class<?> type) {
			return this.types.stream().anyMatch(t -> t.isAssignableFrom(type));
		}

		String typeNames() {
			return this.types.stream().map(Class::getSimpleName).collect(Collectors.joining(" 或 "));
		}

	}

	private final ListableBeanFactory beans;

	ModelReferenceParseListener(ListableBeanFactory beans) {
		this.beans = beans;
	}

	@Override
	public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
		CommandContext commandContext = Context.getCommandContext();
		if (commandContext == null || processDefinitions.isEmpty()) {
			return;
		}
		DeploymentEntity deployment = commandContext.getDbEntityManager()
			.getCachedEntity(DeploymentEntity.class, processDefinitions.get(0).getDeploymentId());
		if (deployment == null || !deployment.isNew()) {
			return;
		}
		Check check = new Check(commandContext, deployment);
		for (Element process : rootElement.elements("process")) {
			check.visit(process, process);
		}
		if (!check.problems.isEmpty()) {
			throw new BpmnParseException(message(check.problems), check.problems.get(0).element());
		}
	}

	static String message(List<Problem> problems) {
		StringBuilder text = new StringBuilder("模型校验未通过，部署被拒绝（共 ").append(problems.size()).append(" 处）：");
		for (int i = 0; i < problems.size(); i++) {
			text.append('\n').append(i + 1).append(". ").append(problems.get(i).text());
		}
		text.append("\n可复用的委托及其字段见 docs/delegates.md；表单须与流程一起部署，见 docs/管理员指南.md。");
		return text.toString();
	}

	record Problem(Element element, String text) {
	}

	/** One BPMN file of one new deployment. */
	private final class Check {

		private final CommandContext commandContext;

		private final DeploymentEntity deployment;

		private final List<Problem> problems = new ArrayList<>();

		private Map<String, String> formsInDeployment;

		private Set<String> decisionsInDeployment;

		private Set<String> processesInDeployment;

		Check(CommandContext commandContext, DeploymentEntity deployment) {
			this.commandContext = commandContext;
			this.deployment = deployment;
		}

		void visit(Element element, Element owner) {
			if (isCamunda(element)) {
				if ("executionListener".equals(element.getTagName())) {
					listener(element, owner, Place.EXECUTION_LISTENER);
				}
				else if ("taskListener".equals(element.getTagName())) {
					listener(element, owner, Place.TASK_LISTENER);
				}
				return;
			}
			Element named = element.attribute("id") != null && !element.getTagName().endsWith("EventDefinition")
					? element : owner;
			String className = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "class");
			String delegateExpression = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "delegateExpression");
			List<Element> fields = fieldElements(element.element("extensionElements"));
			if (className != null) {
				javaClass(named, "camunda:class", className, Place.ACTIVITY, fields);
			}
			if (delegateExpression != null) {
				delegate(named, "camunda:delegateExpression", delegateExpression, Place.ACTIVITY, fields);
			}
			String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
			if (formRef != null) {
				form(named, formRef, element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRefBinding"),
						element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRefVersion"));
			}
			String formKey = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formKey");
			if (formKey != null && formKey.startsWith(DEPLOYMENT_FORM_KEY)
					&& this.deployment.getResource(formKey.substring(DEPLOYMENT_FORM_KEY.length())) == null) {
				problem(named, "camunda:formKey 引用的表单文件“" + formKey.substring(DEPLOYMENT_FORM_KEY.length())
						+ "”不在本次部署中，请把该文件与流程一起部署");
			}
			if ("businessRuleTask".equals(element.getTagName())) {
				String decisionRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "decisionRef");
				if (decisionRef != null) {
					definition(named, "camunda:decisionRef", "决策表", decisionRef,
							element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "decisionRefBinding"),
							decisionsInDeployment(), this.commandContext.getDecisionDefinitionManager());
				}
			}
			if ("callActivity".equals(element.getTagName())) {
				String calledElement = element.attribute("calledElement");
				if (calledElement != null) {
					definition(named, "calledElement", "子流程", calledElement,
							element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "calledElementBinding"),
							processesInDeployment(), this.commandContext.getProcessDefinitionManager());
				}
			}
			for (Element child : element.elements()) {
				visit(child, named);
			}
		}

		private void listener(Element listener, Element owner, Place place) {
			List<Element> fields = fieldElements(listener);
			if (listener.attribute("class") != null) {
				javaClass(owner, place.label + " class", listener.attribute("class"), place, fields);
			}
			if (listener.attribute("delegateExpression") != null) {
				delegate(owner, place.label + " delegateExpression", listener.attribute("delegateExpression"), place,
						fields);
			}
		}

		private void delegate(Element owner, String where, String expression, Place place, List<Element> fields) {
			Matcher root = EXPRESSION_ROOT.matcher(expression);
			if (!root.find()) {
				problem(owner, where + "“" + expression + "”不是表达式，应写成 ${委托名称}，例如 ${setApplicationStatusDelegate}");
				return;
			}
			String name = root.group(1);
			if (ENGINE_NAMES.contains(name)) {
				return;
			}
			if (!ModelReferenceParseListener.this.beans.containsBean(name)) {
				problem(owner, where + " 引用的委托（Spring Bean）“" + name + "”不存在。可用的委托：" + knownDelegates(place));
				return;
			}
			if (!BEAN_ONLY.matcher(expression).matches()) {
				return; // ${bean.method(…)}: the bean exists; what the call returns is only known at run time
			}
			Class<?> type = ModelReferenceParseListener.this.beans.getType(name, false);
			if (type == null) {
				return;
			}
			if (!place.accepts(type)) {
				problem(owner, where + " 引用的“" + name + "”（" + type.getSimpleName() + "）不能用作" + place.label + "：它不是 "
						+ place.typeNames());
				return;
			}
			checkFields(owner, "委托“" + name + "”", ClassUtils.getUserClass(type), fields);
		}

		private void javaClass(Element owner, String where, String className, Place place, List<Element> fields) {
			Class<?> type;
			try {
				type = ReflectUtil.loadClass(className);
			}
			catch (RuntimeException | LinkageError ex) {
				problem(owner, where + " 引用的类“" + className + "”无法加载（类不存在或不在应用的类路径中）");
				return;
			}
			if (!place.accepts(type)) {
				problem(owner, where + " 引用的类“" + className + "”不能用作" + place.label + "：它不是 " + place.typeNames());
				return;
			}
			checkFields(owner, "类“" + className + "”", type, fields);
		}

		/** The declared fields exist on the delegate; {@link DelegateField}s are present with allowed values. */
		private void checkFields(Element owner, String delegate, Class<?> type, List<Element> fields) {
			Map<String, Element> declared = new HashMap<>();
			for (Element field : fields) {
				String name = field.attribute("name");
				declared.put(name, field);
				if (name == null || !injectable(type, name)) {
					problem(owner, delegate + "没有字段“" + name + "”" + fieldList(type));
				}
			}
			for (DelegateField spec : type.getAnnotationsByType(DelegateField.class)) {
				Element field = declared.get(spec.name());
				if (field == null) {
					if (spec.required()) {
						problem(owner, delegate + "缺少必填字段“" + spec.name() + "”（" + spec.description()
								+ "），请在属性面板“Field injections”中添加");
					}
					continue;
				}
				String value = stringValue(field);
				Set<String> allowed = allowedValues(spec);
				if (value != null && !allowed.isEmpty() && !allowed.contains(value.strip())) {
					problem(owner, delegate + "的字段“" + spec.name() + "”取值“" + value + "”无效，可选值：" + String.join("、", allowed));
				}
			}
		}

		private void form(Element owner, String formRef, String binding, String version) {
			if (isExpression(formRef)) {
				return;
			}
			String mode = binding == null ? "latest" : binding;
			boolean inDeployment = formsInDeployment().containsKey(formRef);
			switch (mode) {
				case "deployment" -> {
					if (!inDeployment) {
						problem(owner, "camunda:formRef 引用的表单“" + formRef
								+ "”不在本次部署中（formRefBinding=deployment 要求表单文件与流程在同一次部署中）。本次部署中的表单："
								+ (formsInDeployment().isEmpty() ? "无" : String.join("、", new TreeSet<>(formsInDeployment().keySet())))
								+ "。请在 Camunda Modeler 部署时勾选并附上该表单文件，且不要使用“只部署变化的文件”（deploy-changed-only）");
					}
				}
				case "version" -> {
					if (version == null || isExpression(version)) {
						return;
					}
					boolean exists;
					try {
						exists = this.commandContext.getCamundaFormDefinitionManager()
							.findDefinitionByKeyVersionAndTenantId(formRef, Integer.valueOf(version.strip()), null) != null;
					}
					catch (NumberFormatException ex) {
						exists = false;
					}
					if (!exists) {
						problem(owner, "camunda:formRef 引用的表单“" + formRef + "”没有版本 " + version + "（formRefBinding=version）");
					}
				}
				default -> {
					if (!inDeployment
							&& this.commandContext.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formRef) == null) {
						problem(owner, "camunda:formRef 引用的表单“" + formRef + "”尚未部署，也不在本次部署中（formRefBinding="
								+ mode + "）。请把该表单文件与流程一起部署");
					}
				}
			}
		}

		private void definition(Element owner, String where, String what, String key, String binding,
				Set<String> inDeployment, AbstractResourceDefinitionManager<?> deployed) {
			if (isExpression(key) || inDeployment.contains(key)) {
				return;
			}
			if ("deployment".equals(binding)) {
				problem(owner, where + " 引用的" + what + "“" + key + "”不在本次部署中（binding=deployment），请把它与流程一起部署");
			}
			else if (deployed.findLatestDefinitionByKey(key) == null) {
				problem(owner, where + " 引用的" + what + "“" + key + "”尚未部署，也不在本次部署中");
			}
		}

		/** Form id → resource name of the .form files in this deployment. */
		private Map<String, String> formsInDeployment() {
			if (this.formsInDeployment == null) {
				this.formsInDeployment = new HashMap<>();
				for (ResourceEntity resource : resources(".form")) {
					try {
						JsonNode id = JSON.readTree(resource.getBytes()).get("id");
						if (id != null && id.isTextual()) {
							this.formsInDeployment.put(id.asText(), resource.getName());
						}
					}
					catch (java.io.IOException ex) {
						// an unreadable form is reported by Camunda's own form deployer
					}
				}
			}
			return this.formsInDeployment;
		}

		private Set<String> decisionsInDeployment() {
			if (this.decisionsInDeployment == null) {
				this.decisionsInDeployment = new LinkedHashSet<>();
				for (ResourceEntity resource : resources(".dmn", ".dmn11.xml")) {
					try {
						Dmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()))
							.getModelElementsByType(Decision.class)
							.forEach(d -> this.decisionsInDeployment.add(d.getId()));
					}
					catch (RuntimeException ex) {
						// reported by Camunda's DMN deployer
					}
				}
			}
			return this.decisionsInDeployment;
		}

		private Set<String> processesInDeployment() {
			if (this.processesInDeployment == null) {
				this.processesInDeployment = new LinkedHashSet<>();
				for (ResourceEntity resource : resources(".bpmn", ".bpmn20.xml")) {
					try {
						Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()))
							.getModelElementsByType(Process.class)
							.forEach(p -> this.processesInDeployment.add(p.getId()));
					}
					catch (RuntimeException ex) {
						// reported by Camunda's BPMN deployer
					}
				}
			}
			return this.processesInDeployment;
		}

		private List<ResourceEntity> resources(String... suffixes) {
			if (this.deployment.getResources() == null) {
				return List.of();
			}
			return this.deployment.getResources()
				.values()
				.stream()
				.filter(r -> Arrays.stream(suffixes).anyMatch(s -> r.getName().endsWith(s)))
				.toList();
		}

		private void problem(Element element, String text) {
			String id = element.attribute("id");
			String name = element.attribute("name");
			this.problems.add(new Problem(element,
					"元素 " + id + (name == null || name.isBlank() ? "" : "（" + name + "）") + "：" + text));
		}

	}

	private String knownDelegates(Place place) {
		Set<String> names = new TreeSet<>();
		for (Class<?> type : place.types) {
			names.addAll(Arrays.asList(this.beans.getBeanNamesForType(type, true, false)));
		}
		return names.isEmpty() ? "无" : names.stream().map(n -> "${" + n + "}").collect(Collectors.joining("、"));
	}

	private static boolean isCamunda(Element element) {
		return CAMUNDA_NS.equals(element.getUri()) || CAMUNDA_NS_ALTERNATIVE.equals(element.getUri());
	}

	private static List<Element> fieldElements(Element parent) {
		if (parent == null) {
			return List.of();
		}
		return parent.elements().stream().filter(e -> isCamunda(e) && "field".equals(e.getTagName())).toList();
	}

	/** The field's fixed string value, or null when it is an expression. */
	private static String stringValue(Element field) {
		if (field.attribute("stringValue") != null) {
			return field.attribute("stringValue");
		}
		for (Element child : field.elements()) {
			if ("string".equals(child.getTagName())) {
				return child.getText();
			}
		}
		return null;
	}

	private static Set<String> allowedValues(DelegateField spec) {
		Set<String> allowed = new LinkedHashSet<>(Arrays.asList(spec.values()));
		for (Enum<?> constant : spec.valuesOf().getEnumConstants()) {
			allowed.add(constant.name());
		}
		return allowed;
	}

	/** Camunda injects a field through a public setter or directly into a field of that name. */
	private static boolean injectable(Class<?> type, String name) {
		String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
		for (Method method : type.getMethods()) {
			if (method.getName().equals(setter) && method.getParameterCount() == 1) {
				return true;
			}
		}
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			for (Field field : c.getDeclaredFields()) {
				if (field.getName().equals(name) && !Modifier.isStatic(field.getModifiers())) {
					return true;
				}
			}
		}
		return false;
	}

	private static String fieldList(Class<?> type) {
		DelegateField[] specs = type.getAnnotationsByType(DelegateField.class);
		if (specs.length == 0) {
			return "（该委托没有声明可注入的字段）";
		}
		return "（可用字段：" + Arrays.stream(specs).map(DelegateField::name).collect(Collectors.joining("、")) + "）";
	}

	private static boolean isExpression(String value) {
		return value.contains("${") || value.contains("#{");
	}

}
