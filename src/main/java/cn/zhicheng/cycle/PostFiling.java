package cn.zhicheng.cycle;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One version of the post-filing dossier (会后备案, PF1–PF3; row of {@code zc_post_filing}). Everything but
 * the office's work summary is computed from the stored meeting, results and publicity: meeting time,
 * expert attendance, applicants, passed, pass rate (overall and per review group, M7), result publicity
 * with its complaints and their handling, and supervision. {@code route} lists who decides, in order
 * (PF3: a check by the prefecture HR bureau before the filing with the regional HR department); {@code step}
 * is the position reached.
 */
public record PostFiling(String id, String cycleId, int version, PostFilingStatus status, String meetingId,
		LocalDate meetingDate, LocalDateTime meetingOpenedAt, int committeeSize, int attendingCount,
		int applicantCount, int passedCount, int revokedCount, String passRate, String groupFigures,
		String publicitySummary, int complaintCount, String supervision, String workSummary, String route, int step,
		LocalDate dueOn, LocalDateTime submittedAt, String submittedBy, String checkOpinion, LocalDateTime checkedAt,
		String checkedBy, String decisionOpinion, LocalDateTime decidedAt, String decidedBy, LocalDate approvedOn) {

	/** One step of the route: the group that decides and what it is called. */
	public record Step(String groupId, String label) {
	}

	public List<Step> steps() {
		return decode(this.route);
	}

	static String encode(List<Step> steps) {
		return String.join("|", steps.stream().map(s -> s.groupId() + ":" + s.label()).toList());
	}

	static List<Step> decode(String route) {
		return java.util.Arrays.stream(route.split("\\|")).map(part -> {
			int colon = part.indexOf(':');
			return new Step(part.substring(0, colon), part.substring(colon + 1));
		}).toList();
	}

	/** The dossier as the checking and filing departments read it. */
	public String summary(String committeeName, int reviewYear) {
		return """
				%s %d年度会后备案（第%d版，应于%s前完成）
				一、评审时间：%s（%s开会）
				二、专家出席情况：评委会组成%d人，出席%d人（出席率%s）
				三、评审情况：参加评审%d人，评审通过%d人（结果公示期间撤销%d人），通过率%s
				%s
				四、评审结果公示及投诉处理：%s
				五、监督情况：%s
				六、工作总结：
				%s"""
			.formatted(committeeName, reviewYear, this.version, this.dueOn, this.meetingDate,
					this.meetingOpenedAt == null ? "开会时间未记录" : this.meetingOpenedAt.toString().replace('T', ' '),
					this.committeeSize, this.attendingCount, percent(this.attendingCount, this.committeeSize),
					this.applicantCount, this.passedCount, this.revokedCount, this.passRate, this.groupFigures,
					this.publicitySummary, this.supervision, this.workSummary);
	}

	static String percent(int part, int whole) {
		return whole == 0 ? "无" : String.format("%.1f%%", 100.0 * part / whole);
	}

}
