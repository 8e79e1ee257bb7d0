package cn.zhicheng.cycle;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Review cycles, their pre-meeting filings, and the application figures the cycle reads. */
@Mapper
interface ReviewCycleMapper {

	String COLUMNS = "id AS id, committee_code AS committee_code, review_year AS review_year, status AS status, business_key AS business_key, process_instance_id AS process_instance_id, basis AS basis, review_scope AS review_scope, specialties AS specialties, review_date AS review_date, publicity_method AS publicity_method, materials AS materials, contact_address AS contact_address, contact_phone AS contact_phone, window_closes_on AS window_closes_on, published_on AS published_on, approval_opinion AS approval_opinion, approved_by AS approved_by, qualified_count AS qualified_count, publicity_id AS publicity_id";

	String FILING_COLUMNS = "id AS id, cycle_id AS cycle_id, version AS version, status AS status, meeting_date AS meeting_date, applications_submitted AS applications_submitted, applications_withdrawn AS applications_withdrawn, not_recommended AS not_recommended, not_qualified AS not_qualified, qualified AS qualified, removed_by_complaint AS removed_by_complaint, publicity_summary AS publicity_summary, work_plan AS work_plan, submitted_at AS submitted_at, submitted_by AS submitted_by, decision_opinion AS decision_opinion, decided_at AS decided_at, decided_by AS decided_by, approved_on AS approved_on, approved_meeting_date AS approved_meeting_date";

	// cycles

	@Insert("""
			INSERT INTO zc_review_cycle (id, committee_code, review_year, active_key, status, business_key,
			       process_instance_id, created_at, created_by, updated_at, updated_by)
			VALUES (#{id}, #{committeeCode}, #{reviewYear}, #{activeKey}, #{status}, #{businessKey}, #{processInstanceId},
			       CURRENT_TIMESTAMP, #{by}, CURRENT_TIMESTAMP, #{by})""")
	void insert(@Param("id") String id, @Param("committeeCode") String committeeCode,
			@Param("reviewYear") int reviewYear, @Param("activeKey") String activeKey,
			@Param("status") CycleStatus status, @Param("businessKey") String businessKey,
			@Param("processInstanceId") String processInstanceId, @Param("by") String by);

	@Select("SELECT " + COLUMNS + " FROM zc_review_cycle WHERE id = #{id}")
	ReviewCycle find(String id);

	@Select("SELECT " + COLUMNS + " FROM zc_review_cycle WHERE active_key = #{activeKey}")
	ReviewCycle findActive(String activeKey);

	@Select("SELECT " + COLUMNS + " FROM zc_review_cycle WHERE committee_code = #{committeeCode} AND status <> 'CANCELLED' ORDER BY review_year")
	List<ReviewCycle> findByCommittee(String committeeCode);

	@Select("SELECT " + COLUMNS + " FROM zc_review_cycle WHERE published_on IS NOT NULL AND status <> 'CANCELLED' ORDER BY published_on DESC, committee_code")
	List<ReviewCycle> findPublished();

	@Update("UPDATE zc_review_cycle SET status = #{status}, updated_at = CURRENT_TIMESTAMP, updated_by = #{by} WHERE id = #{id}")
	int updateStatus(@Param("id") String id, @Param("status") CycleStatus status, @Param("by") String by);

	@Update("UPDATE zc_review_cycle SET status = 'CANCELLED', active_key = NULL, updated_at = CURRENT_TIMESTAMP, updated_by = #{by} WHERE id = #{id}")
	int cancel(@Param("id") String id, @Param("by") String by);

	@Update("""
			UPDATE zc_review_cycle SET basis = #{n.basis}, review_scope = #{n.reviewScope}, specialties = #{n.specialties},
			       review_date = #{n.reviewDate}, publicity_method = #{n.publicityMethod}, materials = #{n.materials},
			       contact_address = #{n.contactAddress}, contact_phone = #{n.contactPhone},
			       window_closes_on = #{n.windowClosesOn}, status = #{status}, updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE id = #{id}""")
	int updateNotice(@Param("id") String id, @Param("n") Notice notice, @Param("status") CycleStatus status,
			@Param("by") String by);

