package cn.zhicheng.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The foundation scenarios on the real MySQL-protocol server, plus what only MySQL can show. */
@ActiveProfiles("mysql")
class FoundationMysqlTest extends FoundationScenarioTest {

	static String DATABASE;

	@DynamicPropertySource
	static void mysql(DynamicPropertyRegistry registry) {
		DATABASE = MysqlTestDatabase.register(registry, "zhicheng_test_foundation");
	}

	@Test
	void camundaAndFlywayCreateTheirSchemasInTheEmptyDatabaseDespiteANeighbour() throws SQLException {
		List<String> tables = tablesOf(DATABASE);
		assertThat(tables).contains("ACT_GE_PROPERTY", "ACT_RU_TASK", "ACT_RU_EXECUTION", "ACT_ID_USER",
				"ACT_RE_DEPLOYMENT", "ACT_HI_PROCINST");
		assertThat(tables).contains("zc_organisation", "zc_committee", "zc_person", "zc_expert", "flyway_schema_history");
		// the neighbour still has only its two tables: nothing leaked across databases
		assertThat(tablesOf(MysqlTestDatabase.NEIGHBOUR)).containsExactlyInAnyOrder("ACT_GE_PROPERTY", "ACT_RU_TASK");
	}

	@Test
	void theApplicationsTablesUseUtf8mb4() throws SQLException {
		try (Connection connection = MysqlTestDatabase.connect();
				PreparedStatement statement = connection.prepareStatement(
						"SELECT table_name, table_collation FROM information_schema.tables WHERE table_schema = ? AND table_name LIKE 'zc\\_%'")) {
			statement.setString(1, DATABASE);
			try (ResultSet rs = statement.executeQuery()) {
				int count = 0;
				while (rs.next()) {
					count++;
					assertThat(rs.getString(2)).as(rs.getString(1)).startsWith("utf8mb4");
				}
				assertThat(count).isGreaterThanOrEqualTo(7);
			}
		}
	}

	@Test
	void camundasTablesAreConvertedToUtf8mb4WithTheirForeignKeysKept() throws SQLException {
		try (Connection connection = MysqlTestDatabase.connect();
				PreparedStatement collations = connection.prepareStatement(
						"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ? AND table_name LIKE 'ACT\\_%' AND table_collation <> 'utf8mb4_bin'");
				PreparedStatement foreignKeys = connection.prepareStatement(
						"SELECT constraint_name FROM information_schema.referential_constraints WHERE constraint_schema = ?")) {
			collations.setString(1, DATABASE);
			try (ResultSet rs = collations.executeQuery()) {
				rs.next();
				assertThat(rs.getInt(1)).isZero();
			}
			foreignKeys.setString(1, DATABASE);
			List<String> names = new ArrayList<>();
			try (ResultSet rs = foreignKeys.executeQuery()) {
				while (rs.next()) {
					names.add(rs.getString(1));
				}
			}
			// a sample of Camunda 7.24's foreign keys, re-created after the conversion
			assertThat(names).contains("ACT_FK_EVENT_EXEC", "ACT_FK_EXE_PROCINST", "ACT_FK_TASK_EXE", "ACT_FK_VAR_EXE",
					"ACT_FK_MEMB_GROUP", "ACT_FK_MEMB_USER", "fk_zc_organisation_region");
		}
	}

	private static List<String> tablesOf(String database) throws SQLException {
		try (Connection connection = MysqlTestDatabase.connect();
				PreparedStatement statement = connection
					.prepareStatement("SELECT table_name FROM information_schema.tables WHERE table_schema = ?")) {
			statement.setString(1, database);
			List<String> tables = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			return tables;
		}
	}

}
