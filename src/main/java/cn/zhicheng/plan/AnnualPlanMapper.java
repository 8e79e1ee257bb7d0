package cn.zhicheng.plan;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Annual plans, their rows, and the directed posts per unit fixed by a plan duty (DY7). */
@Mapper
interface AnnualPlanMapper {

	String PLAN_COLUMNS = "id, plan_year, version, owner_group_id, title, status, source, process_instance_id, decision_opinion, decided_by, decided_at, created_at, created_by";

	String ITEM_COLUMNS = "id, plan_id, row_no, kind, committee_code, name, series, title_level, organiser, responsible_group_id, region, track, deadline, due_on, notes, cycle_id, cycle_note, done_on, done_by, outcome, escalated_on";

	@Insert("""
			INSERT INTO zc_plan (id, plan_year, version, owner_group_id, title, status, source, created_at, created_by)
			VALUES (#{id}, #{year}, #{version}, #{owner}, #{title}, #{status}, #{source}, CURRENT_TIMESTAMP, #{by})""")
	void insertPlan(@Param("id") String id, @Param("year") int year, @Param("version") int version,
			@Param("owner") String ownerGroupId, @Param("title") String title, @Param("status") PlanStatus status,
			@Param("source") String source, @Param("by") String by);

	@Insert("""
			INSERT INTO zc_plan_item (id, plan_id, row_no, kind, committee_code, name, series, title_level, organiser,
			       responsible_group_id, region, track, deadline, due_on, notes)
			VALUES (#{i.id}, #{i.planId}, #{i.rowNo}, #{i.kind}, #{i.committeeCode}, #{i.name}, #{i.series}, #{i.titleLevel},
			       #{i.organiser}, #{i.responsibleGroupId}, #{i.region}, #{i.track}, #{i.deadline}, #{i.dueOn}, #{i.notes})""")
	void insertItem(@Param("i") PlanItem item);

	@Select("SELECT " + PLAN_COLUMNS + " FROM zc_plan WHERE id = #{id}")
	AnnualPlan find(String id);

	@Select("SELECT COALESCE(MAX(version), 0) FROM zc_plan WHERE plan_year = #{year} AND owner_group_id = #{owner}")
	int maxVersion(@Param("year") int year, @Param("owner") String ownerGroupId);

	@Select("SELECT " + PLAN_COLUMNS + " FROM zc_plan WHERE plan_year = #{year} ORDER BY owner_group_id, version DESC")
	List<AnnualPlan> findByYear(int year);

	@Select("SELECT " + PLAN_COLUMNS + " FROM zc_plan WHERE plan_year = #{year} AND owner_group_id = #{owner} ORDER BY version DESC")
	List<AnnualPlan> findVersions(@Param("year") int year, @Param("owner") String ownerGroupId);

	@Update("UPDATE zc_plan SET process_instance_id = #{pi} WHERE id = #{id}")
	void updateProcessInstance(@Param("id") String id, @Param("pi") String processInstanceId);

	@Update("""
			UPDATE zc_plan SET status = #{status}, decision_opinion = #{opinion}, decided_by = #{by},
			       decided_at = CURRENT_TIMESTAMP WHERE id = #{id} AND status = 'AWAITING_APPROVAL'""")
	int decide(@Param("id") String id, @Param("status") PlanStatus status, @Param("opinion") String opinion,
			@Param("by") String by);

	@Update("UPDATE zc_plan SET status = 'SUPERSEDED' WHERE id = #{id}")
	void supersede(String id);

	@Select("SELECT " + ITEM_COLUMNS + " FROM zc_plan_item WHERE plan_id = #{planId} ORDER BY row_no")
	List<PlanItem> items(String planId);

	@Select("SELECT " + ITEM_COLUMNS + " FROM zc_plan_item WHERE id = #{id}")
	PlanItem item(String id);

	@Update("UPDATE zc_plan_item SET cycle_id = #{cycleId}, cycle_note = #{note} WHERE id = #{id}")
	void linkCycle(@Param("id") String id, @Param("cycleId") String cycleId, @Param("note") String note);

	@Update("""
			UPDATE zc_plan_item SET done_on = #{day}, done_by = #{by}, outcome = #{outcome}
			WHERE id = #{id} AND done_on IS NULL""")
	int markDone(@Param("id") String id, @Param("day") LocalDate day, @Param("by") String by,
			@Param("outcome") String outcome);

	@Update("UPDATE zc_plan_item SET escalated_on = #{day} WHERE id = #{id} AND escalated_on IS NULL")
	int markEscalated(@Param("id") String id, @Param("day") LocalDate day);

	// DY7: directed posts per unit and year (zc_unit_posts, read by the directed quota rule)

	@Select("SELECT COUNT(*) FROM zc_unit_posts WHERE unit_credit_code = #{unit} AND review_year = #{year} AND title_level = #{level}")
	int countPosts(@Param("unit") String unit, @Param("year") int year, @Param("level") String level);

	@Insert("""
			INSERT INTO zc_unit_posts (unit_credit_code, review_year, title_level, vacant_posts, intermediate_staff,
			       directed_posts_used, updated_at, updated_by)
			VALUES (#{unit}, #{year}, #{level}, #{vacant}, #{staff}, 0, CURRENT_TIMESTAMP, #{by})""")
	void insertPosts(@Param("unit") String unit, @Param("year") int year, @Param("level") String level,
			@Param("vacant") int vacant, @Param("staff") int intermediateStaff, @Param("by") String by);

	@Update("""
			UPDATE zc_unit_posts SET vacant_posts = #{vacant}, intermediate_staff = #{staff},
			       updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE unit_credit_code = #{unit} AND review_year = #{year} AND title_level = #{level}""")
	void updatePosts(@Param("unit") String unit, @Param("year") int year, @Param("level") String level,
			@Param("vacant") int vacant, @Param("staff") int intermediateStaff, @Param("by") String by);

}
