package cn.zhicheng.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Look-ups of the qualification rules (A3, A4, A8, DY7, X1) in the application's tables. */
@Mapper
interface QualificationDataMapper {

	@Select("""
			SELECT id, committee_code, track, target_level, status FROM zc_application
			WHERE id_number = #{idNumber} AND review_year = #{reviewYear} ORDER BY created_at""")
	List<Map<String, Object>> applicationsOf(@Param("idNumber") String idNumber, @Param("reviewYear") int reviewYear);

	@Select("""
			SELECT recorded_on, valid_until, reason FROM zc_integrity_record
			WHERE id_number = #{idNumber} AND recorded_on <= #{day} AND valid_until >= #{day}
			ORDER BY valid_until DESC""")
	List<Map<String, Object>> integrityRecord(@Param("idNumber") String idNumber, @Param("day") LocalDate day);

	@Select("""
			SELECT vacant_posts, intermediate_staff, directed_posts_used FROM zc_unit_posts
			WHERE unit_credit_code = #{unit} AND title_level = #{level} AND review_year <= #{year}
			ORDER BY review_year DESC""")
	List<Map<String, Object>> posts(@Param("unit") String unitCreditCode, @Param("level") String level,
			@Param("year") int year);

	@Select("""
			SELECT intermediate_staff FROM zc_unit_posts
			WHERE unit_credit_code = #{unit} AND review_year <= #{year} ORDER BY review_year DESC""")
	List<Integer> intermediateStaff(@Param("unit") String unitCreditCode, @Param("year") int year);

	@Select("""
			SELECT COUNT(*) FROM zc_application
			WHERE unit_credit_code = #{unit} AND target_level = #{level} AND track = 'DIRECTED' AND review_year = #{year}
			  AND status IN ('QUALIFIED', 'IN_QUALIFICATION_REVIEW', 'PASSED')""")
	int directedApplicationsInProgress(@Param("unit") String unitCreditCode, @Param("level") String level,
			@Param("year") int year);

	@Select("""
			SELECT COUNT(*) FROM zc_committee
			WHERE region_code = #{county} AND series = #{series} AND title_level = #{level}""")
	int committeesIn(@Param("county") String countyCode, @Param("series") String series, @Param("level") String level);

}
