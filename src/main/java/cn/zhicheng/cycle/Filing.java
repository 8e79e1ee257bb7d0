package cn.zhicheng.cycle;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One version of the pre-meeting filing dossier (会前备案, F1; row of {@code zc_filing}): the review time,
 * the result of the materials check, the pre-meeting publicity with its complaint handling, and the
 * committee's work plan. Assembled by the application, not typed by the office, except the work plan.
 *
 * @param approvedMeetingDate the meeting date the authority approved, when the date had to move after
 * a late approval (F1); null otherwise
 */
public record Filing(String id, String cycleId, int version, FilingStatus status, LocalDate meetingDate,
		int applicationsSubmitted, int applicationsWithdrawn, int notRecommended, int notQualified, int qualified,
		int removedByComplaint, String publicitySummary, String workPlan, LocalDateTime submittedAt,
		String submittedBy, String decisionOpinion, LocalDateTime decidedAt, String decidedBy, LocalDate approvedOn,
		LocalDate approvedMeetingDate) {

	/** The dossier as the filing authority reads it. */
	public String summary(String committeeName, int reviewYear) {
		return """
				%s %d年度会前备案（第%d版）
				一、评审时间：%s
				二、材料审核情况：共受理申报%d人，其中撤回%d人、单位未推荐%d人、资格审查未通过%d人、公示期间因投诉查实取消资格%d人，资格审查通过并提交评审%d人。
				三、会前公示及投诉处理：%s
				四、评审工作方案：
				%s"""
			.formatted(committeeName, reviewYear, this.version, this.meetingDate, this.applicationsSubmitted,
					this.applicationsWithdrawn, this.notRecommended, this.notQualified, this.removedByComplaint,
					this.qualified, this.publicitySummary, this.workPlan);
	}

}