	@Update("""
			UPDATE zc_review_cycle SET approval_opinion = #{opinion}, approved_by = #{approvedBy}, status = #{status},
			       updated_at = CURRENT_TIMESTAMP, updated_by = #{approvedBy}
			WHERE id = #{id}""")
	int updateApproval(@Param("id") String id, @Param("opinion") String opinion,
			@Param("approvedBy") String approvedBy, @Param("status") CycleStatus status);

	@Update("UPDATE zc_review_cycle SET published_on = #{day}, status = 'PUBLISHED', updated_at = CURRENT_TIMESTAMP, updated_by = #{by} WHERE id = #{id}")
	int publish(@Param("id") String id, @Param("day") LocalDate day, @Param("by") String by);

	@Update("UPDATE zc_review_cycle SET review_date = #{day}, updated_at = CURRENT_TIMESTAMP, updated_by = #{by} WHERE id = #{id}")
	int updateReviewDate(@Param("id") String id, @Param("day") LocalDate day, @Param("by") String by);

	@Update("""
			UPDATE zc_review_cycle SET qualified_count = #{count}, publicity_id = #{publicityId}, status = #{status},
			       updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE id = #{id}""")
	int updateQualifiedList(@Param("id") String id, @Param("count") int count,
			@Param("publicityId") String publicityId, @Param("status") CycleStatus status, @Param("by") String by);

	// the applications of the committee and year (zc_application)

	@Select("""
			SELECT a.id AS id, a.name AS name, o.name AS unit_name, a.target_specialty AS target_specialty
			FROM zc_application a JOIN zc_organisation o ON o.credit_code = a.unit_credit_code
			WHERE a.committee_code = #{committeeCode} AND a.review_year = #{reviewYear} AND a.status = 'QUALIFIED'
			ORDER BY a.created_at, a.id""")
	List<QualifiedApplicant> findQualified(@Param("committeeCode") String committeeCode,
			@Param("reviewYear") int reviewYear);

	@Select("""
			SELECT status AS status, COUNT(*) AS total FROM zc_application
			WHERE committee_code = #{committeeCode} AND review_year = #{reviewYear} GROUP BY status""")
	List<ApplicationCount> countByStatus(@Param("committeeCode") String committeeCode,
			@Param("reviewYear") int reviewYear);

	// filings (F1)

	@Insert("""
			INSERT INTO zc_filing (id, cycle_id, version, status, meeting_date, applications_submitted,
			       applications_withdrawn, not_recommended, not_qualified, qualified, removed_by_complaint,
			       publicity_summary, work_plan, submitted_at, submitted_by)
			VALUES (#{f.id}, #{f.cycleId}, #{f.version}, #{f.status}, #{f.meetingDate}, #{f.applicationsSubmitted},
			       #{f.applicationsWithdrawn}, #{f.notRecommended}, #{f.notQualified}, #{f.qualified},
			       #{f.removedByComplaint}, #{f.publicitySummary}, #{f.workPlan}, #{f.submittedAt}, #{f.submittedBy})""")
	void insertFiling(@Param("f") Filing filing);

	@Select("SELECT " + FILING_COLUMNS + " FROM zc_filing WHERE id = #{id}")
	Filing findFiling(String id);

	@Select("SELECT " + FILING_COLUMNS + " FROM zc_filing WHERE cycle_id = #{cycleId} ORDER BY version")
	List<Filing> findFilings(String cycleId);

	@Update("""
			UPDATE zc_filing SET status = #{status}, decision_opinion = #{opinion}, decided_at = #{at}, decided_by = #{by},
			       approved_on = #{approvedOn}
			WHERE id = #{id} AND status = 'SUBMITTED'""")
	int decideFiling(@Param("id") String id, @Param("status") FilingStatus status, @Param("opinion") String opinion,
			@Param("at") java.time.LocalDateTime at, @Param("by") String by, @Param("approvedOn") LocalDate approvedOn);

	@Update("UPDATE zc_filing SET approved_meeting_date = meeting_date, meeting_date = #{day} WHERE id = #{id} AND status = 'APPROVED'")
	int moveMeeting(@Param("id") String id, @Param("day") LocalDate day);

}
