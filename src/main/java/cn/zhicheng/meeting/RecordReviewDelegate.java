package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.ReviewMeetingProcess.REVIEWER;
import static cn.zhicheng.meeting.ReviewMeetingProcess.REVIEW_ID;
import static cn.zhicheng.meeting.ReviewMeetingProcess.REVIEW_OPINION;
import static cn.zhicheng.meeting.ReviewMeetingProcess.REVIEW_SCORE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_RecordReview (M3, M9), right after the expert's Task_ReviewApplication in the same transaction.
 * Inputs: reviewer, reviewOpinion, reviewScore (with scoring). Stores the written opinion and the score
 * with the bonus computed from the application (a typed bonus is ignored). An empty opinion, a score out of
 * range, or someone other than the assigned expert is refused ({@link NotValidException}): the expert's
 * task stays open and nothing is stored.
 */
@Component
class RecordReviewDelegate implements JavaDelegate {

	private final MeetingService meetings;

	RecordReviewDelegate(MeetingService meetings) {
		this.meetings = meetings;
	}

	@Override
	public void execute(DelegateExecution review) {
		String reviewer = REVIEWER.require(review);
		String user = Delegates.user(review);
		if (user != null && !user.equals(reviewer)) {
			throw new NotValidException("审阅意见须由分配的专家本人独自提出（M3），不得代为填写");
		}
		Delegates.validating(() -> this.meetings.recordReview(REVIEW_ID.require(review), reviewer,
				REVIEW_OPINION.get(review), REVIEW_SCORE.get(review)));
	}

}
