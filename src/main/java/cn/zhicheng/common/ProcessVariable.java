package cn.zhicheng.common;

import java.util.Objects;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.exception.NotValidException;

/**
 * A typed process variable: one declaration per variable, owned by the process class, so that
 * delegates, controllers and tests never spell raw names or cast {@code getVariable(...)}.
 */
public final class ProcessVariable<T> {

	private final String name;

	private final Class<T> type;

	private ProcessVariable(String name, Class<T> type) {
		this.name = name;
		this.type = type;
	}

	public static <T> ProcessVariable<T> of(String name, Class<T> type) {
		return new ProcessVariable<>(name, type);
	}

	public String name() {
		return this.name;
	}

	/** The value, or null when the variable is not set. */
	public T get(VariableScope scope) {
		Object value = scope.getVariable(this.name);
		if (value != null && !this.type.isInstance(value)) {
			// a form or REST caller sent the wrong type: bad input (400, the task stays open), not a 500
			throw new NotValidException("变量 " + this.name + " 的类型不正确：应为" + label(this.type) + "，实为“"
					+ String.valueOf(value).substring(0, Math.min(40, String.valueOf(value).length())) + "”");
		}
		return value == null ? null : this.type.cast(value);
	}

	/** The value; a missing variable is a modelling error and fails loudly with its name. */
	public T require(VariableScope scope) {
		return Objects.requireNonNull(get(scope), () -> "流程变量缺失: " + this.name);
	}

	public void set(VariableScope scope, T value) {
		scope.setVariable(this.name, value);
	}

	private static String label(Class<?> type) {
		if (Number.class.isAssignableFrom(type)) {
			return "数字";
		}
		if (type == Boolean.class) {
			return "是/否（true/false）";
		}
		if (type == String.class) {
			return "文字";
		}
		return type.getSimpleName();
	}

	@Override
	public String toString() {
		return this.name;
	}

}
