package cn.zhicheng.draw;

import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The draw tables of V4 and the applicants recusal (E6) looks at. */
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
			                     created_at, created_by, updated_at, updated_by)
			VALUES (#{d.id}, #{d.cycleId}, #{d.attempt}, #{d.committeeCode}, #{d.reviewYear}, #{d.processInstanceId}, #{d.officeGroupId},
			        #{d.supervisionGroupId}, #{d.status}, #{d.memberCount}, #{d.alternateCount}, #{d.algorithm}, #{d.seed},
			        #{d.drawnAt}, #{d.drawnBy}, #{d.failureReason}, #{d.resultDigest}, #{d.digest}, #{d.signatureCount},
			        NULL, CURRENT_TIMESTAMP, #{by}, CURRENT_TIMESTAMP, #{by})""")
	void insert(@Param("d") Draw draw, @Param("by") String by);

	@Select("SELECT COUNT(*) FROM zc_draw WHERE cycle_id = #{cycleId}")
	int countByCycle(String cycleId);

	/**
	 * Many candidates in one statement (issue 11: a pool of 10 000 would otherwise be 10 000 round trips
	 * inside the draw's transaction); {@code firstSeqNo} numbers the first of them.
	 */
	@Insert("""
			<script>
			INSERT INTO zc_draw_candidate (draw_id, seq_no, user_id) VALUES
			<foreach collection="userIds" item="userId" index="i" separator=",">
			(#{drawId}, #{firstSeqNo} + #{i}, #{userId})
			</foreach>
			</script>""")
	void insertCandidates(@Param("drawId") String drawId, @Param("firstSeqNo") int firstSeqNo,
			@Param("userIds") List<String> userIds);

	@Insert("""
			INSERT INTO zc_draw_exclusion (draw_id, user_id, reason_code, reason)
			VALUES (#{drawId}, #{e.userId}, #{e.reasonCode}, #{e.reason})""")
	void insertExclusion(@Param("drawId") String drawId, @Param("e") Exclusion exclusion);

	@Insert("""
			INSERT INTO zc_draw_pick (draw_id, seq_no, user_id, pick_role)
			VALUES (#{drawId}, #{p.seqNo}, #{p.userId}, #{p.pickRole})""")
	void insertPick(@Param("drawId") String drawId, @Param("p") DrawPick pick);

	@Insert("""
			INSERT INTO zc_draw_signature (draw_id, seq_no, signer_role, user_id, signed_at, opinion, digest, created_at)
			VALUES (#{drawId}, #{s.seqNo}, #{s.signerRole}, #{s.userId}, #{s.signedAt}, #{s.opinion}, #{s.digest},
			        CURRENT_TIMESTAMP)""")
	void insertSignature(@Param("drawId") String drawId, @Param("s") DrawSignature signature);

	@Select("SELECT user_id FROM zc_draw_candidate WHERE draw_id = #{drawId} ORDER BY seq_no")
	List<String> candidates(String drawId);

	@Select("SELECT user_id, reason_code, reason FROM zc_draw_exclusion WHERE draw_id = #{drawId} ORDER BY user_id, reason_code")
	List<Exclusion> exclusions(String drawId);

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
