package cn.zhicheng.cycle;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The cycle after its meeting: zc_cycle_result and zc_post_filing. */
@Mapper
interface ResultStageMapper {

	String RESULT_COLUMNS = "cycle_id AS cycle_id, meeting_id AS meeting_id, meeting_date AS meeting_date, deadline_basis AS deadline_basis, publicity_start_due_on AS publicity_start_due_on, result_publicity_id AS result_publicity_id, result_publicity_started_at AS result_publicity_started_at, results_published_at AS results_published_at, post_filing_due_on AS post_filing_due_on, qualification_document_number AS qualification_document_number, certificates_issued AS certificates_issued";

	String FILING_COLUMNS = "id AS id, cycle_id AS cycle_id, version AS version, status AS status, meeting_id AS meeting_id, meeting_date AS meeting_date, meeting_opened_at AS meeting_opened_at, committee_size AS committee_size, attending_count AS attending_count, applicant_count AS applicant_count, passed_count AS passed_count, revoked_count AS revoked_count, pass_rate AS pass_rate, group_figures AS group_figures, publicity_summary AS publicity_summary, complaint_count AS complaint_count, supervision AS supervision, work_summary AS work_summary, route AS route, step AS step, due_on AS due_on, submitted_at AS submitted_at, submitted_by AS submitted_by, check_opinion AS check_opinion, checked_at AS checked_at, checked_by AS checked_by, decision_opinion AS decision_opinion, decided_at AS decided_at, decided_by AS decided_by, approved_on AS approved_on";

	@Select("SELECT " + RESULT_COLUMNS + " FROM zc_cycle_result WHERE cycle_id = #{cycleId}")
	CycleResult find(String cycleId);

	@Insert("""
			INSERT INTO zc_cycle_result (cycle_id, meeting_id, meeting_date, deadline_basis, publicity_start_due_on,
			       created_at, created_by, updated_at, updated_by)
			VALUES (#{cycleId}, #{meetingId}, #{meetingDate}, #{basis}, #{dueOn}, CURRENT_TIMESTAMP, #{by},
			       CURRENT_TIMESTAMP, #{by})""")
	void insert(@Param("cycleId") String cycleId, @Param("meetingId") String meetingId,
			@Param("meetingDate") LocalDate meetingDate, @Param("basis") String basis, @Param("dueOn") LocalDate dueOn,
			@Param("by") String by);

	@Update("""
			UPDATE zc_cycle_result SET meeting_id = #{meetingId}, meeting_date = #{meetingDate}, deadline_basis = #{basis},
			       publicity_start_due_on = #{dueOn}, updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE cycle_id = #{cycleId}""")
	int update(@Param("cycleId") String cycleId, @Param("meetingId") String meetingId,
			@Param("meetingDate") LocalDate meetingDate, @Param("basis") String basis, @Param("dueOn") LocalDate dueOn,
			@Param("by") String by);

	@Update("""
			UPDATE zc_cycle_result SET result_publicity_id = #{publicityId}, result_publicity_started_at = #{at},
			       updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE cycle_id = #{cycleId}""")
	int startPublicity(@Param("cycleId") String cycleId, @Param("publicityId") String publicityId,
			@Param("at") LocalDateTime at, @Param("by") String by);

	@Update("""
			UPDATE zc_cycle_result SET results_published_at = #{at}, post_filing_due_on = #{dueOn},
			       updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE cycle_id = #{cycleId}""")
	int publishResults(@Param("cycleId") String cycleId, @Param("at") LocalDateTime at,
			@Param("dueOn") LocalDate dueOn, @Param("by") String by);

	@Update("""
			UPDATE zc_cycle_result SET qualification_document_number = #{number}, certificates_issued = #{issued},
			       updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE cycle_id = #{cycleId}""")
	int recordCertification(@Param("cycleId") String cycleId, @Param("number") String number,
			@Param("issued") Integer issued, @Param("by") String by);

	@Insert("""
			INSERT INTO zc_post_filing (id, cycle_id, version, status, meeting_id, meeting_date, meeting_opened_at,
			       committee_size, attending_count, applicant_count, passed_count, revoked_count, pass_rate, group_figures,
			       publicity_summary, complaint_count, supervision, work_summary, route, step, due_on, submitted_at,
			       submitted_by)
			VALUES (#{f.id}, #{f.cycleId}, #{f.version}, #{f.status}, #{f.meetingId}, #{f.meetingDate}, #{f.meetingOpenedAt},
			       #{f.committeeSize}, #{f.attendingCount}, #{f.applicantCount}, #{f.passedCount}, #{f.revokedCount},
			       #{f.passRate}, #{f.groupFigures}, #{f.publicitySummary}, #{f.complaintCount}, #{f.supervision},
			       #{f.workSummary}, #{f.route}, #{f.step}, #{f.dueOn}, #{f.submittedAt}, #{f.submittedBy})""")
	void insertPostFiling(@Param("f") PostFiling filing);

	@Select("SELECT " + FILING_COLUMNS + " FROM zc_post_filing WHERE id = #{id}")
	PostFiling findPostFiling(String id);

	@Select("SELECT " + FILING_COLUMNS + " FROM zc_post_filing WHERE cycle_id = #{cycleId} ORDER BY version")
	List<PostFiling> findPostFilings(String cycleId);

	/** PF3: the checking department passes the dossier on to the next step. */
	@Update("""
			UPDATE zc_post_filing SET status = 'CHECKED', step = step + 1, check_opinion = #{opinion}, checked_at = #{at},
			       checked_by = #{by}
			WHERE id = #{id} AND step = #{step} AND status IN ('SUBMITTED', 'CHECKED')""")
	int check(@Param("id") String id, @Param("step") int step, @Param("opinion") String opinion,
			@Param("at") LocalDateTime at, @Param("by") String by);

	@Update("""
			UPDATE zc_post_filing SET status = #{status}, decision_opinion = #{opinion}, decided_at = #{at},
			       decided_by = #{by}, approved_on = #{approvedOn}
			WHERE id = #{id} AND step = #{step} AND status IN ('SUBMITTED', 'CHECKED')""")
	int decide(@Param("id") String id, @Param("step") int step, @Param("status") PostFilingStatus status,
			@Param("opinion") String opinion, @Param("at") LocalDateTime at, @Param("by") String by,
			@Param("approvedOn") LocalDate approvedOn);

}
