package cn.zhicheng.meeting;

/**
 * An applicant on the ballot of a round, with the round's totals once counted (null before): only
 * totals, never who cast them (M4).
 */
public record BallotCandidate(int ballotRound, String applicationId, ReviewGroup reviewGroup, Integer yesVotes,
		Integer noVotes, Integer abstentions) {
}
