package cn.zhicheng.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Registers {@link ModelReferenceParseListener}, so that a diagram referencing an unknown delegate, class,
 * form, decision or process is refused when it is deployed, and {@link DecisionContractDeployer}, which
 * refuses a decision table the qualification rules could not evaluate: from Camunda Modeler through
 * {@code /engine-rest} and equally by {@link ModelDeployment} at start-up. The listener looks beans up by
 * name in the bean factory; while the engine is built the context is still refreshing, but every bean
 * definition is registered by then, and {@code containsBean}/{@code getType} answer from the definitions
 * without creating beans.
 */
@Component
@Order(0)
class ModelValidationPlugin extends AbstractProcessEnginePlugin {

	private final ListableBeanFactory beans;

	ModelValidationPlugin(ListableBeanFactory beans) {
		this.beans = beans;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
		listeners.add(new ModelReferenceParseListener(this.beans));
		configuration.setCustomPreBPMNParseListeners(listeners);
		List<Deployer> deployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomPreDeployers());
		deployers.add(new DecisionContractDeployer());
		configuration.setCustomPreDeployers(deployers);
	}

}
