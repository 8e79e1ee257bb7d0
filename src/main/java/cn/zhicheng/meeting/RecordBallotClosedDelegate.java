package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.ReviewMeetingProcess.BALLOT_CLOSE_CONFIRMED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_RecordBallotClosed (M4). Input: ballotCloseConfirmed. The committee office closes the ballot only
 * by confirming; then the terminate end cancels the ballots not cast (no late votes).
 */
@Component
class RecordBallotClosedDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		if (!FormValues.bool(BALLOT_CLOSE_CONFIRMED.get(execution))) {
			throw new NotValidException("请确认宣布投票结束：结束后未投的选票作废，不得补投（M4）");
		}
	}

}
