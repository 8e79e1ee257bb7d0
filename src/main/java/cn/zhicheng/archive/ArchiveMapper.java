package cn.zhicheng.archive;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Archives, their items and work reports. */
@Mapper
interface ArchiveMapper {

	String COLUMNS = "id AS id, cycle_id AS cycle_id, status AS status, assembled_at AS assembled_at, assembled_by AS assembled_by, acknowledged_at AS acknowledged_at, acknowledged_by AS acknowledged_by, acknowledgement AS acknowledgement";

	@Insert("""
			INSERT INTO zc_archive (id, cycle_id, status, work_report, assembled_at, assembled_by)
			VALUES (#{id}, #{cycleId}, 'OPEN', #{report}, #{at}, #{by})""")
	void insert(@Param("id") String id, @Param("cycleId") String cycleId, @Param("report") byte[] report,
			@Param("at") LocalDateTime at, @Param("by") String by);

	@Insert("""
			INSERT INTO zc_archive_item (archive_id, item_no, kind, title, reference_id, summary)
			VALUES (#{i.archiveId}, #{i.itemNo}, #{i.kind}, #{i.title}, #{i.referenceId}, #{i.summary})""")
	void insertItem(@Param("i") ArchiveItem item);

	@Delete("DELETE FROM zc_archive_item WHERE archive_id = #{archiveId}")
	void deleteItems(String archiveId);

	@Delete("DELETE FROM zc_archive WHERE id = #{id} AND status = 'OPEN'")
	int deleteOpen(String id);

	@Select("SELECT " + COLUMNS + " FROM zc_archive WHERE cycle_id = #{cycleId}")
	Archive findByCycle(String cycleId);

	@Select("SELECT " + COLUMNS + " FROM zc_archive WHERE id = #{id}")
	Archive find(String id);

	@Select("""
			SELECT archive_id AS archive_id, item_no AS item_no, kind AS kind, title AS title,
			       reference_id AS reference_id, summary AS summary
			FROM zc_archive_item WHERE archive_id = #{archiveId} ORDER BY item_no""")
	List<ArchiveItem> items(String archiveId);

	@Select("SELECT work_report AS work_report FROM zc_archive WHERE cycle_id = #{cycleId}")
	StoredReport workReport(String cycleId);

	/** The bytes of a work report (a record: MyBatis would read a bare byte[] as a list of rows). */
	record StoredReport(byte[] workReport) {
	}

	@Update("""
			UPDATE zc_archive SET status = 'CLOSED', acknowledged_at = #{at}, acknowledged_by = #{by},
			       acknowledgement = #{opinion}
			WHERE id = #{id} AND status = 'OPEN'""")
	int close(@Param("id") String id, @Param("opinion") String opinion, @Param("at") LocalDateTime at,
			@Param("by") String by);

}
