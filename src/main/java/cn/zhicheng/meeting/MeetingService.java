package cn.zhicheng.meeting;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.meeting.ReviewAssignment.Applicant;
import cn.zhicheng.meeting.ReviewAssignment.Reviewer;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.system.NotFoundException;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review meeting (stage 6) without Camunda: preparation from the draw (E1) and the qualified
 * applications, opening with attendance (E4, M1, M2), independent reviews (M3, M9, E6), fraud findings
 * (M8), signatures (M1, M4), the minutes (M6) and the results. The ballot is {@link BallotService}.
 * Bad input throws {@link RuleViolation} with a Chinese message naming the rule.
 */
@Service
public class MeetingService {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	/** M8: what a veto may be for: fraud, academic misconduct, professional ethics (医德、师德). */
	static final Map<String, String> VETO_KINDS = Map.of("FRAUD", "弄虚作假", "ACADEMIC_MISCONDUCT", "学术不端",
			"ETHICS", "医德师德问题");

	static final int MAX_OPINION = 2000;

	private final MeetingMapper mapper;

	private final BallotMapper ballots;

	private final ObjectProvider<DrawnCommittee> drawnCommittee;

	private final OrganisationService organisations;

	private final Random random = new SecureRandom();

	MeetingService(MeetingMapper mapper, BallotMapper ballots, ObjectProvider<DrawnCommittee> drawnCommittee,
			OrganisationService organisations) {
		this.mapper = mapper;
		this.ballots = ballots;
		this.drawnCommittee = drawnCommittee;
		this.organisations = organisations;
	}

