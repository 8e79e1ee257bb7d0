package cn.zhicheng.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.zhicheng.qualification.Track;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Meetings, their experts, applicants, reviews, settings and minutes. The ballot is in {@link BallotMapper}. */
@Mapper
interface MeetingMapper {

	// settings

	@Select("""
			SELECT reviewers_per_applicant, scoring, pass_rate_cap_general, pass_rate_cap_directed, alternates_step_in,
			       ballot_minutes
			FROM zc_meeting_settings WHERE committee_code = #{committeeCode}""")
	MeetingSettings findSettings(String committeeCode);

	@Update("""
			UPDATE zc_meeting_settings SET reviewers_per_applicant = #{s.reviewersPerApplicant}, scoring = #{s.scoring},
			       pass_rate_cap_general = #{s.passRateCapGeneral}, pass_rate_cap_directed = #{s.passRateCapDirected},
			       alternates_step_in = #{s.alternatesStepIn}, ballot_minutes = #{s.ballotMinutes},
			       updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE committee_code = #{committeeCode}""")
	int updateSettings(@Param("committeeCode") String committeeCode, @Param("s") MeetingSettings settings,
			@Param("by") String by);

	@Insert("""
			INSERT INTO zc_meeting_settings (committee_code, reviewers_per_applicant, scoring, pass_rate_cap_general,
			       pass_rate_cap_directed, alternates_step_in, ballot_minutes, updated_at, updated_by)
			VALUES (#{committeeCode}, #{s.reviewersPerApplicant}, #{s.scoring}, #{s.passRateCapGeneral},
			       #{s.passRateCapDirected}, #{s.alternatesStepIn}, #{s.ballotMinutes}, CURRENT_TIMESTAMP, #{by})""")
	void insertSettings(@Param("committeeCode") String committeeCode, @Param("s") MeetingSettings settings,
			@Param("by") String by);

	// meetings

	String MEETING_COLUMNS = """
			id, cycle_id, committee_code, review_year, draw_id, process_instance_id, office_group_id,
			supervision_group_id, status, committee_size, reviewers_per_applicant, scoring, pass_rate_cap_general,
			pass_rate_cap_directed, alternates_step_in, ballot_minutes, meeting_date, opened_at, chair_id,
			supervisor_name, briefing_confirmed, opening_problem, reschedule_count, reschedule_note, ballot_round,
			chair_signed_at, chair_signed_by, chair_opinion, supervisor_signed_at, supervisor_signed_by,
			supervisor_opinion""";

	@Select("SELECT " + MEETING_COLUMNS + " FROM zc_meeting WHERE id = #{id}")
	Meeting find(String id);

	@Insert("""
			INSERT INTO zc_meeting (id, cycle_id, committee_code, review_year, draw_id, process_instance_id,
			       office_group_id, supervision_group_id, status, committee_size, reviewers_per_applicant, scoring,
			       pass_rate_cap_general, pass_rate_cap_directed, alternates_step_in, ballot_minutes,
			       briefing_confirmed, reschedule_count, ballot_round, created_at, created_by, updated_at, updated_by)
			VALUES (#{m.id}, #{m.cycleId}, #{m.committeeCode}, #{m.reviewYear}, #{m.drawId}, #{m.processInstanceId},
			       #{m.officeGroupId}, #{m.supervisionGroupId}, #{m.status}, #{m.committeeSize},
			       #{m.reviewersPerApplicant}, #{m.scoring}, #{m.passRateCapGeneral}, #{m.passRateCapDirected},
			       #{m.alternatesStepIn}, #{m.ballotMinutes}, FALSE, 0, 0, CURRENT_TIMESTAMP, #{by}, CURRENT_TIMESTAMP, #{by})""")
	void insert(@Param("m") Meeting meeting, @Param("by") String by);

	@Update("UPDATE zc_meeting SET status = #{status}, updated_at = CURRENT_TIMESTAMP, updated_by = #{by} WHERE id = #{id}")
	int updateStatus(@Param("id") String id, @Param("status") MeetingStatus status, @Param("by") String by);

	@Update("""
			UPDATE zc_meeting SET status = #{status}, meeting_date = #{date}, opened_at = #{openedAt}, chair_id = #{chairId},
			       supervisor_name = #{supervisorName}, briefing_confirmed = #{briefing}, opening_problem = #{problem},
			       updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE id = #{id}""")
	int updateOpening(@Param("id") String id, @Param("status") MeetingStatus status, @Param("date") LocalDate date,
			@Param("openedAt") LocalDateTime openedAt, @Param("chairId") String chairId,
			@Param("supervisorName") String supervisorName, @Param("briefing") boolean briefing,
			@Param("problem") String problem, @Param("by") String by);

