package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.ReviewMeetingProcess.REVIEWER;
import static cn.zhicheng.meeting.ReviewMeetingProcess.REVIEW_APPLICANT_NAME;
import static cn.zhicheng.meeting.ReviewMeetingProcess.REVIEW_APPLICATION_ID;
import static cn.zhicheng.meeting.ReviewMeetingProcess.REVIEW_BASE_LEVEL_BONUS;
import static cn.zhicheng.meeting.ReviewMeetingProcess.REVIEW_BONUS_EXPLANATION;
import static cn.zhicheng.meeting.ReviewMeetingProcess.REVIEW_GROUP_LABEL;
import static cn.zhicheng.meeting.ReviewMeetingProcess.REVIEW_ID;
import static cn.zhicheng.meeting.ReviewMeetingProcess.REVIEW_OPINION;
import static cn.zhicheng.meeting.ReviewMeetingProcess.REVIEW_SCORE;
import static cn.zhicheng.meeting.ReviewMeetingProcess.REVIEW_TARGET;
import static cn.zhicheng.meeting.ReviewMeetingProcess.REVIEW_UNIT_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PrepareReview (M3, M9), in each instance of SubProcess_Review. Input: reviewId (the multi-instance
 * element). Outputs, local to this review: reviewer (the assignee: the expert's own inbox, never a
 * group), what form_expert_review shows (the applicant; with scoring the base-level bonus computed from the
 * application), and the empty opinion and score fields, so that parallel reviews never write the same
 * variable.
 */
@Component
class PrepareReviewDelegate implements JavaDelegate {

	private final MeetingService meetings;

	PrepareReviewDelegate(MeetingService meetings) {
		this.meetings = meetings;
	}

	@Override
	public void execute(DelegateExecution review) {
		MeetingService.ReviewSheet sheet = this.meetings.reviewSheet(REVIEW_ID.require(review));
		MeetingApplicant applicant = sheet.applicant();
		review.setVariableLocal(REVIEWER.name(), sheet.review().expertId());
		review.setVariableLocal(REVIEW_APPLICATION_ID.name(), applicant.applicationId());
		review.setVariableLocal(REVIEW_APPLICANT_NAME.name(), applicant.name());
		review.setVariableLocal(REVIEW_UNIT_NAME.name(), applicant.unitName());
		review.setVariableLocal(REVIEW_TARGET.name(), applicant.target());
		review.setVariableLocal(REVIEW_GROUP_LABEL.name(), applicant.reviewGroup().label());
		review.setVariableLocal(REVIEW_BASE_LEVEL_BONUS.name(), sheet.baseLevelBonus());
		review.setVariableLocal(REVIEW_BONUS_EXPLANATION.name(), sheet.bonusExplanation());
		review.setVariableLocal(REVIEW_OPINION.name(), null);
		review.setVariableLocal(REVIEW_SCORE.name(), null);
	}

}
