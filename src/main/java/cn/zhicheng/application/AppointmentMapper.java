package cn.zhicheng.application;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Appointments after the certificate (C3). */
@Mapper
interface AppointmentMapper {

	@Select("""
			SELECT application_id AS application_id, certificate_number AS certificate_number,
			       qualification_document_number AS qualification_document_number,
			       qualification_document_date AS qualification_document_date, due_on AS due_on,
			       deadline_rule AS deadline_rule, appointed_post AS appointed_post, appointed_on AS appointed_on,
			       pay_starts_on AS pay_starts_on, note AS note, recorded_at AS recorded_at, recorded_by AS recorded_by
			FROM zc_appointment WHERE application_id = #{applicationId}""")
	Appointment find(String applicationId);

	@Delete("DELETE FROM zc_appointment WHERE application_id = #{applicationId} AND recorded_at IS NULL")
	int deleteUnrecorded(String applicationId);

	@Insert("""
			INSERT INTO zc_appointment (application_id, certificate_number, qualification_document_number,
			       qualification_document_date, due_on, deadline_rule, created_at)
			VALUES (#{applicationId}, #{certificateNumber}, #{documentNumber}, #{documentDate}, #{dueOn}, #{rule},
			       CURRENT_TIMESTAMP)""")
	void insert(@Param("applicationId") String applicationId, @Param("certificateNumber") String certificateNumber,
			@Param("documentNumber") String documentNumber, @Param("documentDate") LocalDate documentDate,
			@Param("dueOn") LocalDate dueOn, @Param("rule") String rule);

	@Update("""
			UPDATE zc_appointment SET appointed_post = #{post}, appointed_on = #{appointedOn}, pay_starts_on = #{payStartsOn},
			       note = #{note}, recorded_at = #{at}, recorded_by = #{by}
			WHERE application_id = #{applicationId} AND recorded_at IS NULL""")
	int record(@Param("applicationId") String applicationId, @Param("post") String post,
			@Param("appointedOn") LocalDate appointedOn, @Param("payStartsOn") LocalDate payStartsOn,
			@Param("note") String note, @Param("at") LocalDateTime at, @Param("by") String by);

}
