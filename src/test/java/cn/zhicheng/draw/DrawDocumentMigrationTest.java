package cn.zhicheng.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V16 on a database with draws stored the V4 way (one row per candidate and exclusion): each draw gets its
 * candidate document, which verifies as the rows did, and the row tables are gone.
 */
class DrawDocumentMigrationTest {

	@Test
	void theRowsOfEarlierDrawsBecomeTheirDocuments() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:v16_draw_documents;DB_CLOSE_DELAY=-1");
		dataSource.setUser("sa");
		Map<String, String> placeholders = Map.of("table_options", "", "blob_type", "BLOB");
		// every migration before V16, whichever is the last of them
		MigrationVersion v16 = MigrationVersion.fromVersion("16");
		MigrationVersion before = Arrays.stream(Flyway.configure().dataSource(dataSource).placeholders(placeholders)
			.load().info().all())
			.map(MigrationInfo::getVersion)
			.filter(v -> v.compareTo(v16) < 0)
			.max(MigrationVersion::compareTo)
			.orElseThrow();
		Flyway.configure().dataSource(dataSource).placeholders(placeholders).target(before).load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		// the old rows only: committees, experts and people are not what V16 is about
		jdbc.execute("SET REFERENTIAL_INTEGRITY FALSE");

		List<String> candidates = new ArrayList<>();
		for (int i = 1; i <= 300; i++) {
			candidates.add(String.format("zj%05d", i));
		}
		List<Exclusion> exclusions = List.of(new Exclusion("zj09001", ExclusionReason.SAME_UNIT, "与本年度申报人杨丽芬同在一中工作（E6 同单位回避）"),
				new Exclusion("zj09000", ExclusionReason.TERM_ENDED, "聘期至2019-12-31已满，抽取日为2020-07-09（E5）"),
				new Exclusion("zj09000", ExclusionReason.INACTIVE, "专家已停用"));
		List<DrawPick> picks = List.of(new DrawPick(1, "zj00007", PickRole.MEMBER), new DrawPick(2, "zj00003", PickRole.ALTERNATE));
		Draw intact = oldDraw(jdbc, "d-intact", candidates, exclusions, picks, false);
		Draw tampered = oldDraw(jdbc, "d-tampered", candidates, exclusions, picks, true);

		Flyway.configure().dataSource(dataSource).placeholders(placeholders).load().migrate();

		DrawDocument.Content content = document(jdbc, intact.id());
		assertThat(content.problem()).isNull();
		assertThat(content.candidates()).containsExactlyElementsOf(candidates);
		assertThat(content.exclusions()).containsExactlyInAnyOrderElementsOf(exclusions);
		assertThat(DrawDigests.resultDigest(intact, content.candidates(), content.exclusions(), picks))
			.isEqualTo(intact.resultDigest());
		assertThat(jdbc.queryForObject("SELECT candidate_count FROM zc_draw_document WHERE draw_id = ?", Integer.class,
				intact.id())).isEqualTo(300);

		// a draw whose rows were changed before the migration still fails its digest after it
		DrawDocument.Content changed = document(jdbc, tampered.id());
		assertThat(changed.problem()).isNull();
		assertThat(DrawDigests.resultDigest(tampered, changed.candidates(), changed.exclusions(), picks))
			.isNotEqualTo(tampered.resultDigest());

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) IN"
				+ " ('zc_draw_candidate', 'zc_draw_exclusion')", Integer.class)).isZero();
	}

	static DrawDocument.Content document(JdbcTemplate jdbc, String drawId) {
		Map<String, Object> row = jdbc.queryForMap("SELECT w.document_digest AS digest, d.content AS content FROM zc_draw w"
				+ " JOIN zc_draw_document d ON d.draw_id = w.id WHERE w.id = ?", drawId);
		return DrawDocument.read((byte[]) row.get("CONTENT"), (String) row.get("DIGEST"));
	}

	/** A draw as V4 stored it; {@code swapFirstTwo} changes the candidate rows after the digest was taken. */
	static Draw oldDraw(JdbcTemplate jdbc, String id, List<String> candidates, List<Exclusion> exclusions,
			List<DrawPick> picks, boolean swapFirstTwo) {
		Draw unsigned = new Draw(id, "2020-YNEDUCASSOC", id.length(), "YNEDUCASSOC", 2020, "pi-" + id, "g-office",
				"g-supervision", DrawStatus.SIGNING, 1, 1, DrawAlgorithm.NAME, "ab".repeat(32), "2020-07-09T10:00:00+08:00",
				"zg1", null, null, null, 0, null);
		String digest = DrawDigests.resultDigest(unsigned, candidates, exclusions, picks);
		jdbc.update("""
				INSERT INTO zc_draw (id, cycle_id, attempt, committee_code, review_year, process_instance_id, office_group_id,
				                     supervision_group_id, status, member_count, alternate_count, algorithm, seed, drawn_at,
				                     drawn_by, failure_reason, result_digest, digest, signature_count, created_at, created_by,
				                     updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'SIGNING', 1, 1, ?, ?, ?, ?, NULL, ?, ?, 0, CURRENT_TIMESTAMP, 'x',
				        CURRENT_TIMESTAMP, 'x')""", id, unsigned.cycleId(), unsigned.attempt(), unsigned.committeeCode(),
				unsigned.reviewYear(), unsigned.processInstanceId(), unsigned.officeGroupId(),
				unsigned.supervisionGroupId(), unsigned.algorithm(), unsigned.seed(), unsigned.drawnAt(),
				unsigned.drawnBy(), digest, digest);
		for (int i = 0; i < candidates.size(); i++) {
			int seq = swapFirstTwo && i < 2 ? 2 - i : i + 1;
			jdbc.update("INSERT INTO zc_draw_candidate (draw_id, seq_no, user_id) VALUES (?, ?, ?)", id, seq,
					candidates.get(i));
		}
		for (Exclusion x : exclusions) {
			jdbc.update("INSERT INTO zc_draw_exclusion (draw_id, user_id, reason_code, reason) VALUES (?, ?, ?, ?)", id,
					x.userId(), x.reasonCode().name(), x.reason());
		}
		for (DrawPick p : picks) {
			jdbc.update("INSERT INTO zc_draw_pick (draw_id, seq_no, user_id, pick_role) VALUES (?, ?, ?, ?)", id,
					p.seqNo(), p.userId(), p.pickRole().name());
		}
		return new Draw(id, unsigned.cycleId(), unsigned.attempt(), unsigned.committeeCode(), unsigned.reviewYear(),
				unsigned.processInstanceId(), unsigned.officeGroupId(), unsigned.supervisionGroupId(), DrawStatus.SIGNING,
				1, 1, unsigned.algorithm(), unsigned.seed(), unsigned.drawnAt(), unsigned.drawnBy(), null, digest, digest,
				0, null);
	}

}
