package cn.zhicheng.organisation;

import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface OrganisationMapper {

	// regions

	@Select("SELECT code, name, region_level, parent_code FROM zc_region WHERE code = #{code}")
	Region findRegion(String code);

	@Select("SELECT code, name, region_level, parent_code FROM zc_region ORDER BY code")
	List<Region> findRegions();

	@Insert("""
			INSERT INTO zc_region (code, name, region_level, parent_code, created_at, created_by, updated_at, updated_by)
			VALUES (#{r.code}, #{r.name}, #{r.regionLevel}, #{r.parentCode}, CURRENT_TIMESTAMP, #{by}, CURRENT_TIMESTAMP, #{by})""")
	void insertRegion(@Param("r") Region region, @Param("by") String by);

	@Update("""
			UPDATE zc_region SET name = #{r.name}, region_level = #{r.regionLevel}, parent_code = #{r.parentCode},
			       updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE code = #{r.code}""")
	int updateRegion(@Param("r") Region region, @Param("by") String by);

	// organisations

	String ORGANISATION_COLUMNS = "credit_code, name, kind, region_code, parent_credit_code, unit_level, group_id";

	@Select("SELECT " + ORGANISATION_COLUMNS + " FROM zc_organisation WHERE credit_code = #{creditCode}")
	Organisation findOrganisation(String creditCode);

	@Select("SELECT " + ORGANISATION_COLUMNS + " FROM zc_organisation ORDER BY region_code, kind, credit_code")
	List<Organisation> findOrganisations();

	/** The first organisation of the kind registered in exactly this region (by credit code), or null. */
	@Select("SELECT " + ORGANISATION_COLUMNS
			+ " FROM zc_organisation WHERE kind = #{kind} AND region_code = #{regionCode} ORDER BY credit_code LIMIT 1")
	Organisation findFirstOfKindInRegion(@Param("kind") OrganisationKind kind, @Param("regionCode") String regionCode);

	@Insert("""
			INSERT INTO zc_organisation (credit_code, name, kind, region_code, parent_credit_code, unit_level, group_id,
			                             created_at, created_by, updated_at, updated_by)
			VALUES (#{o.creditCode}, #{o.name}, #{o.kind}, #{o.regionCode}, #{o.parentCreditCode}, #{o.unitLevel},
			        #{o.groupId}, CURRENT_TIMESTAMP, #{by}, CURRENT_TIMESTAMP, #{by})""")
	void insertOrganisation(@Param("o") Organisation organisation, @Param("by") String by);

	@Update("""
			UPDATE zc_organisation SET name = #{o.name}, kind = #{o.kind}, region_code = #{o.regionCode},
			       parent_credit_code = #{o.parentCreditCode}, unit_level = #{o.unitLevel},
			       updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE credit_code = #{o.creditCode}""")
	int updateOrganisation(@Param("o") Organisation organisation, @Param("by") String by);

	// committees

	String COMMITTEE_COLUMNS = "code, name, series, title_level, organised_by, region_code, office_credit_code,"
			+ " filing_authority_code, supervision_credit_code, member_count";

	@Select("SELECT " + COMMITTEE_COLUMNS + " FROM zc_committee WHERE code = #{code}")
	Committee findCommittee(String code);

	@Select("SELECT " + COMMITTEE_COLUMNS + " FROM zc_committee ORDER BY code")
	List<Committee> findCommittees();

	@Insert("""
			INSERT INTO zc_committee (code, name, series, title_level, organised_by, region_code, office_credit_code,
			                          filing_authority_code, supervision_credit_code, member_count,
			                          created_at, created_by, updated_at, updated_by)
			VALUES (#{c.code}, #{c.name}, #{c.series}, #{c.titleLevel}, #{c.organisedBy}, #{c.regionCode},
			        #{c.officeCreditCode}, #{c.filingAuthorityCode}, #{c.supervisionCreditCode}, #{c.memberCount},
			        CURRENT_TIMESTAMP, #{by}, CURRENT_TIMESTAMP, #{by})""")
	void insertCommittee(@Param("c") Committee committee, @Param("by") String by);

	@Update("""
			UPDATE zc_committee SET name = #{c.name}, series = #{c.series}, title_level = #{c.titleLevel},
			       organised_by = #{c.organisedBy}, region_code = #{c.regionCode},
			       office_credit_code = #{c.officeCreditCode}, filing_authority_code = #{c.filingAuthorityCode},
			       supervision_credit_code = #{c.supervisionCreditCode}, member_count = #{c.memberCount},
			       updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE code = #{c.code}""")
	int updateCommittee(@Param("c") Committee committee, @Param("by") String by);

	// people and memberships

	@Select("SELECT user_id, name, phone, email FROM zc_person WHERE user_id = #{userId}")
	Person findPerson(String userId);

	@Select("SELECT user_id, name, phone, email FROM zc_person ORDER BY user_id")
	List<Person> findPeople();

	@Insert("""
			INSERT INTO zc_person (user_id, name, phone, email, created_at, created_by, updated_at, updated_by)
			VALUES (#{p.userId}, #{p.name}, #{p.phone}, #{p.email}, CURRENT_TIMESTAMP, #{by}, CURRENT_TIMESTAMP, #{by})""")
	void insertPerson(@Param("p") Person person, @Param("by") String by);

	@Update("""
			UPDATE zc_person SET name = #{p.name}, phone = #{p.phone}, email = #{p.email},
			       updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE user_id = #{p.userId}""")
	int updatePerson(@Param("p") Person person, @Param("by") String by);

	@Select("SELECT credit_code FROM zc_membership WHERE user_id = #{userId} ORDER BY credit_code")
	List<String> findMemberships(String userId);

	@Select("SELECT user_id FROM zc_membership WHERE credit_code = #{creditCode} ORDER BY user_id")
	List<String> findMembers(String creditCode);

	@Insert("""
			INSERT INTO zc_membership (user_id, credit_code, created_at, created_by)
			VALUES (#{userId}, #{creditCode}, CURRENT_TIMESTAMP, #{by})""")
	void insertMembership(@Param("userId") String userId, @Param("creditCode") String creditCode,
			@Param("by") String by);

	@Delete("DELETE FROM zc_membership WHERE user_id = #{userId} AND credit_code = #{creditCode}")
	int deleteMembership(@Param("userId") String userId, @Param("creditCode") String creditCode);

	// experts and pools

	String EXPERT_COLUMNS = "user_id, employer_code, series, specialty, title_level, active";

	@Select("SELECT " + EXPERT_COLUMNS + " FROM zc_expert WHERE user_id = #{userId}")
	Expert findExpert(String userId);

	@Select("SELECT " + EXPERT_COLUMNS + " FROM zc_expert ORDER BY user_id")
	List<Expert> findExperts();

	@Insert("""
			INSERT INTO zc_expert (user_id, employer_code, series, specialty, title_level, active,
			                       created_at, created_by, updated_at, updated_by)
			VALUES (#{e.userId}, #{e.employerCode}, #{e.series}, #{e.specialty}, #{e.titleLevel}, #{e.active},
			        CURRENT_TIMESTAMP, #{by}, CURRENT_TIMESTAMP, #{by})""")
	void insertExpert(@Param("e") Expert expert, @Param("by") String by);

	@Update("""
			UPDATE zc_expert SET employer_code = #{e.employerCode}, series = #{e.series}, specialty = #{e.specialty},
			       title_level = #{e.titleLevel}, active = #{e.active}, updated_at = CURRENT_TIMESTAMP, updated_by = #{by}
			WHERE user_id = #{e.userId}""")
	int updateExpert(@Param("e") Expert expert, @Param("by") String by);

	@Select("SELECT user_id FROM zc_committee_expert WHERE committee_code = #{committeeCode} ORDER BY user_id")
	List<String> findPool(String committeeCode);

	/** Whether the expert is in the committee's pool: one indexed row, not the whole pool (issue 11). */
	@Select("SELECT COUNT(*) FROM zc_committee_expert WHERE committee_code = #{committeeCode} AND user_id = #{userId}")
	int countPoolMember(@Param("committeeCode") String committeeCode, @Param("userId") String userId);

	@Insert("""
			INSERT INTO zc_committee_expert (committee_code, user_id, created_at, created_by)
			VALUES (#{committeeCode}, #{userId}, CURRENT_TIMESTAMP, #{by})""")
	void insertPoolMember(@Param("committeeCode") String committeeCode, @Param("userId") String userId,
			@Param("by") String by);

}
