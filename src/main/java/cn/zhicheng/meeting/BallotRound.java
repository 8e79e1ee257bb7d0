package cn.zhicheng.meeting;

/**
 * The ballot of one review group in one round: round 1 over every applicant (seats null), a run-off
 * (M5) over the tied applicants for {@code seats}.
 *
 * @param status OPEN or CLOSED
 */
public record BallotRound(int ballotRound, ReviewGroup reviewGroup, Integer seats, String status) {

	static final String OPEN = "OPEN";

	static final String CLOSED = "CLOSED";

}
