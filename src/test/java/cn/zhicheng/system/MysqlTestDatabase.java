package cn.zhicheng.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real MySQL-protocol server of the test machine (MariaDB 10.11 here, MySQL 8 in production),
 * at MYSQL_HOST:MYSQL_PORT (default 127.0.0.1:3306, root without password). Tests that use it fail,
 * never skip, when it is unreachable: `.ci/run` starts it.
 *
 * Each test context gets a fresh, empty database on a server that also holds a neighbour database
 * with Camunda-named tables, the situation in which Connector/J without nullDatabaseMeansCurrent
 * would make Camunda skip creating its schema.
 */
public final class MysqlTestDatabase {

	public static final String NEIGHBOUR = "zhicheng_test_neighbour";

	private MysqlTestDatabase() {
	}

	public static String host() {
		return env("MYSQL_HOST", "127.0.0.1");
	}

	public static String port() {
		return env("MYSQL_PORT", "3306");
	}

	public static String serverUrl() {
		return "jdbc:mysql://" + host() + ":" + port()
				+ "/?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8";
	}

	public static Connection connect() throws SQLException {
		return DriverManager.getConnection(serverUrl(), env("MYSQL_USER", "root"), env("MYSQL_PASSWORD", ""));
	}

	/** Drops and creates {@code database} empty, next to a neighbour holding Camunda-named tables. */
	public static void recreate(String database) {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE IF NOT EXISTS " + NEIGHBOUR);
			statement.execute("CREATE TABLE IF NOT EXISTS " + NEIGHBOUR
					+ ".ACT_GE_PROPERTY (NAME_ VARCHAR(64) PRIMARY KEY, VALUE_ VARCHAR(300), REV_ INT)");
			statement.execute("CREATE TABLE IF NOT EXISTS " + NEIGHBOUR + ".ACT_RU_TASK (ID_ VARCHAR(64) PRIMARY KEY)");
			statement.execute("DROP DATABASE IF EXISTS " + database);
			statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("无法连接测试用 MySQL 服务器 " + serverUrl()
					+ "（先运行 .ci/run 或启动 MariaDB/MySQL）：" + ex.getMessage(), ex);
		}
	}

	/**
	 * Points the mysql profile (application-mysql.yaml) at a fresh database named {@code base} plus this
	 * JVM's process id, so that test runs side by side on one server do not meet; it is dropped when the
	 * JVM exits. Returns the database's name.
	 */
	public static String register(DynamicPropertyRegistry registry, String base) {
		String database = base + "_" + ProcessHandle.current().pid();
		recreate(database);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(database)));
		registry.add("MYSQL_HOST", MysqlTestDatabase::host);
		registry.add("MYSQL_PORT", MysqlTestDatabase::port);
		registry.add("MYSQL_DATABASE", () -> database);
		return database;
	}

	static void drop(String database) {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database);
		}
		catch (SQLException ex) {
			// best effort at shutdown; the next run of the same name starts by dropping it anyway
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
