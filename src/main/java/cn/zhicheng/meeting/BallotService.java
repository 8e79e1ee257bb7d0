package cn.zhicheng.meeting;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.system.EngineAccess;
import cn.zhicheng.system.ForbiddenException;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret ballot (M4) and its count (M4, M5, M7, M8).
 * <p>
 * Casting: the expert's own ballot task is completed here, never with variables, after two writes in
 * one transaction: a participation row (who, when) and one anonymous sealed paper (random id, the
 * choices, no expert, no time). Nothing of the choices reaches the process engine, its variables or its
 * history.
 * <p>
 * Counting, in its own transaction after the ballot closed: the papers are opened, every choice becomes
 * one vote (applicant and choice), the votes are shuffled with SecureRandom and stored in that order as one
 * document of the round ({@link BallotVotes}, with its SHA-256), and the papers are deleted. The votes carry
 * the applicant and choice only, the document the meeting and round, so no query and no join over the tables
 * (nor order or timestamps) can tie a vote to an expert. {@link #recount} counts the stored votes again.
 * <p>
 * The count is a fixed number of statements whatever the meeting's size (issue 11: 500 applicants × 25
 * experts ≤ 200 ms): the votes one row ({@link BallotCountStore}), the totals counted from the very votes that
 * row holds and written in one JDBC batch, the results one UPDATE per verdict.
 */
@Service
public class BallotService {

	private final BallotMapper ballots;

	private final MeetingService meetings;

	private final MeetingMapper meetingMapper;

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final EngineAccess engineAccess;

	private final BallotCountStore countStore;

	private final Random random = new SecureRandom();

	/** Applicants per statement where a list of them goes into one (candidates, results). */
	static final int APPLICANTS_PER_STATEMENT = 500;

	BallotService(BallotMapper ballots, MeetingService meetings, MeetingMapper meetingMapper, TaskService taskService,
			RuntimeService runtimeService, EngineAccess engineAccess, BallotCountStore countStore) {
		this.countStore = countStore;
		this.ballots = ballots;
		this.meetings = meetings;
		this.meetingMapper = meetingMapper;
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.engineAccess = engineAccess;
	}

	// rounds

	/**
	 * Opens the meeting's next ballot round and returns its number: round 1 over every applicant, in their
	 * review groups (M7); later rounds are the run-offs the count created.
	 */
	@Transactional
	public int openRound(String meetingId) {
		Meeting meeting = this.meetings.require(meetingId);
		List<BallotRound> rounds = this.ballots.findRounds(meetingId);
		int round;
		if (rounds.isEmpty()) {
			round = 1;
			Map<ReviewGroup, List<String>> groups = new LinkedHashMap<>();
			for (MeetingApplicant applicant : this.meetings.applicants(meetingId)) {
				groups.computeIfAbsent(applicant.reviewGroup(), g -> new ArrayList<>()).add(applicant.applicationId());
			}
			for (Map.Entry<ReviewGroup, List<String>> group : groups.entrySet()) {
				this.ballots.insertRound(meetingId, round, group.getKey(), null);
				insertCandidates(meetingId, round, group.getKey(), group.getValue());
			}
		}
		else {
			round = rounds.get(rounds.size() - 1).ballotRound();
			RuleViolation.require(round > meeting.ballotRound(), "ballotRound", "M4", "第" + round + "轮投票已经进行过");
		}
		this.meetingMapper.updateBallotRound(meetingId, round);
		return round;
	}

	public List<BallotRound> rounds(String meetingId) {
		return this.ballots.findRounds(meetingId);
	}

	public List<BallotCandidate> candidates(String meetingId) {
		return this.ballots.findCandidates(meetingId);
	}

	public int voters(String meetingId, int round) {
		return this.ballots.countVoters(meetingId, round);
	}

	public boolean hasVoted(String meetingId, int round, String expertId) {
		return this.ballots.countParticipation(meetingId, round, expertId) > 0;
	}

	// casting

	/** The open ballot task of an expert in a meeting, with its round. */
	record BallotTask(Task task, String meetingId, int round) {
	}

	/** What the ballot page shows: the applicants of each group of the round, and a run-off's seats. */
	public record BallotPaper(String meetingId, String committeeName, int round, boolean runOff,
			List<Section> sections) {

		public record Section(String group, String groupLabel, Integer seats, List<Entry> applicants) {
		}

		public record Entry(String applicationId, String name, String unitName, String target) {
		}

	}