	@Update("""
			UPDATE zc_meeting SET status = 'RESCHEDULED', meeting_date = #{date}, reschedule_count = reschedule_count + 1,
			       reschedule_note = #{note}, updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE id = #{id}""")
	int updateReschedule(@Param("id") String id, @Param("date") LocalDate date, @Param("note") String note,
			@Param("by") String by);

	@Update("UPDATE zc_meeting SET ballot_round = #{round}, status = 'BALLOTING', updated_at = CURRENT_TIMESTAMP, updated_by = 'system' WHERE id = #{id}")
	int updateBallotRound(@Param("id") String id, @Param("round") int round);

	@Update("""
			UPDATE zc_meeting SET chair_signed_at = #{at}, chair_signed_by = #{by}, chair_opinion = #{opinion},
			       updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE id = #{id}""")
	int updateChairSignature(@Param("id") String id, @Param("at") LocalDateTime at, @Param("by") String by,
			@Param("opinion") String opinion);

	@Update("""
			UPDATE zc_meeting SET supervisor_signed_at = #{at}, supervisor_signed_by = #{by}, supervisor_opinion = #{opinion},
			       updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE id = #{id}""")
	int updateSupervisorSignature(@Param("id") String id, @Param("at") LocalDateTime at, @Param("by") String by,
			@Param("opinion") String opinion);

	// experts

	@Insert("""
			INSERT INTO zc_meeting_expert (meeting_id, expert_id, role, draw_order, present, attending)
			VALUES (#{meetingId}, #{expertId}, #{role}, #{drawOrder}, FALSE, FALSE)""")
	void insertExpert(@Param("meetingId") String meetingId, @Param("expertId") String expertId,
			@Param("role") String role, @Param("drawOrder") int drawOrder);

	@Update("UPDATE zc_meeting_expert SET present = #{present}, attending = #{attending} WHERE meeting_id = #{meetingId} AND expert_id = #{expertId}")
	int updateAttendance(@Param("meetingId") String meetingId, @Param("expertId") String expertId,
			@Param("present") boolean present, @Param("attending") boolean attending);

	@Select("""
			SELECT me.expert_id AS expert_id, me.role AS role, me.draw_order AS draw_order, me.present AS present,
			       me.attending AS attending, p.name AS name, e.employer_code AS employer_code, o.name AS employer_name,
			       e.series AS series, e.specialty AS specialty
			FROM zc_meeting_expert me
			JOIN zc_person p ON p.user_id = me.expert_id
			JOIN zc_expert e ON e.user_id = me.expert_id
			JOIN zc_organisation o ON o.credit_code = e.employer_code
			WHERE me.meeting_id = #{meetingId}
			ORDER BY CASE WHEN me.role = 'MEMBER' THEN 0 ELSE 1 END, me.draw_order""")
	List<MeetingExpert> findExperts(String meetingId);

	// applicants

	record Qualified(String id, Track track) {
	}

	@Select("""
			SELECT id, track FROM zc_application
			WHERE committee_code = #{committeeCode} AND review_year = #{reviewYear} AND status = 'QUALIFIED'
			ORDER BY created_at, id""")
	List<Qualified> findQualified(@Param("committeeCode") String committeeCode, @Param("reviewYear") int reviewYear);

	@Insert("""
			INSERT INTO zc_meeting_applicant (meeting_id, application_id, review_group, vetoed, result, published)
			VALUES (#{meetingId}, #{applicationId}, #{group}, FALSE, 'PENDING', FALSE)""")
	void insertApplicant(@Param("meetingId") String meetingId, @Param("applicationId") String applicationId,
			@Param("group") ReviewGroup group);

	String APPLICANT_SELECT = """
			SELECT ma.application_id AS application_id, ma.review_group AS review_group, ma.vetoed AS vetoed,
			       ma.veto_kind AS veto_kind, ma.veto_finding AS veto_finding, ma.result AS result, ma.verdict AS verdict,
			       ma.published AS published, a.name AS name, a.id_number AS id_number,
			       a.unit_credit_code AS unit_credit_code, o.name AS unit_name, a.unit_level AS unit_level,
			       a.years_at_base_level AS years_at_base_level, a.target_series AS target_series,
			       a.target_specialty AS target_specialty, a.target_level AS target_level,
			       a.process_instance_id AS process_instance_id
			FROM zc_meeting_applicant ma
			JOIN zc_application a ON a.id = ma.application_id
			JOIN zc_organisation o ON o.credit_code = a.unit_credit_code
			""";

