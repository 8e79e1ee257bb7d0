package cn.zhicheng.application;

import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface ApplicationMapper {

	String COLUMNS = "id AS id, review_year AS review_year, committee_code AS committee_code, track AS track, status AS status, process_instance_id AS process_instance_id, name AS name, id_number AS id_number, sex AS sex, birth_date AS birth_date, ethnicity AS ethnicity, phone AS phone, unit_credit_code AS unit_credit_code, unit_level AS unit_level, region_code AS region_code, employment_kind AS employment_kind, education AS education, graduation_date AS graduation_date, graduation_school AS graduation_school, major AS major, work_start_date AS work_start_date, current_title_level AS current_title_level, current_title_series AS current_title_series, current_title_date AS current_title_date, current_title_same_level_since AS current_title_same_level_since, current_title_directed AS current_title_directed, current_title_by_certificate AS current_title_by_certificate, target_series AS target_series, target_specialty AS target_specialty, target_level AS target_level, years_at_base_level AS years_at_base_level, years_in_directed_area AS years_in_directed_area, rural_service_years AS rural_service_years, township_years_after_intermediate AS township_years_after_intermediate, punishment_kind AS punishment_kind, punishment_until AS punishment_until, unit_entrustment_letter AS unit_entrustment_letter, county_entrustment_letter AS county_entrustment_letter, unit_stationed AS unit_stationed, unit_combines_review_and_appointment AS unit_combines_review_and_appointment, special_talent AS special_talent, post_exempt AS post_exempt, exceptional_application AS exceptional_application, poverty_alleviation_years AS poverty_alleviation_years, poverty_alleviation_competent AS poverty_alleviation_competent, enterprise_postdoc_funded AS enterprise_postdoc_funded, township_graduate_first_application AS township_graduate_first_application, series_change_from AS series_change_from, series_change_assessment_passed AS series_change_assessment_passed, continuing_education_completed AS continuing_education_completed, pledge_signed AS pledge_signed, work_summary AS work_summary, study_history AS study_history_json, work_history AS work_history_json, achievements AS achievements_json, continuing_education AS continuing_education_json, annual_assessments AS annual_assessments_json";

	@Select("SELECT " + COLUMNS + " FROM zc_application WHERE id = #{id}")
	Application find(String id);

	@Select("SELECT " + COLUMNS + " FROM zc_application WHERE id_number = #{idNumber} AND review_year = #{reviewYear} ORDER BY created_at")
	List<Application> findByPerson(@Param("idNumber") String idNumber, @Param("reviewYear") int reviewYear);

	@Insert("INSERT INTO zc_application (id, review_year, committee_code, track, status, process_instance_id, name, id_number, sex, birth_date, ethnicity, phone, unit_credit_code, unit_level, region_code, employment_kind, education, graduation_date, graduation_school, major, work_start_date, current_title_level, current_title_series, current_title_date, current_title_same_level_since, current_title_directed, current_title_by_certificate, target_series, target_specialty, target_level, years_at_base_level, years_in_directed_area, rural_service_years, township_years_after_intermediate, punishment_kind, punishment_until, unit_entrustment_letter, county_entrustment_letter, unit_stationed, unit_combines_review_and_appointment, special_talent, post_exempt, exceptional_application, poverty_alleviation_years, poverty_alleviation_competent, enterprise_postdoc_funded, township_graduate_first_application, series_change_from, series_change_assessment_passed, continuing_education_completed, pledge_signed, work_summary, study_history, work_history, achievements, continuing_education, annual_assessments, created_at, created_by, updated_at, updated_by) "
			+ "VALUES (#{a.id}, #{a.reviewYear}, #{a.committeeCode}, #{a.track}, #{a.status}, #{a.processInstanceId}, #{a.name}, #{a.idNumber}, #{a.sex}, #{a.birthDate}, #{a.ethnicity}, #{a.phone}, #{a.unitCreditCode}, #{a.unitLevel}, #{a.regionCode}, #{a.employmentKind}, #{a.education}, #{a.graduationDate}, #{a.graduationSchool}, #{a.major}, #{a.workStartDate}, #{a.currentTitleLevel}, #{a.currentTitleSeries}, #{a.currentTitleDate}, #{a.currentTitleSameLevelSince}, #{a.currentTitleDirected}, #{a.currentTitleByCertificate}, #{a.targetSeries}, #{a.targetSpecialty}, #{a.targetLevel}, #{a.yearsAtBaseLevel}, #{a.yearsInDirectedArea}, #{a.ruralServiceYears}, #{a.townshipYearsAfterIntermediate}, #{a.punishmentKind}, #{a.punishmentUntil}, #{a.unitEntrustmentLetter}, #{a.countyEntrustmentLetter}, #{a.unitStationed}, #{a.unitCombinesReviewAndAppointment}, #{a.specialTalent}, #{a.postExempt}, #{a.exceptionalApplication}, #{a.povertyAlleviationYears}, #{a.povertyAlleviationCompetent}, #{a.enterprisePostdocFunded}, #{a.townshipGraduateFirstApplication}, #{a.seriesChangeFrom}, #{a.seriesChangeAssessmentPassed}, #{a.continuingEducationCompleted}, #{a.pledgeSigned}, #{a.workSummary}, #{a.studyHistoryJson}, #{a.workHistoryJson}, #{a.achievementsJson}, #{a.continuingEducationJson}, #{a.annualAssessmentsJson}, CURRENT_TIMESTAMP, #{by}, CURRENT_TIMESTAMP, #{by})")
	void insert(@Param("a") Application application, @Param("by") String by);

	@Update("UPDATE zc_application SET status = #{status}, updated_at = CURRENT_TIMESTAMP, updated_by = #{by} WHERE id = #{id}")
	int updateStatus(@Param("id") String id, @Param("status") ApplicationStatus status, @Param("by") String by);

	@Select("SELECT process_instance_id FROM zc_application WHERE id = #{id}")
	String findProcessInstanceId(String id);

	@Update("UPDATE zc_application SET process_instance_id = #{processInstanceId} WHERE id = #{id}")
	int updateProcessInstance(@Param("id") String id, @Param("processInstanceId") String processInstanceId);

	@Update("""
			UPDATE zc_application SET ballot_method = #{b.method}, ballot_voter_scope = #{b.voterScope},
			       ballot_attendees = #{b.attendees}, ballot_yes = #{b.yes}, updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE id = #{id}""")
	int updateBallot(@Param("id") String id, @Param("b") UnitBallot ballot, @Param("by") String by);

	@Update("UPDATE zc_application SET unit_opinion = #{opinion}, updated_at = CURRENT_TIMESTAMP, updated_by = #{by} WHERE id = #{id}")
	int updateUnitOpinion(@Param("id") String id, @Param("opinion") String opinion, @Param("by") String by);

	@Update("UPDATE zc_application SET competent_dept_opinion = #{opinion}, updated_at = CURRENT_TIMESTAMP, updated_by = #{by} WHERE id = #{id}")
	int updateCompetentDeptOpinion(@Param("id") String id, @Param("opinion") String opinion, @Param("by") String by);

	@Update("UPDATE zc_application SET qualification_result = #{result}, updated_at = CURRENT_TIMESTAMP, updated_by = #{by} WHERE id = #{id}")
	int updateQualificationResult(@Param("id") String id, @Param("result") String resultJson, @Param("by") String by);

	@Select("SELECT qualification_result FROM zc_application WHERE id = #{id}")
	String findQualificationResult(String id);

	@Select("SELECT COUNT(*) FROM zc_application")
	long count();

}