	/** The ballot paper of {@code user}'s open ballot in the meeting's current round. */
	public BallotPaper paper(String meetingId, String user) {
		BallotTask ballot = ownOpenBallot(meetingId, user);
		Meeting meeting = this.meetings.require(ballot.meetingId());
		Map<String, MeetingApplicant> applicants = new HashMap<>();
		this.meetings.applicants(meeting.id()).forEach(a -> applicants.put(a.applicationId(), a));
		List<BallotPaper.Section> sections = new ArrayList<>();
		for (BallotRound round : this.ballots.findRounds(meeting.id())) {
			if (round.ballotRound() != ballot.round()) {
				continue;
			}
			List<BallotPaper.Entry> entries = new ArrayList<>();
			for (BallotCandidate candidate : this.ballots.findCandidates(meeting.id())) {
				if (candidate.ballotRound() == ballot.round() && candidate.reviewGroup() == round.reviewGroup()) {
					MeetingApplicant a = applicants.get(candidate.applicationId());
					entries.add(new BallotPaper.Entry(a.applicationId(), a.name(), a.unitName(), a.target()));
				}
			}
			sections.add(new BallotPaper.Section(round.reviewGroup().name(), round.reviewGroup().label(), round.seats(),
					entries));
		}
		return new BallotPaper(meeting.id(), this.meetings.committeeOf(meeting).name(), ballot.round(),
				ballot.round() > 1, sections);
	}

	/**
	 * M4: the expert casts their own ballot: one choice (YES, NO, ABSTAIN) for every applicant of the round;
	 * in a run-off at most as many YES per group as there are seats. Only on the expert's own open ballot
	 * task (no proxy, no late vote), once. Completes the ballot task without variables.
	 */
	@Transactional
	public void cast(String meetingId, String user, Map<String, String> choices) {
		BallotTask ballot = ownOpenBallot(meetingId, user);
		int round = ballot.round();
		Map<ReviewGroup, BallotRound> groups = new LinkedHashMap<>();
		for (BallotRound r : this.ballots.findRounds(meetingId)) {
			if (r.ballotRound() == round) {
				groups.put(r.reviewGroup(), r);
				RuleViolation.require(BallotRound.OPEN.equals(r.status()), "meetingId", "M4", "本轮投票已结束，不得补投（M4）");
			}
		}
		Map<String, ReviewGroup> candidates = new LinkedHashMap<>();
		for (BallotCandidate candidate : this.ballots.findCandidates(meetingId)) {
			if (candidate.ballotRound() == round) {
				candidates.put(candidate.applicationId(), candidate.reviewGroup());
			}
		}
		RuleViolation.require(choices != null, "choices", "M4", "选票不能为空（M4）");
		Map<String, BallotChoice> paper = new TreeMap<>();
		for (Map.Entry<String, String> choice : choices.entrySet()) {
			RuleViolation.require(candidates.containsKey(choice.getKey()), "choices", "M4",
					"选票上的申报人不在本轮投票名单中：" + choice.getKey());
			paper.put(choice.getKey(), choiceOf(choice.getValue()));
		}
		RuleViolation.require(paper.keySet().equals(candidates.keySet()), "choices", "M4",
				"请对本轮每一名申报人选择同意、不同意或弃权（M4），还有" + (candidates.size() - paper.size()) + "人未选");
		for (Map.Entry<ReviewGroup, BallotRound> group : groups.entrySet()) {
			Integer seats = group.getValue().seats();
			if (seats != null) {
				long yes = paper.entrySet().stream()
					.filter(e -> candidates.get(e.getKey()) == group.getKey() && e.getValue() == BallotChoice.YES)
					.count();
				RuleViolation.require(yes <= seats, "choices", "M5", group.getKey().label() + "本轮另行投票只有" + seats
						+ "个名额，同意票不得超过" + seats + "张（M5），您投了" + yes + "张");
			}
		}
		this.ballots.insertParticipation(meetingId, round, user, MeetingService.now());
		this.ballots.insertPaper(randomId(), meetingId, round, seal(paper));
		// completed in the expert's name: the user operation log shows who took part and when, never how
		// (no variables; the paper above carries no name)
		this.engineAccess.onBehalfOf(user, () -> this.taskService.complete(ballot.task().getId()));
	}

