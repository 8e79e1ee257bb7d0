package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.ReviewMeetingProcess.BALLOT_CLOSE_CONFIRMED;
import static cn.zhicheng.meeting.ReviewMeetingProcess.BALLOT_DEADLINE;
import static cn.zhicheng.meeting.ReviewMeetingProcess.BALLOT_ROUND;
import static cn.zhicheng.meeting.ReviewMeetingProcess.BALLOT_ROUND_LABEL;
import static cn.zhicheng.meeting.ReviewMeetingProcess.MEETING_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_OpenBallot (M4, M5). Input: meetingId. Opens the next ballot round (round 1 over every applicant,
 * a run-off over the tied ones). Outputs: ballotRound, ballotRoundLabel, ballotDeadline (the ballot's
 * timer: the committee's ballot minutes from now).
 */
@Component
class OpenBallotDelegate implements JavaDelegate {

	private final BallotService ballots;

	private final MeetingService meetings;

	OpenBallotDelegate(BallotService ballots, MeetingService meetings) {
		this.ballots = ballots;
		this.meetings = meetings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String meetingId = MEETING_ID.require(execution);
		int round = Delegates.validating(() -> this.ballots.openRound(meetingId));
		BALLOT_ROUND.set(execution, round);
		BALLOT_ROUND_LABEL.set(execution, round == 1 ? "第1轮投票" : "第" + round + "轮投票（同票另行投票，M5）");
		BALLOT_DEADLINE.set(execution,
				FormValues.toDate(MeetingService.now().plusMinutes(this.meetings.require(meetingId).ballotMinutes())));
		BALLOT_CLOSE_CONFIRMED.set(execution, false);
	}

}
