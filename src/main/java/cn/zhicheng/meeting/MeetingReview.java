package cn.zhicheng.meeting;

import java.time.LocalDateTime;

/** One independent review (M3) with its written opinion and, where the committee scores, the score (M9). */
public record MeetingReview(String id, String meetingId, String applicationId, String expertId, String expertName,
		String opinion, Integer score, Integer baseLevelBonus, LocalDateTime submittedAt) {

	boolean submitted() {
		return this.submittedAt != null;
	}

}