	/**
	 * The user's own open ballot task in the meeting: assigned to them and issued to them (the
	 * multi-instance element {@code voter}), so a ballot reassigned to someone else cannot be cast by them.
	 */
	private BallotTask ownOpenBallot(String meetingId, String user) {
		Meeting meeting = this.meetings.require(meetingId);
		if (user == null || this.meetings.attending(meetingId).stream().noneMatch(e -> e.expertId().equals(user))) {
			throw new ForbiddenException("只有出席评审会议的评委本人可以投票，不得委托他人投票（M4）");
		}
		List<Task> tasks = this.engineAccess.asSystem(() -> this.taskService.createTaskQuery()
			.processInstanceId(meeting.processInstanceId())
			.taskDefinitionKey(ReviewMeetingProcess.TASK_CAST_BALLOT)
			.taskAssignee(user)
			.active()
			.list());
		for (Task task : tasks) {
			String voter = this.engineAccess.asSystem(
					() -> (String) this.runtimeService.getVariable(task.getExecutionId(), ReviewMeetingProcess.VOTER.name()));
			if (user.equals(voter)) {
				Integer round = this.engineAccess.asSystem(() -> (Integer) this.runtimeService
					.getVariable(task.getExecutionId(), ReviewMeetingProcess.BALLOT_ROUND.name()));
				return new BallotTask(task, meetingId, round);
			}
		}
		if (!tasks.isEmpty()) {
			throw new ForbiddenException("只能投本人的选票，不得代他人投票（M4）");
		}
		RuleViolation.require(meeting.ballotRound() == 0 || !hasVoted(meetingId, meeting.ballotRound(), user),
				"meetingId", "M4", "您已投过本轮的票，不能重复投票（M4）");
		throw new RuleViolation("meetingId", "M4", "当前没有进行中的投票：投票已结束的，不得补投（M4）");
	}

	private static BallotChoice choiceOf(String value) {
		try {
			return BallotChoice.valueOf(value);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new RuleViolation("choices", "M4", "选项只能是同意（YES）、不同意（NO）或弃权（ABSTAIN）（M4）");
		}
	}

	/** A paper lists the choices by application id, not in the order the expert marked them. */
	static String seal(Map<String, BallotChoice> paper) {
		StringBuilder text = new StringBuilder();
		new TreeMap<>(paper).forEach((id, choice) -> text.append(id).append('=').append(choice.name()).append('\n'));
		return text.toString();
	}

	static Map<String, BallotChoice> open(String paper) {
		Map<String, BallotChoice> choices = new TreeMap<>();
		for (String line : paper.split("\n")) {
			if (!line.isBlank()) {
				int at = line.indexOf('=');
				choices.put(line.substring(0, at), BallotChoice.valueOf(line.substring(at + 1)));
			}
		}
		return choices;
	}

	private long randomId() {
		long id;
		do {
			id = this.random.nextLong() & Long.MAX_VALUE;
		}
		while (id == 0);
		return id;
	}

	// counting

	/** The count of a round: whether a run-off follows (its round number) or the result is final. */
	public record Count(int round, Integer runOffRound) {
	}

