package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Texts that grow with the number of applicants outgrow MySQL's TEXT (65,535 bytes, about 21,000 Chinese
 * characters): the minutes of a meeting with 500 applicants hold about 1,500 written opinions (M6), and the
 * count failed with "Incorrect string value … for column zc_meeting_minutes.content" (found by TwoNodesTest at
 * the size). On MySQL/MariaDB they become MEDIUMTEXT (16 MB); on H2 TEXT is already a CLOB without
 * limit, nothing to do. A Java migration because the two databases spell the change differently.
 */
public class V14__long_texts extends BaseJavaMigration {

	private static final String[][] COLUMNS = { { "zc_meeting_minutes", "content" }, { "zc_archive_item", "summary" },
			{ "zc_post_filing", "publicity_summary" }, { "zc_post_filing", "group_figures" } };

	@Override
	public void migrate(Context context) throws Exception {
		String product = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase();
		if (!product.contains("mysql") && !product.contains("mariadb")) {
			return;
		}
		try (Statement statement = context.getConnection().createStatement()) {
			for (String[] column : COLUMNS) {
				statement.execute("ALTER TABLE " + column[0] + " MODIFY " + column[1] + " MEDIUMTEXT NOT NULL");
			}
		}
	}

}
