package cn.zhicheng.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends (every prepared or plain statement executed, a batch as
 * its rows), by kind (SELECT, INSERT, UPDATE, DELETE, other), so that the benchmark can print statements per
 * application against the bare engine's per instance. Wraps the application's {@link DataSource} bean;
 * benchmark only.
 */
final class StatementCounter implements BeanPostProcessor {

	static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

	/** With benchmark.statementTexts=true: every prepared statement's text and how often it was prepared. */
	static final Map<String, LongAdder> TEXTS = new ConcurrentHashMap<>();

	static final boolean KEEP_TEXTS = Boolean.getBoolean("benchmark.statementTexts");

	private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate");

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
			return proxy(DataSource.class, dataSource, (target, method, args) -> {
				Object result = invoke(target, method, args);
				return result instanceof Connection c ? connection(c) : result;
			});
		}
		return bean;
	}

	/** Counts so far by kind, a copy. */
	static Map<String, Long> snapshot() {
		Map<String, Long> copy = new TreeMap<>();
		COUNTS.forEach((k, v) -> copy.put(k, v.sum()));
		return copy;
	}

	/** The difference {@code after - before} by kind, with the total under "全部". */
	static Map<String, Long> since(Map<String, Long> before) {
		Map<String, Long> diff = new TreeMap<>();
		long total = 0;
		for (Map.Entry<String, Long> e : snapshot().entrySet()) {
			long d = e.getValue() - before.getOrDefault(e.getKey(), 0L);
			diff.put(e.getKey(), d);
			total += d;
		}
		diff.put("全部", total);
		return diff;
	}

	/** Prepare counts by statement text so far, a copy (empty without benchmark.statementTexts). */
	static Map<String, Long> texts() {
		Map<String, Long> copy = new java.util.HashMap<>();
		TEXTS.forEach((k, v) -> copy.put(k, v.sum()));
		return copy;
	}

	/**
	 * The statement texts prepared most often between {@code before} and {@code after}, per instance ({@code n}): count, length
	 * and the start of the text.
	 */
	static void printTexts(String title, Map<String, Long> before, Map<String, Long> after, int n, int top) {
		if (!KEEP_TEXTS) {
			return;
		}
		Map<String, Long> diff = new java.util.HashMap<>();
		after.forEach((k, v) -> {
			long d = v - before.getOrDefault(k, 0L);
			if (d > 0) {
				diff.put(k, d);
			}
		});
		System.out.printf("%s：不同的语句文本 %d，长度超过 8192 的 %d%n", title, diff.size(),
				diff.keySet().stream().filter(t -> t.length() > 8192).count());
		diff.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(top).forEach(e -> {
			String text = e.getKey().replaceAll("\\s+", " ");
			System.out.printf("  %6.2f/份 长度 %5d  %s%n", e.getValue() / (double) n, e.getKey().length(),
					text.substring(0, Math.min(150, text.length())));
		});
	}

	private static Connection connection(Connection connection) {
		return proxy(Connection.class, connection, (target, method, args) -> {
			Object result = invoke(target, method, args);
			if (result instanceof Statement statement && args != null && args.length > 0 && args[0] instanceof String sql
					&& method.getName().startsWith("prepare")) {
				if (KEEP_TEXTS) {
					TEXTS.computeIfAbsent(sql, k -> new LongAdder()).increment();
				}
				return statement(statement, kind(sql));
			}
			if (result instanceof Statement statement) {
				return statement(statement, null);
			}
			return result;
		});
	}

	private static Statement statement(Statement statement, String preparedKind) {
		Class<?> type = statement instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
				: statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
		int[] batched = new int[1];
		return (Statement) proxy(type, statement, (target, method, args) -> {
			String name = method.getName();
			if (name.equals("addBatch")) {
				batched[0]++;
			}
			else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
				count(preparedKind == null ? "其他" : preparedKind, Math.max(1, batched[0]));
				batched[0] = 0;
			}
			else if (EXECUTE.contains(name)) {
				count(preparedKind != null ? preparedKind
						: args != null && args.length > 0 && args[0] instanceof String sql ? kind(sql) : "其他", 1);
			}
			return invoke(target, method, args);
		});
	}

	private static void count(String kind, long n) {
		COUNTS.computeIfAbsent(kind, k -> new LongAdder()).add(n);
	}

	static String kind(String sql) {
		String s = sql.stripLeading();
		int end = 0;
		while (end < s.length() && Character.isLetter(s.charAt(end))) {
			end++;
		}
		String word = s.substring(0, end).toUpperCase(java.util.Locale.ROOT);
		return switch (word) {
			case "SELECT", "INSERT", "UPDATE", "DELETE" -> word;
			default -> "其他";
		};
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	@FunctionalInterface
	private interface Handler {

		Object handle(Object target, Method method, Object[] args) throws Throwable;

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, Object target, Handler handler) {
		InvocationHandler h = (proxy, method, args) -> {
			if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
				return target;
			}
			if (method.getName().equals("isWrapperFor") && args != null && args[0] instanceof Class<?> c
					&& c.isInstance(target)) {
				return true;
			}
			return handler.handle(target, method, args);
		};
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, h);
	}

}
