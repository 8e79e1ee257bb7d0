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
 * then {@code zc_ballot_vote}) share nothing but the meeting and the round: no statement here ever reads
 * or writes both an expert and a choice.
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

	@Insert("INSERT INTO zc_meeting_candidate (meeting_id, ballot_round, application_id, review_group) VALUES (#{meetingId}, #{round}, #{applicationId}, #{group})")
	void insertCandidate(@Param("meetingId") String meetingId, @Param("round") int round,
			@Param("applicationId") String applicationId, @Param("group") ReviewGroup group);

	@Select("""
			SELECT ballot_round, application_id, review_group, yes_votes, no_votes, abstentions FROM zc_meeting_candidate
			WHERE meeting_id = #{meetingId} ORDER BY ballot_round, review_group DESC, application_id""")
	List<BallotCandidate> findCandidates(String meetingId);

	@Update("""
			UPDATE zc_meeting_candidate SET yes_votes = #{yes}, no_votes = #{no}, abstentions = #{abstain}
			WHERE meeting_id = #{meetingId} AND ballot_round = #{round} AND application_id = #{applicationId}""")
	int updateTotals(@Param("meetingId") String meetingId, @Param("round") int round,
			@Param("applicationId") String applicationId, @Param("yes") int yes, @Param("no") int no,
			@Param("abstain") int abstain);

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

	@Insert("""
			INSERT INTO zc_ballot_vote (id, meeting_id, ballot_round, vote_group, application_id, choice)
			VALUES (#{id}, #{meetingId}, #{round}, #{group}, #{applicationId}, #{choice})""")
	void insertVote(@Param("id") long id, @Param("meetingId") String meetingId, @Param("round") int round,
			@Param("group") ReviewGroup group, @Param("applicationId") String applicationId,
			@Param("choice") BallotChoice choice);

	record Total(String applicationId, BallotChoice choice, int votes) {
	}

	@Select("""
			SELECT application_id, choice, COUNT(*) AS votes FROM zc_ballot_vote
			WHERE meeting_id = #{meetingId} AND ballot_round = #{round}
			GROUP BY application_id, choice""")
	List<Total> findTotals(@Param("meetingId") String meetingId, @Param("round") int round);

}
