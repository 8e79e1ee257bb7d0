package cn.zhicheng.draw;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The expert pool as the draw needs it: V1's zc_expert with V4's region and term, relations, alternates. */
@Mapper
interface ExpertPoolMapper {

	String PROFILE_SELECT = "SELECT e.user_id, p.name, e.employer_code, o.name AS employer_name,"
			+ " COALESCE(e.region_code, o.region_code) AS region_code, e.series, e.specialty, e.title_level,"
			+ " e.term_start, e.term_end, e.active"
			+ " FROM zc_expert e JOIN zc_person p ON p.user_id = e.user_id"
			+ " JOIN zc_organisation o ON o.credit_code = e.employer_code";

	@Select(PROFILE_SELECT + " WHERE e.user_id IN (SELECT ce.user_id FROM zc_committee_expert ce"
			+ " WHERE ce.committee_code = #{committeeCode}) ORDER BY e.user_id")
	List<ExpertProfile> pool(String committeeCode);

	@Select(PROFILE_SELECT + " WHERE e.user_id = #{userId}")
	ExpertProfile find(String userId);

	/** The profiles of {@code userIds} (a draw's candidates, exclusions and picks, for its pages). */
	@Select("""
			<script>
			""" + PROFILE_SELECT + """
			 WHERE e.user_id IN <foreach item="id" collection="userIds" open="(" separator="," close=")">#{id}</foreach>
			</script>""")
	List<ExpertProfile> profiles(@Param("userIds") List<String> userIds);

	@Update("""
			UPDATE zc_expert SET region_code = #{regionCode}, term_start = #{termStart}, term_end = #{termEnd},
			       updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE user_id = #{userId}""")
	int updateRegionAndTerm(@Param("userId") String userId, @Param("regionCode") String regionCode,
			@Param("termStart") LocalDate termStart, @Param("termEnd") LocalDate termEnd, @Param("by") String by);

	@Select("SELECT committee_code FROM zc_committee_expert WHERE user_id = #{userId} ORDER BY committee_code")
	List<String> poolsOf(String userId);

	// E1 alternates per committee

	@Select("SELECT alternate_count FROM zc_committee WHERE code = #{committeeCode}")
	Integer alternates(String committeeCode);

	@Update("""
			UPDATE zc_committee SET alternate_count = #{alternates}, updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE code = #{committeeCode}""")
	int updateAlternates(@Param("committeeCode") String committeeCode, @Param("alternates") Integer alternates,
			@Param("by") String by);

	// E6 declared relations

	String RELATION_COLUMNS = "r.id, r.expert_user_id, r.kind, r.applicant_id_number, r.applicant_name,"
			+ " r.applicant_unit_code, r.description, r.created_at, r.created_by";

	@Select("SELECT " + RELATION_COLUMNS + " FROM zc_expert_relation r WHERE r.expert_user_id = #{userId}"
			+ " ORDER BY r.created_at, r.id")
	List<ExpertRelation> relationsOf(String userId);

	@Select("SELECT " + RELATION_COLUMNS + " FROM zc_expert_relation r WHERE r.expert_user_id IN"
			+ " (SELECT ce.user_id FROM zc_committee_expert ce WHERE ce.committee_code = #{committeeCode})"
			+ " ORDER BY r.expert_user_id, r.id")
	List<ExpertRelation> relationsOfPool(String committeeCode);

	@Insert("""
			INSERT INTO zc_expert_relation (id, expert_user_id, kind, applicant_id_number, applicant_name,
			                                applicant_unit_code, description, created_at, created_by)
			VALUES (#{r.id}, #{r.expertUserId}, #{r.kind}, #{r.applicantIdNumber}, #{r.applicantName},
			        #{r.applicantUnitCode}, #{r.description}, CURRENT_TIMESTAMP, #{by})""")
	void insertRelation(@Param("r") ExpertRelation relation, @Param("by") String by);

}
