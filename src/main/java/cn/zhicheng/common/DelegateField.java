package cn.zhicheng.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code <camunda:field>} that a reusable delegate takes. Read when a diagram is deployed
 * ({@code cn.zhicheng.system.ModelReferenceParseListener}): a missing required field, or a fixed string
 * value outside {@link #values()} / {@link #valuesOf()}, refuses the deployment with a Chinese message
 * naming the element, instead of failing when an instance reaches the task. A value given as an
 * expression ({@code <camunda:expression>}) is only checked when it is evaluated. docs/delegates.md lists
 * every field.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(DelegateField.List.class)
public @interface DelegateField {

	/** The field's name in {@code <camunda:field name="…">}. */
	String name();

	/** Whether a diagram must set it. */
	boolean required() default true;

	/** The allowed string values; empty means any (unless {@link #valuesOf()} is set). */
	String[] values() default {};

	/** An enum whose constant names are the allowed string values. */
	Class<? extends Enum<?>> valuesOf() default NoValues.class;

	/** What the field means, in Chinese, for the messages and the documentation. */
	String description() default "";

	/** Placeholder for "no enum". */
	enum NoValues {

	}

	/** The container of repeated {@link DelegateField}s. */
	@Documented
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.TYPE)
	@interface List {

		DelegateField[] value();

	}

}
