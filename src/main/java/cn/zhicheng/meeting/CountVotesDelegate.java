package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.ReviewMeetingProcess.BALLOT_ROUND;
import static cn.zhicheng.meeting.ReviewMeetingProcess.MEETING_ID;
import static cn.zhicheng.meeting.ReviewMeetingProcess.RUN_OFF_REQUIRED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CountVotes (M4, M5, M7, M8), asynchronous: its own transaction after the ballot closed. Inputs:
 * meetingId, ballotRound. Opens the sealed papers into shuffled anonymous votes and applies the tally.
 * Output: runOffRequired (a tie at a cap's boundary: another round). No vote ever becomes a variable.
 */
@Component
class CountVotesDelegate implements JavaDelegate {

	private final BallotService ballots;

	CountVotesDelegate(BallotService ballots) {
		this.ballots = ballots;
	}

	@Override
	public void execute(DelegateExecution execution) {
		BallotService.Count count = this.ballots.count(MEETING_ID.require(execution), BALLOT_ROUND.require(execution));
		RUN_OFF_REQUIRED.set(execution, count.runOffRound() != null);
	}

}
