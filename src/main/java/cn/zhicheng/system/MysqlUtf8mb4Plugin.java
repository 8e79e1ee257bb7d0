package cn.zhicheng.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Camunda's MySQL scripts create its tables as {@code utf8} (3-byte) with {@code utf8_bin}, which
 * cannot store characters outside the Basic Multilingual Plane, such as the rare characters of
 * personal names (生僻字, e.g. 𠀀) that reach the engine as group names, user names and process
 * variables. On MySQL this converts Camunda's tables, once, to {@code utf8mb4} with the equivalent
 * binary collation {@code utf8mb4_bin}, after the engine created its schema and before anything is
 * deployed. MariaDB refuses to change a column a foreign key uses even with FOREIGN_KEY_CHECKS=0, so
 * the foreign keys between Camunda's tables are dropped for the conversion and re-created exactly as
 * they were. Idempotent: converted tables are skipped. Other databases are left alone.
 */
@Component
@Order(1)
class MysqlUtf8mb4Plugin extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(MysqlUtf8mb4Plugin.class);

	private final DataSource dataSource;

	MysqlUtf8mb4Plugin(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine processEngine) {
		try (Connection connection = this.dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
			if (!product.contains("mysql") && !product.contains("mariadb")) {
				return;
			}
			List<String> tables = new ArrayList<>();
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT table_name FROM information_schema.tables"
							+ " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'"
							+ " AND UPPER(table_name) LIKE 'ACT\\_%' AND table_collation NOT LIKE 'utf8mb4%'")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			if (tables.isEmpty()) {
				return;
			}
			log.info("将 {} 张 Camunda 表转换为 utf8mb4（支持生僻字）", tables.size());
			List<ForeignKey> foreignKeys = camundaForeignKeys(connection);
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET FOREIGN_KEY_CHECKS = 0");
				try {
					for (ForeignKey foreignKey : foreignKeys) {
						statement.execute(foreignKey.dropSql());
					}
					for (String table : tables) {
						statement.execute("ALTER TABLE `" + table + "` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
					}
					for (ForeignKey foreignKey : foreignKeys) {
						statement.execute(foreignKey.addSql());
					}
				}
				finally {
					statement.execute("SET FOREIGN_KEY_CHECKS = 1");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("无法将 Camunda 表转换为 utf8mb4：" + ex.getMessage(), ex);
		}
	}

	private static List<ForeignKey> camundaForeignKeys(Connection connection) throws SQLException {
		List<ForeignKey> foreignKeys = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT rc.constraint_name, rc.table_name, rc.referenced_table_name,"
						+ " rc.update_rule, rc.delete_rule,"
						+ " GROUP_CONCAT(k.column_name ORDER BY k.ordinal_position),"
						+ " GROUP_CONCAT(k.referenced_column_name ORDER BY k.ordinal_position)"
						+ " FROM information_schema.referential_constraints rc"
						+ " JOIN information_schema.key_column_usage k ON k.constraint_schema = rc.constraint_schema"
						+ " AND k.constraint_name = rc.constraint_name AND k.table_name = rc.table_name"
						+ " WHERE rc.constraint_schema = DATABASE() AND UPPER(rc.table_name) LIKE 'ACT\\_%'"
						+ " GROUP BY rc.constraint_name, rc.table_name, rc.referenced_table_name, rc.update_rule, rc.delete_rule")) {
			while (rs.next()) {
				foreignKeys.add(new ForeignKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getString(7)));
			}
		}
		return foreignKeys;
	}

	private record ForeignKey(String name, String table, String referencedTable, String updateRule, String deleteRule,
			String columns, String referencedColumns) {

		String dropSql() {
			return "ALTER TABLE `" + this.table + "` DROP FOREIGN KEY `" + this.name + "`";
		}

		String addSql() {
			return "ALTER TABLE `" + this.table + "` ADD CONSTRAINT `" + this.name + "` FOREIGN KEY (" + quote(this.columns)
					+ ") REFERENCES `" + this.referencedTable + "` (" + quote(this.referencedColumns) + ") ON DELETE "
					+ this.deleteRule + " ON UPDATE " + this.updateRule;
		}

		private static String quote(String commaSeparated) {
			return "`" + commaSeparated.replace(",", "`, `") + "`";
		}

	}

}