	/**
	 * Opens the sealed papers of a closed round into shuffled anonymous votes, totals them, and applies the
	 * tally (M4, M5, M7, M8) per review group. Ties at a cap's boundary create the next (run-off) round.
	 */
	@Transactional
	public Count count(String meetingId, int round) {
		Meeting meeting = this.meetings.require(meetingId);
		this.ballots.closeRound(meetingId, round);
		Map<String, ReviewGroup> candidates = new LinkedHashMap<>();
		this.ballots.findCandidates(meetingId).stream()
			.filter(c -> c.ballotRound() == round)
			.forEach(c -> candidates.put(c.applicationId(), c.reviewGroup()));
		List<BallotVotes.Vote> votes = new ArrayList<>(candidates.size() * 32);
		for (String paper : this.ballots.findPapers(meetingId, round)) {
			open(paper).forEach((applicationId, choice) -> votes.add(new BallotVotes.Vote(applicationId, choice)));
		}
		Collections.shuffle(votes, this.random);
		// stored in the shuffled order as one document; the papers go
		BallotVotes stored = BallotVotes.of(votes);
		this.countStore.insert(meetingId, round, BallotVotes.encode(meetingId, round, stored.votes()));
		this.ballots.deletePapers(meetingId, round);

		// the totals are what the stored votes say: counted from exactly the votes the document holds (reading
		// the document back cost a SELECT, gunzip, SHA-256 and parse of 12 500 votes; recount() does that)
		Map<String, int[]> totals = stored.totals();
		this.countStore.updateTotals(meetingId, round, new ArrayList<>(candidates.keySet()), totals);

		int attending = this.meetings.attending(meetingId).size();
		Map<String, MeetingApplicant> applicants = new HashMap<>();
		this.meetings.applicants(meetingId).forEach(a -> applicants.put(a.applicationId(), a));
		Integer next = null;
		for (BallotRound ballot : this.ballots.findRounds(meetingId)) {
			if (ballot.ballotRound() != round) {
				continue;
			}
			ReviewGroup group = ballot.reviewGroup();
			List<Tally.Count> counts = candidates.entrySet().stream()
				.filter(e -> e.getValue() == group)
				.map(e -> new Tally.Count(e.getKey(), yes(totals, e.getKey()),
						applicants.get(e.getKey()).vetoed()))
				.toList();
			Tally.Outcome outcome = round == 1 ? Tally.firstRound(counts, attending, meeting.settings().capOf(group))
					: Tally.runOff(counts, ballot.seats());
			Map<Verdict, List<String>> byVerdict = new java.util.EnumMap<>(Verdict.class);
			outcome.verdicts()
				.forEach((applicationId, verdict) -> byVerdict.computeIfAbsent(verdict, v -> new ArrayList<>())
					.add(applicationId));
			byVerdict.forEach((verdict, ids) -> {
				for (List<String> chunk : chunks(ids)) {
					this.meetingMapper.updateResults(meetingId, resultOf(verdict), verdict, chunk);
				}
			});
			if (outcome.runOffRequired()) {
				next = round + 1;
				this.ballots.insertRound(meetingId, next, group, outcome.runOffSeats());
				insertCandidates(meetingId, next, group, outcome.with(Verdict.RUN_OFF));
			}
		}
		if (next == null) {
			this.meetings.changeStatus(meetingId, MeetingStatus.COUNTED);
		}
		return new Count(round, next);
	}

	private static int yes(Map<String, int[]> totals, String applicationId) {
		int[] total = totals.get(applicationId);
		return total == null ? 0 : total[BallotChoice.YES.ordinal()];
	}

	/**
	 * A recount of a counted round (M4): the stored votes read again (their digest, meeting and round checked)
	 * and counted; per applicant yes, no and abstentions in {@link BallotChoice#ordinal()} order, every
	 * applicant of the round, zeros for one without votes. The same as the stored totals unless the record was
	 * changed.
	 */
	public Map<String, int[]> recount(String meetingId, int round) {
		BallotVotes votes = this.countStore.find(meetingId, round);
		RuleViolation.require(votes != null, "ballotRound", "M4", "第" + round + "轮投票尚未计票，无法复核");
		Map<String, int[]> stored = votes.totals();
		Map<String, int[]> totals = new TreeMap<>();
		for (BallotCandidate candidate : this.ballots.findCandidates(meetingId)) {
			if (candidate.ballotRound() == round) {
				totals.put(candidate.applicationId(),
						stored.getOrDefault(candidate.applicationId(), new int[BallotChoice.values().length]));
			}
		}
		return totals;
	}

	private void insertCandidates(String meetingId, int round, ReviewGroup group, List<String> applicationIds) {
		for (List<String> chunk : chunks(applicationIds)) {
			this.ballots.insertCandidates(meetingId, round, group, chunk);
		}
	}

	/** {@code ids} in consecutive pieces of at most {@link #APPLICANTS_PER_STATEMENT}. */
	static List<List<String>> chunks(List<String> ids) {
		List<List<String>> chunks = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += APPLICANTS_PER_STATEMENT) {
			chunks.add(ids.subList(from, Math.min(ids.size(), from + APPLICANTS_PER_STATEMENT)));
		}
		return chunks;
	}

	private static String resultOf(Verdict verdict) {
		return switch (verdict) {
			case PASSED -> MeetingApplicant.PASSED;
			case RUN_OFF -> MeetingApplicant.RUN_OFF;
			default -> MeetingApplicant.FAILED;
		};
	}

}
