package cn.zhicheng.meeting;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * The secret ballot (M4). Who voted ({@code zc_ballot_participation}) and how ({@code zc_ballot_paper},
 * then one document per round in {@code zc_ballot_count}) share nothing but the meeting and the round: no
 * statement ever reads or writes both an expert and a choice.
 */
@Mapper
interface BallotMapper {

	// rounds and candidates

	@Insert("INSERT INTO zc_meeting_ballot (meeting_id, ballot_round, review_group, seats, status) VALUES (#{meetingId}, #{round}, #{group}, #{seats}, 'OPEN')")
	void insertRound(@Param("meetingId") String meetingId, @Param("round") int round, @Param("group") ReviewGroup group,
			@Param("seats") Integer seats);

	@Select("SELECT ballot_round, review_group, seats, status FROM zc_meeting_ballot WHERE meeting_id = #{meetingId} ORDER BY ballot_round, review_group DESC")
	List<BallotRound> findRounds(String meetingId);

	@Update("UPDATE zc_meeting_ballot SET status = 'CLOSED' WHERE meeting_id = #{meetingId} AND ballot_round = #{round}")
	int closeRound(@Param("meetingId") String meetingId, @Param("round") int round);

	/** The applicants of a group on the ballot of a round, in one statement (issue 11: meetings of 500). */
	@Insert("""
			<script>
			INSERT INTO zc_meeting_candidate (meeting_id, ballot_round, application_id, review_group) VALUES
			<foreach collection="applicationIds" item="id" separator=",">(#{meetingId}, #{round}, #{id}, #{group})</foreach>
			</script>""")
	void insertCandidates(@Param("meetingId") String meetingId, @Param("round") int round,
			@Param("group") ReviewGroup group, @Param("applicationIds") List<String> applicationIds);

	@Select("""
			SELECT ballot_round, application_id, review_group, yes_votes, no_votes, abstentions FROM zc_meeting_candidate
			WHERE meeting_id = #{meetingId} ORDER BY ballot_round, review_group DESC, application_id""")
	List<BallotCandidate> findCandidates(String meetingId);

	// who voted

	@Insert("INSERT INTO zc_ballot_participation (meeting_id, ballot_round, expert_id, voted_at) VALUES (#{meetingId}, #{round}, #{expertId}, #{at})")
	void insertParticipation(@Param("meetingId") String meetingId, @Param("round") int round,
			@Param("expertId") String expertId, @Param("at") LocalDateTime at);

	@Select("SELECT COUNT(*) FROM zc_ballot_participation WHERE meeting_id = #{meetingId} AND ballot_round = #{round} AND expert_id = #{expertId}")
	int countParticipation(@Param("meetingId") String meetingId, @Param("round") int round,
			@Param("expertId") String expertId);

	@Select("SELECT COUNT(*) FROM zc_ballot_participation WHERE meeting_id = #{meetingId} AND ballot_round = #{round}")
	int countVoters(@Param("meetingId") String meetingId, @Param("round") int round);

	// how: sealed papers, then the opened votes

	@Insert("INSERT INTO zc_ballot_paper (id, meeting_id, ballot_round, choices) VALUES (#{id}, #{meetingId}, #{round}, #{choices})")
	void insertPaper(@Param("id") long id, @Param("meetingId") String meetingId, @Param("round") int round,
			@Param("choices") String choices);

	@Select("SELECT choices FROM zc_ballot_paper WHERE meeting_id = #{meetingId} AND ballot_round = #{round}")
	List<String> findPapers(@Param("meetingId") String meetingId, @Param("round") int round);

	@Delete("DELETE FROM zc_ballot_paper WHERE meeting_id = #{meetingId} AND ballot_round = #{round}")
	int deletePapers(@Param("meetingId") String meetingId, @Param("round") int round);

	// opened: one document per round, written and read by BallotCountStore

}
