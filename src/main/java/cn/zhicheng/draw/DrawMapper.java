package cn.zhicheng.draw;

import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The draw tables of V4 and V16 (the candidate document) and the applicants recusal (E6) looks at. */
@Mapper
interface DrawMapper {

	String DRAW_COLUMNS = "id, cycle_id, attempt, committee_code, review_year, process_instance_id, office_group_id,"
			+ " supervision_group_id, status, member_count, alternate_count, algorithm, seed, drawn_at, drawn_by,"
			+ " failure_reason, result_digest, digest, signature_count, disclosed_at";

	@Select("SELECT " + DRAW_COLUMNS + " FROM zc_draw WHERE id = #{id}")
	Draw find(String id);

	@Select("SELECT " + DRAW_COLUMNS + " FROM zc_draw WHERE cycle_id = #{cycleId} ORDER BY attempt")
	List<Draw> findByCycle(String cycleId);

	@Insert("""
			INSERT INTO zc_draw (id, cycle_id, attempt, committee_code, review_year, process_instance_id, office_group_id,
			                     supervision_group_id, status, member_count, alternate_count, algorithm, seed, drawn_at,
			                     drawn_by, failure_reason, result_digest, digest, signature_count, disclosed_at,
			                     document_digest, created_at, created_by, updated_at, updated_by)
			VALUES (#{d.id}, #{d.cycleId}, #{d.attempt}, #{d.committeeCode}, #{d.reviewYear}, #{d.processInstanceId}, #{d.officeGroupId},
			        #{d.supervisionGroupId}, #{d.status}, #{d.memberCount}, #{d.alternateCount}, #{d.algorithm}, #{d.seed},
			        #{d.drawnAt}, #{d.drawnBy}, #{d.failureReason}, #{d.resultDigest}, #{d.digest}, #{d.signatureCount},
			        NULL, #{documentDigest}, CURRENT_TIMESTAMP, #{by}, CURRENT_TIMESTAMP, #{by})""")
	void insert(@Param("d") Draw draw, @Param("documentDigest") String documentDigest, @Param("by") String by);

	@Select("SELECT COUNT(*) FROM zc_draw WHERE cycle_id = #{cycleId}")
	int countByCycle(String cycleId);

	// the candidate document (V16), one per draw; its digest is in the draw row next to the seed

	@Insert("""
			INSERT INTO zc_draw_document (draw_id, format, candidate_count, exclusion_count, content)
			VALUES (#{drawId}, #{format}, #{d.candidateCount}, #{d.exclusionCount}, #{d.content})""")
	void insertDocument(@Param("drawId") String drawId, @Param("d") DrawDocument.Stored document,
			@Param("format") String format);

	/** The digest a draw recorded and its stored document (content null when missing). */
	record DocumentRow(String digest, byte[] content) {
	}

	@Select("""
			SELECT w.document_digest AS digest, d.content FROM zc_draw w
			LEFT JOIN zc_draw_document d ON d.draw_id = w.id WHERE w.id = #{drawId}""")
	DocumentRow document(String drawId);

	/** The whole result in one statement: members first, then alternates, in the order drawn. */
	@Insert("""
			<script>
			INSERT INTO zc_draw_pick (draw_id, seq_no, user_id, pick_role) VALUES
			<foreach collection="picks" item="p" separator=",">(#{drawId}, #{p.seqNo}, #{p.userId}, #{p.pickRole})</foreach>
			</script>""")
	void insertPicks(@Param("drawId") String drawId, @Param("picks") List<DrawPick> picks);

	@Insert("""
			INSERT INTO zc_draw_signature (draw_id, seq_no, signer_role, user_id, signed_at, opinion, digest, created_at)
			VALUES (#{drawId}, #{s.seqNo}, #{s.signerRole}, #{s.userId}, #{s.signedAt}, #{s.opinion}, #{s.digest},
			        CURRENT_TIMESTAMP)""")
	void insertSignature(@Param("drawId") String drawId, @Param("s") DrawSignature signature);

	@Select("SELECT seq_no, user_id, pick_role FROM zc_draw_pick WHERE draw_id = #{drawId} ORDER BY seq_no")
	List<DrawPick> picks(String drawId);

	@Select("""
			SELECT seq_no, signer_role, user_id, signed_at, opinion, digest FROM zc_draw_signature
			WHERE draw_id = #{drawId} ORDER BY seq_no""")
	List<DrawSignature> signatures(String drawId);

	/** Moves the chain's head on, only from the head the signer saw: concurrent signatures cannot fork it. */
	@Update("""
			UPDATE zc_draw SET digest = #{digest}, signature_count = #{count}, updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE id = #{id} AND signature_count = #{count} - 1 AND status = 'SIGNING'""")
	int advanceChain(@Param("id") String id, @Param("digest") String digest, @Param("count") int count,
			@Param("by") String by);

	@Update("UPDATE zc_draw SET status = #{status}, updated_at = CURRENT_TIMESTAMP, updated_by = #{by} WHERE id = #{id}")
	int updateStatus(@Param("id") String id, @Param("status") DrawStatus status, @Param("by") String by);

	@Update("""
			UPDATE zc_draw SET disclosed_at = CURRENT_TIMESTAMP, updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE id = #{id} AND disclosed_at IS NULL""")
	int disclose(@Param("id") String id, @Param("by") String by);

	/**
	 * E6: the applicants of a committee and year who may still come before it, i.e. every application
	 * whose status is not in {@code settled} (withdrawn, not recommended, not qualified).
	 */
	@Select("""
			<script>
			SELECT a.id_number, a.name, a.unit_credit_code, o.name AS unit_name
			FROM zc_application a JOIN zc_organisation o ON o.credit_code = a.unit_credit_code
			WHERE a.committee_code = #{committeeCode} AND a.review_year = #{reviewYear}
			  AND a.status NOT IN <foreach item="s" collection="settled" open="(" separator="," close=")">#{s}</foreach>
			ORDER BY a.id_number
			</script>""")
	List<Applicant> applicants(@Param("committeeCode") String committeeCode, @Param("reviewYear") int reviewYear,
			@Param("settled") List<String> settled);

}
