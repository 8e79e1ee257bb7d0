package cn.zhicheng.materials;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.common.IdNumber.Sex;
import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.qualification.Track;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * Read-only views of {@code zc_application} (owned by the application feature) that the printable form
 * and the exports need beyond {@link cn.zhicheng.application.Application}: the unit's recommendation
 * (A14, A15, table 12), the competent department's opinion (A16), the qualification result (Q1), and
 * lists per committee and year. Nothing here writes.
 */
@Mapper
interface ApplicationRecords {

	@Select("""
			SELECT id, ballot_method, ballot_voter_scope, ballot_attendees, ballot_yes, unit_publicity_start,
			       unit_publicity_end, unit_opinion, competent_dept_opinion, qualification_result, created_at
			FROM zc_application WHERE id = #{id}""")
	Recommendation recommendation(String id);

	@Select("""
			<script>
			SELECT id, review_year, committee_code, track, status, name, id_number, sex, unit_credit_code, target_series,
			       target_specialty, target_level, qualification_result, created_at
			FROM zc_application
			WHERE review_year = #{year}
			  AND committee_code IN <foreach item="code" collection="committees" open="(" separator="," close=")">#{code}</foreach>
			ORDER BY committee_code, created_at, id
			</script>""")
	List<Row> rows(@Param("committees") List<String> committeeCodes, @Param("year") int year);

	/** What the unit and the competent department recorded, and the qualification result as JSON. */
	record Recommendation(String id, String ballotMethod, String ballotVoterScope, Integer ballotAttendees,
			Integer ballotYes, LocalDate unitPublicityStart, LocalDate unitPublicityEnd, String unitOpinion,
			String competentDeptOpinion, String qualificationResult, LocalDateTime createdAt) {
	}

	/** One application in a list. */
	record Row(String id, int reviewYear, String committeeCode, Track track, ApplicationStatus status, String name,
			String idNumber, Sex sex, String unitCreditCode, String targetSeries, String targetSpecialty,
			TitleLevel targetLevel, String qualificationResult, LocalDateTime createdAt) {

		String maskedIdNumber() {
			return cn.zhicheng.common.IdNumber.mask(this.idNumber);
		}

	}

}
