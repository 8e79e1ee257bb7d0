package cn.zhicheng.publicity;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Publicities, their lists and complaints. */
@Mapper
interface PublicityMapper {

	String COLUMNS = "id AS id, subject AS subject, title AS title, cycle_id AS cycle_id, committee_code AS committee_code, review_year AS review_year, owner_group_id AS owner_group_id, status AS status, working_days AS working_days, starts_at AS starts_at, ends_at AS ends_at, closed_at AS closed_at, process_instance_id AS process_instance_id";

	String ENTRY_COLUMNS = "publicity_id AS publicity_id, application_id AS application_id, entry_number AS entry_number, masked_name AS masked_name, masked_id_number AS masked_id_number, unit_name AS unit_name, series AS series, specialty AS specialty, title_level AS title_level, status AS status, removed_reason AS removed_reason, removed_at AS removed_at";

	String COMPLAINT_COLUMNS = "id AS id, publicity_id AS publicity_id, application_id AS application_id, complainant_name AS complainant_name, complainant_phone AS complainant_phone, content AS content, client_key AS client_key, status AS status, outcome_reason AS outcome_reason, received_at AS received_at, decided_at AS decided_at, decided_by AS decided_by";

	// publicities

	@Insert("""
			INSERT INTO zc_publicity (id, subject, title, cycle_id, committee_code, review_year, owner_group_id, status,
			       working_days, created_at, created_by, updated_at, updated_by)
			VALUES (#{p.id}, #{p.subject}, #{p.title}, #{p.cycleId}, #{p.committeeCode}, #{p.reviewYear}, #{p.ownerGroupId},
			       #{p.status}, #{p.workingDays}, CURRENT_TIMESTAMP, #{by}, CURRENT_TIMESTAMP, #{by})""")
	void insert(@Param("p") Publicity publicity, @Param("by") String by);

	@Select("SELECT " + COLUMNS + " FROM zc_publicity WHERE id = #{id}")
	Publicity find(String id);

	/** What the public pages list: publicities that have started, newest first. */
	@Select("SELECT " + COLUMNS + " FROM zc_publicity WHERE status <> 'PREPARED' ORDER BY starts_at DESC, id")
	List<Publicity> findStarted();

	@Update("""
			UPDATE zc_publicity SET status = 'RUNNING', starts_at = #{startsAt}, ends_at = #{endsAt},
			       process_instance_id = #{processInstanceId}, updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE id = #{id} AND status = 'PREPARED'""")
	int start(@Param("id") String id, @Param("startsAt") LocalDateTime startsAt, @Param("endsAt") LocalDateTime endsAt,
			@Param("processInstanceId") String processInstanceId, @Param("by") String by);

	@Update("UPDATE zc_publicity SET status = #{status}, updated_at = CURRENT_TIMESTAMP, updated_by = #{by} WHERE id = #{id}")
	int updateStatus(@Param("id") String id, @Param("status") PublicityStatus status, @Param("by") String by);

	@Update("UPDATE zc_publicity SET status = 'CLOSED', closed_at = #{at}, updated_at = CURRENT_TIMESTAMP, updated_by = #{by} WHERE id = #{id}")
	int close(@Param("id") String id, @Param("at") LocalDateTime at, @Param("by") String by);

	// the list

	@Insert("""
			INSERT INTO zc_publicity_entry (publicity_id, application_id, entry_number, masked_name, masked_id_number,
			       unit_name, series, specialty, title_level, status)
			VALUES (#{e.publicityId}, #{e.applicationId}, #{e.entryNumber}, #{e.maskedName}, #{e.maskedIdNumber},
			       #{e.unitName}, #{e.series}, #{e.specialty}, #{e.titleLevel}, #{e.status})""")
	void insertEntry(@Param("e") PublicityEntry entry);

	@Select("SELECT " + ENTRY_COLUMNS + " FROM zc_publicity_entry WHERE publicity_id = #{publicityId} ORDER BY entry_number")
	List<PublicityEntry> findEntries(String publicityId);

	@Select("SELECT " + ENTRY_COLUMNS + " FROM zc_publicity_entry WHERE publicity_id = #{publicityId} AND entry_number = #{entryNumber}")
	PublicityEntry findEntry(@Param("publicityId") String publicityId, @Param("entryNumber") int entryNumber);

	@Select("SELECT " + ENTRY_COLUMNS + " FROM zc_publicity_entry WHERE publicity_id = #{publicityId} AND application_id = #{applicationId}")
	PublicityEntry findEntryOf(@Param("publicityId") String publicityId, @Param("applicationId") String applicationId);

	@Update("""
			UPDATE zc_publicity_entry SET status = 'REMOVED', removed_reason = #{reason}, removed_at = #{at}
			WHERE publicity_id = #{publicityId} AND application_id = #{applicationId} AND status = 'LISTED'""")
	int removeEntry(@Param("publicityId") String publicityId, @Param("applicationId") String applicationId,
			@Param("reason") String reason, @Param("at") LocalDateTime at);

	// complaints

	@Insert("""
			INSERT INTO zc_complaint (id, publicity_id, application_id, complainant_name, complainant_phone, content,
			       client_key, status, received_at)
			VALUES (#{c.id}, #{c.publicityId}, #{c.applicationId}, #{c.complainantName}, #{c.complainantPhone},
			       #{c.content}, #{c.clientKey}, #{c.status}, #{c.receivedAt})""")
	void insertComplaint(@Param("c") Complaint complaint);

	@Select("SELECT " + COMPLAINT_COLUMNS + " FROM zc_complaint WHERE id = #{id}")
	Complaint findComplaint(String id);

	@Select("SELECT " + COMPLAINT_COLUMNS + " FROM zc_complaint WHERE publicity_id = #{publicityId} ORDER BY received_at, id")
	List<Complaint> findComplaints(String publicityId);

	@Select("SELECT COUNT(*) FROM zc_complaint WHERE publicity_id = #{publicityId} AND status = 'RECEIVED'")
	int countOpenComplaints(String publicityId);

	@Select("SELECT COUNT(*) FROM zc_complaint WHERE publicity_id = #{publicityId} AND client_key = #{clientKey} AND received_at > #{since}")
	int countComplaintsFrom(@Param("publicityId") String publicityId, @Param("clientKey") String clientKey,
			@Param("since") LocalDateTime since);

	@Select("SELECT COUNT(*) FROM zc_complaint WHERE publicity_id = #{publicityId} AND received_at > #{since}")
	int countComplaintsSince(@Param("publicityId") String publicityId, @Param("since") LocalDateTime since);

	@Update("""
			UPDATE zc_complaint SET status = #{status}, outcome_reason = #{reason}, decided_at = #{at}, decided_by = #{by}
			WHERE id = #{id} AND status = 'RECEIVED'""")
	int decideComplaint(@Param("id") String id, @Param("status") ComplaintStatus status,
			@Param("reason") String reason, @Param("at") LocalDateTime at, @Param("by") String by);

}
