package cn.zhicheng.publicity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Results revoked during the result publicity (R2) and the integrity record (X1). */
@Mapper
interface RevocationMapper {

	@Insert("""
			INSERT INTO zc_result_revocation (application_id, publicity_id, complaint_id, fraud, reason,
			       integrity_record_id, revoked_at, revoked_by)
			VALUES (#{r.applicationId}, #{r.publicityId}, #{r.complaintId}, #{r.fraud}, #{r.reason},
			       #{r.integrityRecordId}, #{r.revokedAt}, #{r.revokedBy})""")
	void insert(@Param("r") Revocation revocation);

	@Select("""
			SELECT application_id AS application_id, publicity_id AS publicity_id, complaint_id AS complaint_id,
			       fraud AS fraud, reason AS reason, integrity_record_id AS integrity_record_id,
			       revoked_at AS revoked_at, revoked_by AS revoked_by
			FROM zc_result_revocation WHERE publicity_id = #{publicityId} ORDER BY revoked_at, application_id""")
	List<Revocation> findByPublicity(String publicityId);

	@Insert("""
			INSERT INTO zc_integrity_record (id, id_number, name, reason, recorded_on, valid_until, created_at, created_by)
			VALUES (#{id}, #{idNumber}, #{name}, #{reason}, #{recordedOn}, #{validUntil}, #{at}, #{by})""")
	void insertIntegrityRecord(@Param("id") String id, @Param("idNumber") String idNumber, @Param("name") String name,
			@Param("reason") String reason, @Param("recordedOn") LocalDate recordedOn,
			@Param("validUntil") LocalDate validUntil, @Param("at") LocalDateTime at, @Param("by") String by);

}
