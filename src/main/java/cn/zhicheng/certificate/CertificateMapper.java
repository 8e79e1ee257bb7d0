package cn.zhicheng.certificate;

import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Qualification documents, certificates and the number counters (V8__certificates.sql). */
@Mapper
interface CertificateMapper {

	String DOCUMENT_COLUMNS = "id AS id, cycle_id AS cycle_id, committee_code AS committee_code, review_year AS review_year, issuer_code AS issuer_code, document_year AS document_year, document_sequence AS document_sequence, document_number AS document_number, title AS title, document_date AS document_date, names_checked_at AS names_checked_at, names_checked_by AS names_checked_by, names_check_note AS names_check_note, created_at AS created_at, created_by AS created_by";

	String CERTIFICATE_COLUMNS = "id AS id, certificate_number AS certificate_number, application_id AS application_id, document_id AS document_id, cycle_id AS cycle_id, holder_name AS holder_name, unit_credit_code AS unit_credit_code, unit_name AS unit_name, series AS series, specialty AS specialty, title_level AS title_level, committee_name AS committee_name, track AS track, valid_region AS valid_region, issued_on AS issued_on, status AS status, revoked_at AS revoked_at, revoked_by AS revoked_by, revocation_reason AS revocation_reason";

	// counters

	@Select("SELECT COUNT(*) FROM zc_number_sequence WHERE scope = #{scope}")
	int countSequence(String scope);

	@Insert("INSERT INTO zc_number_sequence (scope, last_value, updated_at) VALUES (#{scope}, 0, CURRENT_TIMESTAMP)")
	void insertSequence(String scope);

	/** Takes the next value: the row stays locked until the transaction ends, so numbers never repeat. */
	@Update("UPDATE zc_number_sequence SET last_value = last_value + 1, updated_at = CURRENT_TIMESTAMP WHERE scope = #{scope}")
	int incrementSequence(String scope);

	@Select("SELECT last_value FROM zc_number_sequence WHERE scope = #{scope}")
	int sequenceValue(String scope);

	// the passed applications of a cycle (C2)

	@Select("""
			SELECT a.id AS application_id, a.name AS name, a.track AS track, a.region_code AS region_code,
			       a.unit_credit_code AS unit_credit_code, o.name AS unit_name, a.target_series AS target_series,
			       a.target_specialty AS target_specialty, a.target_level AS target_level
			FROM zc_application a JOIN zc_organisation o ON o.credit_code = a.unit_credit_code
			WHERE a.committee_code = #{committeeCode} AND a.review_year = #{reviewYear} AND a.status = 'PASSED'
			ORDER BY a.created_at, a.id""")
	List<PassedApplicant> findPassed(@Param("committeeCode") String committeeCode, @Param("reviewYear") int reviewYear);

	// documents

	@Insert("""
			INSERT INTO zc_qualification_document (id, cycle_id, committee_code, review_year, issuer_code, document_year,
			       document_sequence, document_number, title, document_date, created_at, created_by, updated_at, updated_by)
			VALUES (#{d.id}, #{d.cycleId}, #{d.committeeCode}, #{d.reviewYear}, #{d.issuerCode}, #{d.documentYear},
			       #{d.documentSequence}, #{d.documentNumber}, #{d.title}, #{d.documentDate}, CURRENT_TIMESTAMP, #{by},
			       CURRENT_TIMESTAMP, #{by})""")
	void insertDocument(@Param("d") QualificationDocument document, @Param("by") String by);

	@Select("SELECT " + DOCUMENT_COLUMNS + " FROM zc_qualification_document WHERE cycle_id = #{cycleId}")
	QualificationDocument findDocumentByCycle(String cycleId);

	@Select("SELECT " + DOCUMENT_COLUMNS + " FROM zc_qualification_document WHERE id = #{id}")
	QualificationDocument findDocument(String id);

	@Update("""
			UPDATE zc_qualification_document SET names_checked_at = CURRENT_TIMESTAMP, names_checked_by = #{by},
			       names_check_note = #{note}, updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE id = #{id}""")
	int recordNameCheck(@Param("id") String id, @Param("note") String note, @Param("by") String by);

	// certificates

	@Insert("""
			INSERT INTO zc_certificate (id, certificate_number, application_id, document_id, cycle_id, holder_name,
			       unit_credit_code, unit_name, series, specialty, title_level, committee_name, track, valid_region,
			       issued_on, status, created_at, created_by, updated_at, updated_by)
			VALUES (#{c.id}, #{c.certificateNumber}, #{c.applicationId}, #{c.documentId}, #{c.cycleId}, #{c.holderName},
			       #{c.unitCreditCode}, #{c.unitName}, #{c.series}, #{c.specialty}, #{c.titleLevel}, #{c.committeeName},
			       #{c.track}, #{c.validRegion}, #{c.issuedOn}, #{c.status}, CURRENT_TIMESTAMP, #{by}, CURRENT_TIMESTAMP,
			       #{by})""")
	void insertCertificate(@Param("c") Certificate certificate, @Param("by") String by);

	@Select("SELECT " + CERTIFICATE_COLUMNS + " FROM zc_certificate WHERE certificate_number = #{number}")
	Certificate findByNumber(String number);

	@Select("SELECT " + CERTIFICATE_COLUMNS + " FROM zc_certificate WHERE application_id = #{applicationId}")
	Certificate findByApplication(String applicationId);

	@Select("SELECT " + CERTIFICATE_COLUMNS + " FROM zc_certificate WHERE cycle_id = #{cycleId} ORDER BY certificate_number")
	List<Certificate> findByCycle(String cycleId);

	@Update("""
			UPDATE zc_certificate SET status = 'REVOKED', revoked_at = CURRENT_TIMESTAMP, revoked_by = #{by},
			       revocation_reason = #{reason}, updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE certificate_number = #{number} AND status = 'VALID'""")
	int revoke(@Param("number") String number, @Param("reason") String reason, @Param("by") String by);

	// X1: the integrity record (read by the qualification check, A5/X1)

	@Insert("""
			INSERT INTO zc_integrity_record (id, id_number, name, reason, recorded_on, valid_until, created_at, created_by)
			VALUES (#{id}, #{idNumber}, #{name}, #{reason}, #{recordedOn}, #{validUntil}, CURRENT_TIMESTAMP, #{by})""")
	void insertIntegrityRecord(@Param("id") String id, @Param("idNumber") String idNumber, @Param("name") String name,
			@Param("reason") String reason, @Param("recordedOn") java.time.LocalDate recordedOn,
			@Param("validUntil") java.time.LocalDate validUntil, @Param("by") String by);

}
