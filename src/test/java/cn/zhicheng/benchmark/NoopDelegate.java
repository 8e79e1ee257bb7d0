package cn.zhicheng.benchmark;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The bare-engine baseline's service task: does nothing. */
public class NoopDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		// nothing: the baseline measures the engine alone
	}

}