	@Select(APPLICANT_SELECT + " WHERE ma.meeting_id = #{meetingId} ORDER BY ma.review_group DESC, a.created_at, a.id")
	List<MeetingApplicant> findApplicants(String meetingId);

	@Select(APPLICANT_SELECT + " WHERE ma.meeting_id = #{meetingId} AND ma.application_id = #{applicationId}")
	MeetingApplicant findApplicant(@Param("meetingId") String meetingId, @Param("applicationId") String applicationId);

	@Update("""
			UPDATE zc_meeting_applicant SET vetoed = #{vetoed}, veto_kind = #{kind}, veto_finding = #{finding},
			       veto_recorded_by = #{by}, veto_recorded_at = #{at}
			WHERE meeting_id = #{meetingId} AND application_id = #{applicationId}""")
	int updateVeto(@Param("meetingId") String meetingId, @Param("applicationId") String applicationId,
			@Param("vetoed") boolean vetoed, @Param("kind") String kind, @Param("finding") String finding,
			@Param("by") String by, @Param("at") LocalDateTime at);

	/** One result and verdict for many applicants in one statement (issue 11: meetings of 500). */
	@Update("""
			<script>
			UPDATE zc_meeting_applicant SET result = #{result}, verdict = #{verdict}
			WHERE meeting_id = #{meetingId}
			  AND application_id IN <foreach collection="applicationIds" item="id" open="(" separator="," close=")">#{id}</foreach>
			</script>""")
	int updateResults(@Param("meetingId") String meetingId, @Param("result") String result,
			@Param("verdict") Verdict verdict, @Param("applicationIds") List<String> applicationIds);

	@Update("UPDATE zc_meeting_applicant SET published = TRUE WHERE meeting_id = #{meetingId} AND application_id = #{applicationId}")
	int updatePublished(@Param("meetingId") String meetingId, @Param("applicationId") String applicationId);

	// reviews

	@Insert("""
			INSERT INTO zc_meeting_review (id, meeting_id, application_id, expert_id)
			VALUES (#{id}, #{meetingId}, #{applicationId}, #{expertId})""")
	void insertReview(@Param("id") String id, @Param("meetingId") String meetingId,
			@Param("applicationId") String applicationId, @Param("expertId") String expertId);

	String REVIEW_SELECT = """
			SELECT r.id AS id, r.meeting_id AS meeting_id, r.application_id AS application_id, r.expert_id AS expert_id,
			       p.name AS expert_name, r.opinion AS opinion, r.score AS score, r.base_level_bonus AS base_level_bonus,
			       r.submitted_at AS submitted_at
			FROM zc_meeting_review r JOIN zc_person p ON p.user_id = r.expert_id
			""";

	@Select(REVIEW_SELECT + " WHERE r.id = #{id}")
	MeetingReview findReview(String id);

	@Select(REVIEW_SELECT + " WHERE r.meeting_id = #{meetingId} ORDER BY r.application_id, r.expert_id")
	List<MeetingReview> findReviews(String meetingId);

	@Select("SELECT COUNT(*) FROM zc_meeting_review WHERE meeting_id = #{meetingId} AND application_id = #{applicationId} AND expert_id = #{expertId}")
	int countReviews(@Param("meetingId") String meetingId, @Param("applicationId") String applicationId,
			@Param("expertId") String expertId);

	@Update("""
			UPDATE zc_meeting_review SET opinion = #{opinion}, score = #{score}, base_level_bonus = #{bonus},
			       submitted_at = #{at}
			WHERE id = #{id}""")
	int updateReview(@Param("id") String id, @Param("opinion") String opinion, @Param("score") Integer score,
			@Param("bonus") Integer bonus, @Param("at") LocalDateTime at);

	// minutes

	@Select("SELECT content FROM zc_meeting_minutes WHERE meeting_id = #{meetingId}")
	String findMinutes(String meetingId);

	@Update("UPDATE zc_meeting_minutes SET status = #{status}, content = #{content}, generated_at = #{at} WHERE meeting_id = #{meetingId}")
	int updateMinutes(@Param("meetingId") String meetingId, @Param("status") String status,
			@Param("content") String content, @Param("at") LocalDateTime at);

	@Insert("INSERT INTO zc_meeting_minutes (meeting_id, status, content, generated_at) VALUES (#{meetingId}, #{status}, #{content}, #{at})")
	void insertMinutes(@Param("meetingId") String meetingId, @Param("status") String status,
			@Param("content") String content, @Param("at") LocalDateTime at);

}