	/** Now in Beijing, on the engine's clock (which tests may move). */
	static LocalDateTime now() {
		return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), BEIJING);
	}

	// settings

	public MeetingSettings settings(String committeeCode) {
		MeetingSettings settings = this.mapper.findSettings(committeeCode);
		return settings == null ? MeetingSettings.DEFAULTS : settings;
	}

	@Transactional
	public MeetingSettings saveSettings(String committeeCode, MeetingSettings settings, String by) {
		requireCommittee(committeeCode);
		RuleViolation.require(settings != null, "settings", "必填", "评审会议设置不能为空");
		MeetingSettings clean = settings.validated();
		if (this.mapper.updateSettings(committeeCode, clean, by) == 0) {
			this.mapper.insertSettings(committeeCode, clean, by);
		}
		return clean;
	}

	// reads

	public Optional<Meeting> find(String id) {
		return Optional.ofNullable(this.mapper.find(id));
	}

	public Meeting require(String id) {
		return find(id).orElseThrow(() -> new NotFoundException("meetingId", "评审会议不存在：" + id));
	}

	public List<MeetingExpert> experts(String meetingId) {
		return this.mapper.findExperts(meetingId);
	}

	public List<MeetingApplicant> applicants(String meetingId) {
		return this.mapper.findApplicants(meetingId);
	}

	public List<MeetingReview> reviews(String meetingId) {
		return this.mapper.findReviews(meetingId);
	}

	Committee committeeOf(Meeting meeting) {
		return requireCommittee(meeting.committeeCode());
	}

	// preparation

	/** What the review cycle passes to the meeting (the call activity's in-variables). */
	public record Call(String cycleId, String committeeCode, int reviewYear, String drawId, String officeGroupId,
			String supervisionGroupId) {
	}

	/**
	 * A new meeting: the drawn committee (members and alternates in draw order, E1) from the draw, the
	 * committee's settings, and every QUALIFIED application of the committee and year in its review group
	 * (M7).
	 */
	@Transactional
	public Meeting prepare(Call call, String processInstanceId) {
		Committee committee = requireCommittee(call.committeeCode());
		RuleViolation.require(call.drawId() != null && !call.drawId().isBlank(), "drawId", "E1", "缺少专家抽取结果编号（E1）");
		RuleViolation.require(call.officeGroupId() != null && call.supervisionGroupId() != null, "committeeOfficeGroupId",
				"M1", "缺少评委会组建部门或监督部门（M1）");
		DrawnCommittee draw = this.drawnCommittee.getIfAvailable();
		if (draw == null) {
			throw new IllegalStateException("未接入专家抽取结果（DrawnCommittee），无法组织评审会议");
		}
		List<String> members = List.copyOf(draw.members(call.drawId()));
		List<String> alternates = List.copyOf(draw.alternates(call.drawId()));
		RuleViolation.require(!members.isEmpty(), "drawId", "E3", "专家抽取结果中没有评委（E3）");
		Set<String> seen = new HashSet<>();
		for (String id : concat(members, alternates)) {
			RuleViolation.require(seen.add(id), "drawId", "E1", "专家抽取结果中专家重复：" + id);
			// one lookup per drawn expert, not the whole expert pool (thousands) per meeting
			RuleViolation.require(this.organisations.expert(id).isPresent(), "drawId", "E1", "抽取的专家不在专家库中：" + id);
		}
		List<MeetingMapper.Qualified> qualified = this.mapper.findQualified(committee.code(), call.reviewYear());
		RuleViolation.require(!qualified.isEmpty(), "committeeCode", "Q1",
				committee.name() + call.reviewYear() + "年度没有资格审查通过的申报人，无需召开评审会议");
		MeetingSettings settings = settings(committee.code());
		String id = UUID.randomUUID().toString();
		Meeting meeting = new Meeting(id, call.cycleId(), committee.code(), call.reviewYear(), call.drawId(),
				processInstanceId, call.officeGroupId(), call.supervisionGroupId(), MeetingStatus.PREPARED,
				members.size(), settings.reviewersPerApplicant(), settings.scoring(), settings.passRateCapGeneral(),
				settings.passRateCapDirected(), settings.alternatesStepIn(), settings.ballotMinutes(), null, null, null,
				null, false, null, 0, null, 0, null, null, null, null, null, null);
		this.mapper.insert(meeting, "system");
		for (int i = 0; i < members.size(); i++) {
			this.mapper.insertExpert(id, members.get(i), MeetingExpert.MEMBER, i + 1);
		}
		for (int i = 0; i < alternates.size(); i++) {
			this.mapper.insertExpert(id, alternates.get(i), MeetingExpert.ALTERNATE, i + 1);
		}
		for (MeetingMapper.Qualified application : qualified) {
			this.mapper.insertApplicant(id, application.id(), ReviewGroup.of(application.track()));
		}
		return require(id);
	}

	// opening

	/** What the committee office records at the opening. {@code present}: drawn experts present (members and alternates). */
	public record Opening(Collection<String> present, String chairId, boolean supervisorPresent, String supervisorName,
			boolean briefingConfirmed, LocalDate meetingDate) {
	}

	/** Whether the meeting opened; if not, why (in Chinese), so that the office reschedules. */
	public record OpeningOutcome(boolean opened, String problem, Attendance attendance) {
	}

	/**
	 * Opens the meeting if the supervisor is present (M1) and the committee is quorate (E4, alternates
	 * stepping in as configured); otherwise records the failed attempt and says why. An opened meeting
	 * also needs the briefing (M2) and a chair among the attending experts: without them the office's input
	 * is refused.
	 */
	@Transactional
	public OpeningOutcome open(String meetingId, Opening opening, String by) {
		Meeting meeting = require(meetingId);
		List<MeetingExpert> drawn = experts(meetingId);
		Set<String> ids = new HashSet<>();
		drawn.forEach(expert -> ids.add(expert.expertId()));
		Set<String> present = new HashSet<>(opening.present());
		for (String id : present) {
			RuleViolation.require(ids.contains(id), "presentMembers", "E4", "出席名单中的专家未被抽中：" + id);
		}
		RuleViolation.require(opening.meetingDate() != null, "meetingDate", "必填", "会议日期（meetingDate）不能为空");
		Attendance attendance = Attendance.of(
				drawn.stream().filter(MeetingExpert::member).map(MeetingExpert::expertId).toList(),
				drawn.stream().filter(e -> !e.member()).map(MeetingExpert::expertId).toList(), present,
				meeting.alternatesStepIn());
		String problem = null;
		if (!opening.supervisorPresent()) {
			problem = "监督人员未到场：评审会议须有监督人员全程监督（M1），会议不得召开，请改期";
		}
		else if (!attendance.quorate()) {
			problem = "出席评委" + attendance.attending().size() + "人（其中备用评委递补" + attendance.steppingIn().size()
					+ "人），不足评委会" + attendance.committeeSize() + "人的三分之二（E4：须不少于" + attendance.quorum()
					+ "人），会议不得召开，请改期";
		}
		String supervisorName = blankToNull(opening.supervisorName());
		String chairId = blankToNull(opening.chairId());
		if (problem == null) {
			RuleViolation.require(supervisorName != null, "supervisorName", "M1", "请填写全程监督的监督人员姓名（M1）");
			RuleViolation.require(supervisorName.length() <= 64, "supervisorName", "长度", "监督人员姓名不能超过64个字符");
			RuleViolation.require(opening.briefingConfirmed(), "briefingConfirmed", "M2",
					"须先组织评审专家学习评审标准、评审方法、评审程序及评审纪律，并确认（M2）");
			RuleViolation.require(chairId != null && attendance.attending().contains(chairId), "chairExpertId", "M4",
					"评委会主任（主持评审、签署结果）须从出席的评委中指定");
		}
		for (MeetingExpert expert : drawn) {
			this.mapper.updateAttendance(meetingId, expert.expertId(), present.contains(expert.expertId()),
					problem == null && attendance.attending().contains(expert.expertId()));
		}
		this.mapper.updateOpening(meetingId, problem == null ? MeetingStatus.REVIEWING : MeetingStatus.NOT_OPENED,
				opening.meetingDate(), problem == null ? now() : null, problem == null ? chairId : null, supervisorName,
				problem == null && opening.briefingConfirmed(), problem, by);
		return new OpeningOutcome(problem == null, problem, attendance);
	}

	/** After a failed opening the office fixes a new date and says why (E4, M1). */
	@Transactional
	public void reschedule(String meetingId, LocalDate date, String note, String by) {
		require(meetingId);
		RuleViolation.require(date != null, "newMeetingDate", "必填", "改期后的会议日期（newMeetingDate）不能为空");
		RuleViolation.require(!date.isBefore(now().toLocalDate()), "newMeetingDate", "E4", "改期后的会议日期不能早于今天");
		String clean = RuleViolation.requireText(note, "rescheduleNote", "改期说明", 1000);
		this.mapper.updateReschedule(meetingId, date, clean, by);
	}

	/** The attending experts: those who review and vote (E4). */
	public List<MeetingExpert> attending(String meetingId) {
		return experts(meetingId).stream().filter(MeetingExpert::attending).toList();
	}

	// independent reviews

	/** M3, E6: assigns every applicant to at least three attending experts, balanced; returns the review ids. */
	@Transactional
	public List<String> assignReviews(String meetingId) {
		Meeting meeting = require(meetingId);
		List<Reviewer> reviewers = attending(meetingId).stream()
			.map(expert -> new Reviewer(expert.expertId(), expert.employerCode()))
			.toList();
		List<Applicant> applicants = applicants(meetingId).stream()
			.map(a -> new Applicant(a.applicationId(), a.unitCreditCode(), a.name()))
			.toList();
		Map<String, List<String>> assignment = ReviewAssignment.assign(reviewers, applicants,
				meeting.reviewersPerApplicant(), this.random);
		List<String> ids = new ArrayList<>();
		assignment.forEach((applicationId, experts) -> {
			for (String expertId : experts) {
				String id = UUID.randomUUID().toString();
				this.mapper.insertReview(id, meetingId, applicationId, expertId);
				ids.add(id);
			}
		});
		return ids;
	}

	/** What an expert's review task shows: the applicant, and with scoring the computed bonus (M9). */
	public record ReviewSheet(MeetingReview review, MeetingApplicant applicant, boolean scoring, Integer baseLevelBonus,
			String bonusExplanation) {
	}

	public ReviewSheet reviewSheet(String reviewId) {
		MeetingReview review = requireReview(reviewId);
		Meeting meeting = require(review.meetingId());
		MeetingApplicant applicant = this.mapper.findApplicant(meeting.id(), review.applicationId());
		Integer bonus = meeting.scoring() ? BaseLevelBonus.points(applicant.unitLevel(), applicant.yearsAtBaseLevel())
				: null;
		String explanation = meeting.scoring()
				? BaseLevelBonus.explain(applicant.unitLevel(), applicant.yearsAtBaseLevel()) : null;
		return new ReviewSheet(review, applicant, meeting.scoring(), bonus, explanation);
	}

	/**
	 * M3: the expert's written opinion; with scoring (M9) their score 0-100 and the bonus computed here from
	 * the application, whatever the form sent. Only the assigned expert may submit.
	 */
	@Transactional
	public MeetingReview recordReview(String reviewId, String expertId, String opinion, Number score) {
		ReviewSheet sheet = reviewSheet(reviewId);
		RuleViolation.require(sheet.review().expertId().equals(expertId), "assignee", "M3",
				"审阅意见须由分配的专家本人独自提出（M3），不得代为填写");
		String text = RuleViolation.requireText(opinion, "reviewOpinion", "书面审阅意见", MAX_OPINION);
		RuleViolation.require(!text.contains("<") && !text.contains(">"), "reviewOpinion", "格式",
				"书面审阅意见不能包含 < 或 > 等网页标记字符");
		Integer points = null;
		if (sheet.scoring()) {
			RuleViolation.require(score != null, "reviewScore", "M9", "本评委会实行量化赋分，请填写评分（0至100分）（M9）");
			double value = score.doubleValue();
			RuleViolation.require(value == Math.rint(value) && value >= 0 && value <= 100, "reviewScore", "M9",
					"评分应为0至100的整数（M9）");
			points = (int) value;
		}
		this.mapper.updateReview(reviewId, text, points, sheet.baseLevelBonus(), now());
		return requireReview(reviewId);
	}

	MeetingReview requireReview(String reviewId) {
		MeetingReview review = this.mapper.findReview(reviewId);
		if (review == null) {
			throw new NotFoundException("reviewId", "审阅任务不存在：" + reviewId);
		}
		return review;
	}

	// vetoes

	/** One line of the office's veto list (M8). */
	public record VetoEntry(String applicationId, boolean vetoed, String vetoKind, String finding) {
	}

	/** M8: the office records fraud findings before the tally; a vetoed applicant fails whatever the votes. */
	@Transactional
	public void recordVetoes(String meetingId, List<VetoEntry> entries, String by) {
		require(meetingId);
		Set<String> applicants = new HashSet<>();
		applicants(meetingId).forEach(a -> applicants.add(a.applicationId()));
		LocalDateTime at = now();
		for (VetoEntry entry : entries) {
			RuleViolation.require(entry.applicationId() != null && applicants.contains(entry.applicationId()),
					"vetoList", "M8", "申报人不在本次评审会议中：" + entry.applicationId());
			if (entry.vetoed()) {
				RuleViolation.require(entry.vetoKind() != null && VETO_KINDS.containsKey(entry.vetoKind()), "vetoKind",
						"M8", "一票否决须选择事由：弄虚作假、学术不端或医德师德问题（M8）");
				String finding = RuleViolation.requireText(entry.finding(), "finding", "一票否决的查实情况", 1000);
				this.mapper.updateVeto(meetingId, entry.applicationId(), true, entry.vetoKind(), finding, by, at);
			}
			else {
				this.mapper.updateVeto(meetingId, entry.applicationId(), false, null, null, null, null);
			}
		}
	}

	// signatures, minutes, results

	/** Who signs the result: the chair (M4) and the supervisor (M1). */
	public enum Signatory {

		CHAIR("评委会主任"), SUPERVISOR("监督人员");

		private final String label;

		Signatory(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	@Transactional
	public void sign(String meetingId, Signatory signatory, boolean confirmed, String opinion, String by) {
		Meeting meeting = require(meetingId);
		RuleViolation.require(confirmed, signatory == Signatory.CHAIR ? "chairConfirmed" : "supervisorConfirmed",
				signatory == Signatory.CHAIR ? "M4" : "M1", signatory.label() + "须核对评审结果并确认签字");
		String clean = blankToNull(opinion);
		RuleViolation.require(clean == null || clean.length() <= 1000, "opinion", "长度", "签字意见不能超过1000个字符");
		if (signatory == Signatory.CHAIR) {
			RuleViolation.require(by.equals(meeting.chairId()), "assignee", "M4", "评审结果须由评委会主任本人签字");
			this.mapper.updateChairSignature(meetingId, now(), by, clean);
		}
		else {
			this.mapper.updateSupervisorSignature(meetingId, now(), by, clean);
		}
	}

	@Transactional
	public void changeStatus(String meetingId, MeetingStatus status) {
		this.mapper.updateStatus(meetingId, status, "system");
	}

	/** M6: writes the minutes (a draft before the signatures, final after them). */
	@Transactional
	public String writeMinutes(String meetingId, boolean signed) {
		Meeting meeting = require(meetingId);
		List<BallotRound> rounds = this.ballots.findRounds(meetingId);
		Map<Integer, Integer> voters = new LinkedHashMap<>();
		rounds.forEach(round -> voters.put(round.ballotRound(), this.ballots.countVoters(meetingId, round.ballotRound())));
		String content = MinutesWriter.write(new MinutesWriter.Data(meeting, committeeOf(meeting), experts(meetingId),
				applicants(meetingId), reviews(meetingId), rounds, this.ballots.findCandidates(meetingId), voters,
				signed));
		String status = signed ? "FINAL" : "DRAFT";
		if (this.mapper.updateMinutes(meetingId, status, content, now()) == 0) {
			this.mapper.insertMinutes(meetingId, status, content, now());
		}
		return content;
	}

	public Optional<String> minutes(String meetingId) {
		return Optional.ofNullable(this.mapper.findMinutes(meetingId));
	}

	/** A short result for the signatories' forms (counts are no secret; who voted how is). */
	public String resultSummary(String meetingId) {
		List<MeetingApplicant> applicants = applicants(meetingId);
		long passed = applicants.stream().filter(MeetingApplicant::passed).count();
		StringBuilder text = new StringBuilder("评审" + applicants.size() + "人，通过" + passed + "人：");
		for (MeetingApplicant applicant : applicants) {
			String line = "\n" + applicant.reviewGroup().label() + " " + applicant.name() + "（" + applicant.unitName() + "）："
					+ (applicant.passed() ? "通过" : "未通过" + (applicant.verdict() == null ? "" : "，" + applicant.verdict().label()));
			if (text.length() + line.length() > 3000) {
				text.append("\n……（其余见会议纪要）");
				break;
			}
			text.append(line);
		}
		return text.toString();
	}

	@Transactional
	public void markPublished(String meetingId, String applicationId) {
		this.mapper.updatePublished(meetingId, applicationId);
	}

	// access

	/** M6: the minutes go to the committee office and supervision only. */
	public boolean mayReadMinutes(Meeting meeting, Collection<String> groups) {
		return groups.contains(meeting.officeGroupId()) || groups.contains(meeting.supervisionGroupId());
	}

	/** An applicant's materials: the office, supervision, and the experts assigned to read them (M3). */
	public boolean mayReadMaterials(Meeting meeting, String applicationId, String user, Collection<String> groups) {
		return mayReadMinutes(meeting, groups) || this.mapper.countReviews(meeting.id(), applicationId, user) > 0;
	}

	private Committee requireCommittee(String code) {
		return this.organisations.committee(code)
			.orElseThrow(() -> new RuleViolation("committeeCode", "N3", "评委会不存在：" + code));
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
