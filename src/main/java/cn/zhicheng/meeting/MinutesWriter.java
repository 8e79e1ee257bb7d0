package cn.zhicheng.meeting;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.zhicheng.organisation.Committee;

/**
 * M6: the minutes (评审会议记录) as a Markdown document: attending experts, applicants reviewed, the
 * written opinions, the vote results per round and group, vetoes, the result and the signatures. Vote
 * results are totals only (M4).
 */
final class MinutesWriter {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** Everything the minutes are written from. {@code voters}: ballots cast per round. */
	record Data(Meeting meeting, Committee committee, List<MeetingExpert> experts, List<MeetingApplicant> applicants,
			List<MeetingReview> reviews, List<BallotRound> rounds, List<BallotCandidate> candidates,
			Map<Integer, Integer> voters, boolean signed) {
	}

	private MinutesWriter() {
	}

	static String write(Data data) {
		Meeting m = data.meeting();
		StringBuilder md = new StringBuilder();
		Map<String, MeetingApplicant> applicants = new HashMap<>();
		data.applicants().forEach(a -> applicants.put(a.applicationId(), a));
		Map<String, String> names = new HashMap<>();
		data.experts().forEach(e -> names.put(e.expertId(), e.name()));

		md.append("# ").append(data.committee().name()).append(' ').append(m.reviewYear()).append("年度评审会议记录");
		md.append(data.signed() ? "\n\n" : "（草稿，待签字）\n\n");
		md.append("- 会议编号：").append(m.id()).append('\n');
		if (m.cycleId() != null) {
			md.append("- 评审周期：").append(m.cycleId()).append('\n');
		}
		md.append("- 会议日期：").append(m.meetingDate() == null ? "—" : m.meetingDate()).append('\n');
		md.append("- 专家抽取：").append(m.drawId()).append("（评委").append(m.committeeSize()).append("人）\n");
		md.append("- 监督人员：").append(value(m.supervisorName())).append("（全程监督，M1）\n");
		md.append("- 评审前学习评审标准、方法、程序和纪律：").append(m.briefingConfirmed() ? "已进行（M2）" : "未进行").append('\n');
		if (m.rescheduleCount() > 0) {
			md.append("- 改期：").append(m.rescheduleCount()).append("次；最近一次说明：").append(value(m.rescheduleNote())).append('\n');
		}

		List<MeetingExpert> attending = data.experts().stream().filter(MeetingExpert::attending).toList();
		long steppedIn = attending.stream().filter(e -> !e.member()).count();
		md.append("\n## 一、出席评委（E4）\n\n");
		md.append("评委会").append(m.committeeSize()).append("人，出席").append(attending.size()).append("人（其中备用评委递补")
			.append(steppedIn).append("人），达到三分之二以上。评委会主任：").append(value(names.get(m.chairId()))).append("。\n\n");
		md.append("| 序号 | 姓名 | 身份 | 工作单位 | 出席 |\n|---|---|---|---|---|\n");
		int n = 1;
		for (MeetingExpert e : data.experts()) {
			md.append("| ").append(n++).append(" | ").append(e.name()).append(" | ").append(e.roleLabel()).append(" | ")
				.append(e.employerName()).append(" | ")
				.append(e.attending() ? "出席" : e.present() ? "到场未递补" : "缺席").append(" |\n");
		}

		md.append("\n## 二、评审对象\n\n");
		for (ReviewGroup group : ReviewGroup.values()) {
			List<MeetingApplicant> inGroup = data.applicants().stream().filter(a -> a.reviewGroup() == group).toList();
			if (inGroup.isEmpty()) {
				continue;
			}
			Integer cap = m.settings().capOf(group);
			md.append("### ").append(group.label()).append("（").append(inGroup.size()).append("人")
				.append(cap == null ? "，不设通过比例" : "，通过比例上限" + cap + "%，至多" + Tally.maxPassing(cap, inGroup.size()) + "人")
				.append("）\n\n| 序号 | 姓名 | 身份证号 | 工作单位 | 申报 |\n|---|---|---|---|---|\n");
			int i = 1;
			for (MeetingApplicant a : inGroup) {
				md.append("| ").append(i++).append(" | ").append(a.name()).append(" | ").append(a.maskedIdNumber())
					.append(" | ").append(a.unitName()).append(" | ").append(a.target()).append(" |\n");
			}
			md.append('\n');
		}

		md.append("## 三、评议意见（M3").append(m.scoring() ? "、M9" : "").append("）\n\n");
		for (MeetingApplicant a : data.applicants()) {
			md.append("### ").append(a.name()).append("（").append(a.unitName()).append("）\n\n");
			for (MeetingReview r : data.reviews()) {
				if (!r.applicationId().equals(a.applicationId())) {
					continue;
				}
				md.append("- ").append(r.expertName()).append("：").append(value(r.opinion()));
				if (m.scoring() && r.score() != null) {
					md.append("（评分").append(r.score()).append("，基层加分").append(r.baseLevelBonus()).append("，合计")
						.append(r.score() + (r.baseLevelBonus() == null ? 0 : r.baseLevelBonus())).append("）");
				}
				md.append('\n');
			}
			md.append('\n');
		}

		List<MeetingApplicant> vetoed = data.applicants().stream().filter(MeetingApplicant::vetoed).toList();
		md.append("## 四、一票否决（M8）\n\n");
		if (vetoed.isEmpty()) {
			md.append("无。\n\n");
		}
		for (MeetingApplicant a : vetoed) {
			md.append("- ").append(a.name()).append("：").append(MeetingService.VETO_KINDS.getOrDefault(a.vetoKind(), "—"))
				.append("。").append(value(a.vetoFinding())).append('\n');
		}
		if (!vetoed.isEmpty()) {
			md.append('\n');
		}

		md.append("## 五、投票结果（M4，无记名投票）\n\n");
		md.append("通过条件：同意票不少于出席评委").append(attending.size()).append("人的三分之二（3×同意 ≥ 2×出席）。\n\n");
		for (BallotRound round : data.rounds()) {
			md.append("### 第").append(round.ballotRound()).append("轮 ").append(round.reviewGroup().label())
				.append(round.seats() == null ? "" : "（同票另行投票，名额" + round.seats() + "个）").append("\n\n")
				.append("投票人数：").append(data.voters().getOrDefault(round.ballotRound(), 0)).append("/")
				.append(attending.size()).append("\n\n| 姓名 | 同意 | 不同意 | 弃权 |\n|---|---|---|---|\n");
			for (BallotCandidate c : data.candidates()) {
				if (c.ballotRound() == round.ballotRound() && c.reviewGroup() == round.reviewGroup()) {
					md.append("| ").append(applicants.get(c.applicationId()).name()).append(" | ").append(value(c.yesVotes()))
						.append(" | ").append(value(c.noVotes())).append(" | ").append(value(c.abstentions())).append(" |\n");
				}
			}
			md.append('\n');
		}

		md.append("## 六、评审结果\n\n| 评审组 | 姓名 | 结果 | 说明 |\n|---|---|---|---|\n");
		for (MeetingApplicant a : data.applicants()) {
			md.append("| ").append(a.reviewGroup().label()).append(" | ").append(a.name()).append(" | ")
				.append(a.passed() ? "通过" : MeetingApplicant.PENDING.equals(a.result()) ? "待定" : "未通过").append(" | ")
				.append(a.verdict() == null ? "" : a.verdict().label()).append(" |\n");
		}
		for (ReviewGroup group : ReviewGroup.values()) {
			List<MeetingApplicant> inGroup = data.applicants().stream().filter(a -> a.reviewGroup() == group).toList();
			if (!inGroup.isEmpty()) {
				long passed = inGroup.stream().filter(MeetingApplicant::passed).count();
				md.append('\n').append(group.label()).append("：评审").append(inGroup.size()).append("人，通过").append(passed)
					.append("人，通过率").append(String.format("%.1f", 100.0 * passed / inGroup.size())).append("%。");
			}
		}
		md.append("\n\n## 七、签字\n\n");
		md.append("- 评委会主任：").append(value(names.get(m.chairId())));
		md.append(m.chairSignedAt() == null ? "（未签字）" : "（" + TIME.format(m.chairSignedAt()) + " 签字）");
		if (m.chairOpinion() != null) {
			md.append("，意见：").append(m.chairOpinion());
		}
		md.append("\n- 监督人员：").append(value(m.supervisorName()));
		md.append(m.supervisorSignedAt() == null ? "（未签字）"
				: "（" + TIME.format(m.supervisorSignedAt()) + " 由 " + m.supervisorSignedBy() + " 签字）");
		if (m.supervisorOpinion() != null) {
			md.append("，意见：").append(m.supervisorOpinion());
		}
		md.append('\n');
		return md.toString();
	}

	private static String value(Object value) {
		return value == null ? "—" : value.toString();
	}

}
