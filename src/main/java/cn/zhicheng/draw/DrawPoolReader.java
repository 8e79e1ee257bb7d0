package cn.zhicheng.draw;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The committee's pool as the draw's rules need it (E5, E6), in the caller's transaction: one range scan of
 * the pool's primary key joined to the experts' rows by primary key.
 * <p>
 * Plain JDBC rather than a MyBatis mapper because of its size (issue 11: a pool of 10 000 ≤ 50 ms): the JFR
 * profile of the draw showed MyBatis's constructor auto-mapping ({@code applyArgNameBasedConstructorAutoMapping},
 * a name match per column and row) taking about 70 % of the draw's CPU for 10 000 rows of five columns.
 * The {@link JdbcTemplate} shares the data source and the Spring transaction with the mappers.
 */
@Component
class DrawPoolReader {

	static final String SQL = "SELECT ce.user_id, e.employer_code, e.term_start, e.term_end, e.active"
			+ " FROM zc_committee_expert ce JOIN zc_expert e ON e.user_id = ce.user_id WHERE ce.committee_code = ?";

	private final JdbcTemplate jdbc;

	DrawPoolReader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<PoolMember> members(String committeeCode) {
		return this.jdbc.query(SQL, (row, n) -> new PoolMember(row.getString(1), row.getString(2),
				row.getObject(3, LocalDate.class), row.getObject(4, LocalDate.class), row.getBoolean(5)), committeeCode);
	}

}
