package cn.zhicheng.materials;

import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface AttachmentMapper {

	String COLUMNS = "id, application_id, kind, file_name, content_type, size_bytes, sha256, created_at, created_by";

	@Insert("""
			INSERT INTO zc_attachment (id, application_id, kind, file_name, content_type, size_bytes, sha256, content,
			                           created_at, created_by)
			VALUES (#{a.id}, #{a.applicationId}, #{a.kind}, #{a.fileName}, #{a.contentType}, #{a.sizeBytes}, #{a.sha256},
			        #{content}, CURRENT_TIMESTAMP, #{a.createdBy})""")
	void insert(@Param("a") Attachment attachment, @Param("content") byte[] content);

	@Select("SELECT " + COLUMNS + " FROM zc_attachment WHERE application_id = #{applicationId} AND deleted_at IS NULL ORDER BY created_at, id")
	List<Attachment> findByApplication(String applicationId);

	@Select("SELECT " + COLUMNS + " FROM zc_attachment WHERE id = #{id} AND deleted_at IS NULL")
	Attachment find(String id);

	@Select("SELECT content FROM zc_attachment WHERE id = #{id} AND deleted_at IS NULL")
	StoredContent findContent(String id);

	@Select("SELECT COUNT(*) FROM zc_attachment WHERE application_id = #{applicationId} AND deleted_at IS NULL")
	int count(String applicationId);

	@Select("SELECT COALESCE(SUM(size_bytes), 0) FROM zc_attachment WHERE application_id = #{applicationId} AND deleted_at IS NULL")
	long totalSize(String applicationId);

	/** The bytes of one attachment (a record: MyBatis would read a bare byte[] as a list of rows). */
	record StoredContent(byte[] content) {
	}

	@Update("UPDATE zc_attachment SET deleted_at = CURRENT_TIMESTAMP, deleted_by = #{by} WHERE id = #{id} AND deleted_at IS NULL")
	int markDeleted(@Param("id") String id, @Param("by") String by);

}
