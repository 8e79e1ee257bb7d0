package cn.zhicheng.materials;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** zc_import: who imported which file, when, and how many rows (only imports that went through). */
@Mapper
interface ImportLogMapper {

	@Insert("""
			INSERT INTO zc_import (id, kind, file_name, sha256, row_count, created_at, created_by)
			VALUES (#{id}, #{kind}, #{fileName}, #{sha256}, #{rows}, CURRENT_TIMESTAMP, #{by})""")
	void insert(@Param("id") String id, @Param("kind") String kind, @Param("fileName") String fileName,
			@Param("sha256") String sha256, @Param("rows") int rows, @Param("by") String by);

}
