package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.ReviewMeetingProcess.BALLOT_ROUND;
import static cn.zhicheng.meeting.ReviewMeetingProcess.MEETING_ID;
import static cn.zhicheng.meeting.ReviewMeetingProcess.VOTER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_CheckBallotCast (M4), right after Task_CastBallot in the same transaction. Inputs: meetingId,
 * ballotRound, voter. A ballot task completes only through the ballot page ({@link BallotService#cast},
 * which records the participation first): completing it in Tasklist or over the REST API without having
 * voted is refused, so a ballot can neither be skipped silently nor carry its choices in variables.
 */
@Component
class CheckBallotCastDelegate implements JavaDelegate {

	private final BallotService ballots;

	CheckBallotCastDelegate(BallotService ballots) {
		this.ballots = ballots;
	}

	@Override
	public void execute(DelegateExecution execution) {
		if (!this.ballots.hasVoted(MEETING_ID.require(execution), BALLOT_ROUND.require(execution),
				VOTER.require(execution))) {
			throw new NotValidException("请通过投票页面进行无记名投票（M4）：选票不经流程表单提交，投票后本任务自动完成");
		}
	}

}
