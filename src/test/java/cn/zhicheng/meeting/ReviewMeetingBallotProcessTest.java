package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.MeetingTestSupport.Spec.directed;
import static cn.zhicheng.meeting.MeetingTestSupport.Spec.general;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationProcess;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.organisation.UnitLevel;
import cn.zhicheng.system.ForbiddenException;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * processes/review-meeting.bpmn from the reviews to the published result: a full meeting of 30
 * applicants and 25 experts (M3, M4, M6, M7, M9, E6), a pass-rate cap with a run-off (M5, M7, DG5), a
 * veto (M8), and the ballot's guards: no proxy, no late vote, no completion without voting (M4).
 */
class ReviewMeetingBallotProcessTest extends MeetingTestSupport {

	static final List<String> NAMES = List.of("杨丽芬", "李家兴", "段秀英", "赵春燕", "王建华", "张志明", "施红梅", "何永刚", "苏玉兰",
			"罗海涛", "李晓东", "杨文斌", "字丽华", "董志强", "尹春梅", "杜建国", "马丽萍", "周学文", "陈家兴", "和玉梅", "赵德明", "洪秀珍", "寸海燕",
			"段永红", "杨秀兰", "李国庆", "张慧敏", "王春林", "施家兴", "何丽娟");

	/** Expert k of expertNN is k = NN - first: their place in the attending order. */
	static int index(String expert, int first) {
		return Integer.parseInt(expert.substring("expert".length())) - first;
	}

	@Test
	void aFullMeetingOf30ApplicantsAnd25Experts() {
		int year = 2032;
		settings(new MeetingSettings(3, true, null, null, true, 120));
		List<Spec> specs = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			specs.add(new Spec(NAMES.get(i), i % 2 == 0 ? NO1_SCHOOL : NO2_SCHOOL, i < 24 ? "GENERAL" : "DIRECTED",
					i % 13));
		}
		List<Application> applications = qualified(year, specs);
		ProcessInstance pi = startMeeting(year, this.draws.draw(experts(1, 25), experts(26, 27)));
		String meetingId = meetingId(pi);
		open(pi, experts(1, 25), List.of(), "expert05", year);

		// M3, E6 and balance: 90 reviews, each applicant 3 distinct experts, never from their own school
		assertThat(pi).isWaitingAt(ReviewMeetingProcess.TASK_REVIEW_APPLICATION);
		List<Task> reviewTasks = tasks(pi, ReviewMeetingProcess.TASK_REVIEW_APPLICATION);
		assertThat(reviewTasks).hasSize(90).allSatisfy(t -> assertThat(t.getAssignee()).startsWith("expert"));
		Map<String, Application> byId = new HashMap<>();
		applications.forEach(a -> byId.put(a.id(), a));
		Map<String, List<String>> reviewers = new HashMap<>();
		Map<String, Integer> load = new HashMap<>();
		for (MeetingReview review : this.meetings.reviews(meetingId)) {
			reviewers.computeIfAbsent(review.applicationId(), id -> new ArrayList<>()).add(review.expertId());
			load.merge(review.expertId(), 1, Integer::sum);
		}
		Set<String> no1Experts = Set.of("expert01", "expert13", "expert25");
		Set<String> no2Experts = Set.of("expert02", "expert14");
		assertThat(reviewers).hasSize(30);
		reviewers.forEach((applicationId, experts) -> {
			assertThat(experts).hasSize(3).doesNotHaveDuplicates();
			Set<String> recused = NO1_SCHOOL.equals(byId.get(applicationId).unitCreditCode()) ? no1Experts : no2Experts;
			assertThat(experts).as("E6").doesNotContainAnyElementsOf(recused);
		});
		assertThat(load).hasSize(25);
		assertThat(load.values()).allMatch(l -> l == 3 || l == 4);

		// each expert's work is in their own inbox only
		List<Task> mine = as("expert07", () -> this.taskService.createTaskQuery().processInstanceId(pi.getId()).list());
		assertThat(mine).hasSize(load.get("expert07")).allSatisfy(t -> assertThat(t.getAssignee()).isEqualTo("expert07"));
		assertThat(as(OFFICE_LOGIN,
				() -> this.taskService.createTaskQuery().taskDefinitionKey(ReviewMeetingProcess.TASK_REVIEW_APPLICATION).count()))
			.isZero();

		// M9: the score sheet's base-level bonus is computed from the application (county unit, years)
		Task sample = reviewTasks.get(0);
		String sampleApplication = (String) this.taskService.getVariable(sample.getId(), "reviewApplicationId");
		int years = byId.get(sampleApplication).yearsAtBaseLevel();
		assertThat(this.taskService.getVariable(sample.getId(), "reviewBaseLevelBonus"))
			.isEqualTo(BaseLevelBonus.points(UnitLevel.COUNTY, years));
		assertThatThrownBy(() -> submit(sample.getAssignee(), sample,
				Map.of("reviewOpinion", "同意。", "reviewScore", 150)))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("M9");
		assertThatThrownBy(() -> submit(sample.getAssignee(), sample, Map.of("reviewScore", 80)))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("书面审阅意见");
		String other = sample.getAssignee().equals("expert07") ? "expert08" : "expert07";
		assertThatThrownBy(() -> submit(other, sample, Map.of("reviewOpinion", "代写", "reviewScore", 90)))
			.isInstanceOf(AuthorizationException.class);
		submit(sample.getAssignee(), sample, Map.of("reviewOpinion", "业绩突出。", "reviewScore", 88,
				"reviewBaseLevelBonus", 10));
		MeetingReview stored = this.meetings.reviews(meetingId).stream()
			.filter(r -> r.applicationId().equals(sampleApplication) && r.expertId().equals(sample.getAssignee()))
			.findFirst()
			.orElseThrow();
		assertThat(stored.score()).isEqualTo(88);
		assertThat(stored.baseLevelBonus()).as("typed bonus ignored").isEqualTo(BaseLevelBonus.points(UnitLevel.COUNTY, years));

		reviewAll(pi);
		assertThat(this.meetings.reviews(meetingId)).hasSize(90).allSatisfy(r -> assertThat(r.submitted()).isTrue());
		assertThat(pi).isWaitingAt(ReviewMeetingProcess.TASK_RECORD_VETOES);
		vetoes(pi, Map.of());

		// M4: one ballot per attending expert, covering both groups (M7: same experts, separate groups)
		List<Task> ballots = tasks(pi, ReviewMeetingProcess.TASK_CAST_BALLOT);
		assertThat(ballots).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(experts(1, 25));
		BallotService.BallotPaper paper = as("expert01", () -> this.ballots.paper(meetingId, "expert01"));
		assertThat(paper.sections()).extracting(BallotService.BallotPaper.Section::group)
			.containsExactly("GENERAL", "DIRECTED");
		assertThat(paper.sections().get(0).applicants()).hasSize(24);
		assertThat(paper.sections().get(1).applicants()).hasSize(6);

		// yes-votes per applicant: the 2/3 boundary of 25 attending is 17
		int[] yes = { 25, 17, 16, 24, 0, 20, 17, 16, 12, 25, 18, 19, 17, 16, 15, 22, 23, 21, 17, 16, 9, 25, 17, 3, 17,
				16, 25, 10, 18, 16 };
		Map<String, Integer> target = new HashMap<>();
		for (int i = 0; i < 30; i++) {
			target.put(applications.get(i).id(), yes[i]);
		}
		vote(pi, (expert, applicationId) -> {
			int k = index(expert, 1);
			return k < target.get(applicationId) ? BallotChoice.YES : k % 2 == 0 ? BallotChoice.NO : BallotChoice.ABSTAIN;
		});
		assertThat(tasks(pi, ReviewMeetingProcess.TASK_CAST_BALLOT)).isEmpty();
		closeAndCount(pi);

		Map<String, MeetingApplicant> results = results(meetingId);
		for (int i = 0; i < 30; i++) {
			MeetingApplicant result = results.get(applications.get(i).id());
			assertThat(result.passed()).as("%s with %d yes of 25", NAMES.get(i), yes[i]).isEqualTo(yes[i] >= 17);
			assertThat(result.verdict()).isEqualTo(yes[i] >= 17 ? Verdict.PASSED : Verdict.BELOW_TWO_THIRDS);
			assertThat(result.reviewGroup()).isEqualTo(i < 24 ? ReviewGroup.GENERAL : ReviewGroup.DIRECTED);
		}
		for (BallotCandidate candidate : this.ballots.candidates(meetingId)) {
			int y = target.get(candidate.applicationId());
			assertThat(candidate.yesVotes()).isEqualTo(y);
			assertThat(candidate.yesVotes() + candidate.noVotes() + candidate.abstentions()).isEqualTo(25);
		}

		// M1, M4: the chair and the supervisor sign; M6: the minutes
		assertThat(pi).hasPassed(ReviewMeetingProcess.TASK_DRAFT_MINUTES)
			.isWaitingAt(ReviewMeetingProcess.TASK_SIGN_BY_CHAIR, ReviewMeetingProcess.TASK_SIGN_BY_SUPERVISOR);
		assertThat(task(pi, ReviewMeetingProcess.TASK_SIGN_BY_CHAIR)).isAssignedTo("expert05");
		assertThat(task(pi, ReviewMeetingProcess.TASK_SIGN_BY_SUPERVISOR)).hasCandidateGroup(SUPERVISION);
		long passing = java.util.Arrays.stream(yes).filter(y -> y >= 17).count();
		assertThat((String) this.runtimeService.getVariable(pi.getId(), "resultSummary"))
			.startsWith("评审30人，通过" + passing + "人：");
		assertThat(this.meetings.minutes(meetingId)).get().asString().contains("草稿");
		assertThatThrownBy(() -> submit("expert05", task(pi, ReviewMeetingProcess.TASK_SIGN_BY_CHAIR),
				Map.of("chairConfirmed", false)))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("签字");
		signAndPublish(pi);

		// (the engine clock stands still in this test, so the history cannot tell the order apart)
		assertThat(pi).hasPassed(ReviewMeetingProcess.TASK_PREPARE, ReviewMeetingProcess.TASK_RECORD_ATTENDANCE,
				ReviewMeetingProcess.TASK_OPEN_MEETING, ReviewMeetingProcess.TASK_ASSIGN_REVIEWS,
				ReviewMeetingProcess.TASK_REVIEW_APPLICATION, ReviewMeetingProcess.TASK_RECORD_VETOES,
				ReviewMeetingProcess.TASK_OPEN_BALLOT, ReviewMeetingProcess.TASK_CAST_BALLOT,
				ReviewMeetingProcess.TASK_RECORD_BALLOT_CLOSED, ReviewMeetingProcess.TASK_COUNT_VOTES,
				ReviewMeetingProcess.TASK_DRAFT_MINUTES, ReviewMeetingProcess.TASK_FINALIZE_MINUTES,
				ReviewMeetingProcess.TASK_PUBLISH_RESULTS, ReviewMeetingProcess.END_EVENT)
			.isEnded();
		Meeting meeting = this.meetings.require(meetingId);
		assertThat(meeting.status()).isEqualTo(MeetingStatus.CLOSED);
		assertThat(meeting.chairSignedBy()).isEqualTo("expert05");
		assertThat(meeting.supervisorSignedBy()).isEqualTo(SUPERVISION_LOGIN);

		// each application received its result by message and ended accordingly
		for (int i = 0; i < 30; i++) {
			Application application = this.applications.require(applications.get(i).id());
			HistoricProcessInstance process = this.historyService.createHistoricProcessInstanceQuery()
				.processInstanceId(application.processInstanceId())
				.singleResult();
			boolean passed = yes[i] >= 17;
			// passed: waiting for the certificate (C2); not passed: ended
			assertThat(process.getEndActivityId()).isEqualTo(passed ? null : ApplicationProcess.END_NOT_PASSED);
			if (passed) {
				assertThat(this.runtimeService.createProcessInstanceQuery()
					.processInstanceId(application.processInstanceId())
					.activityIdIn(ApplicationProcess.EVENT_WAIT_FOR_CERTIFICATE)
					.count()).isEqualTo(1);
			}
			assertThat(application.status()).isEqualTo(passed ? ApplicationStatus.PASSED : ApplicationStatus.NOT_PASSED);
		}

		String minutes = this.meetings.minutes(meetingId).orElseThrow();
		assertThat(minutes).startsWith("# 洱源县中小学教师中级职称评审委员会 2032年度评审会议记录\n")
			.doesNotContain("草稿")
			.contains("评委会25人，出席25人（其中备用评委递补0人）")
			.contains("评委会主任：")
			.contains("监督人员：赵国强")
			.contains("普通评审组（24人，不设通过比例）")
			.contains("定向评价评审组（6人，不设通过比例）")
			.contains("业绩突出。（评分88，基层加分")
			.contains("| " + NAMES.get(1) + " | 17 | ")
			.contains("| " + NAMES.get(2) + " | 16 | ")
			.contains("普通评审组：评审24人，通过")
			.contains("会议程序规范，同意评审结果。");
		for (String name : NAMES) {
			assertThat(minutes).contains(name);
		}
	}

	@Test
	void aCapWithATieAtItsBoundaryGoesToARunOffInEachGroup() {
		int year = 2033;
		settings(new MeetingSettings(3, false, 50, 50, true, 120));
		List<Application> a = qualified(year,
				List.of(general("甲", NO1_SCHOOL), general("乙", NO2_SCHOOL), general("丙", NO1_SCHOOL),
						general("丁", NO2_SCHOOL), general("戊", NO1_SCHOOL), general("己", NO2_SCHOOL),
						directed("庚", NO1_SCHOOL), directed("辛", NO2_SCHOOL)));
		ProcessInstance pi = startMeeting(year, this.draws.draw(experts(28, 38), List.of()));
		String meetingId = meetingId(pi);
		open(pi, experts(28, 38), List.of(), "expert30", year);
		reviewAll(pi);
		vetoes(pi, Map.of());

		// 11 attending: 2/3 is 8 yes. General: cap 50 % of 6 = 3 seats; directed: 50 % of 2 = 1 seat
		int[] round1 = { 11, 9, 9, 9, 8, 3, 10, 10 };
		vote(pi, (expert, id) -> index(expert, 28) < round1[indexOf(a, id)] ? BallotChoice.YES : BallotChoice.NO);
		closeAndCount(pi);

		assertThat(pi).hasPassed(ReviewMeetingProcess.TASK_COUNT_VOTES)
			.isWaitingAt(ReviewMeetingProcess.TASK_CAST_BALLOT, ReviewMeetingProcess.TASK_CLOSE_BALLOT)
			.variables()
			.containsEntry("ballotRound", 2)
			.containsEntry("runOffRequired", true);
		Map<String, MeetingApplicant> results = results(meetingId);
		assertThat(results.get(a.get(0).id()).verdict()).isEqualTo(Verdict.PASSED);
		assertThat(List.of(results.get(a.get(1).id()), results.get(a.get(2).id()), results.get(a.get(3).id()),
				results.get(a.get(6).id()), results.get(a.get(7).id())))
			.allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.RUN_OFF));
		assertThat(results.get(a.get(4).id()).verdict()).isEqualTo(Verdict.OVER_CAP);
		assertThat(results.get(a.get(5).id()).verdict()).isEqualTo(Verdict.BELOW_TWO_THIRDS);

		// round 2: only the tied, 2 general seats and 1 directed seat; a ballot with too many yes is refused
		List<Task> runOff = tasks(pi, ReviewMeetingProcess.TASK_CAST_BALLOT);
		assertThat(runOff).hasSize(11);
		Task first = runOff.get(0);
		BallotService.BallotPaper paper = as(first.getAssignee(), () -> this.ballots.paper(meetingId, first.getAssignee()));
		assertThat(paper.runOff()).isTrue();
		assertThat(paper.sections()).extracting(BallotService.BallotPaper.Section::seats).containsExactly(2, 1);
		assertThat(paper.sections().get(0).applicants()).extracting(BallotService.BallotPaper.Entry::name)
			.containsExactlyInAnyOrder("乙", "丙", "丁");
		assertThatThrownBy(() -> cast(first, (expert, id) -> BallotChoice.YES)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("M5")
			.hasMessageContaining("2个名额");

		// general: 乙 8, 丙 6, 丁 3 (at most 2 yes per ballot); directed: 庚 7, 辛 4
		vote(pi, (expert, id) -> {
			int k = index(expert, 28);
			int i = indexOf(a, id);
			boolean yes = switch (i) {
				case 1 -> k < 8;
				case 2 -> k >= 5;
				case 3 -> k >= 8;
				case 6 -> k < 7;
				case 7 -> k >= 7;
				default -> false;
			};
			return yes ? BallotChoice.YES : BallotChoice.NO;
		});
		closeAndCount(pi);
		assertThat(pi).isWaitingAt(ReviewMeetingProcess.TASK_SIGN_BY_CHAIR, ReviewMeetingProcess.TASK_SIGN_BY_SUPERVISOR)
			.variables()
			.containsEntry("runOffRequired", false);
		results = results(meetingId);
		Set<String> passed = new HashSet<>();
		results.values().stream().filter(MeetingApplicant::passed).forEach(r -> passed.add(r.name()));
		assertThat(passed).containsExactlyInAnyOrder("甲", "乙", "丙", "庚");
		assertThat(results.get(a.get(3).id()).verdict()).isEqualTo(Verdict.OVER_CAP);
		assertThat(results.get(a.get(7).id()).verdict()).isEqualTo(Verdict.OVER_CAP);

		signAndPublish(pi);
		assertThat(this.applications.require(a.get(2).id()).status()).isEqualTo(ApplicationStatus.PASSED);
		assertThat(this.applications.require(a.get(3).id()).status()).isEqualTo(ApplicationStatus.NOT_PASSED);
		assertThat(this.meetings.minutes(meetingId).orElseThrow()).contains("通过比例上限50%，至多3人")
			.contains("第2轮 普通评审组（同票另行投票，名额2个）")
			.contains("第2轮 定向评价评审组（同票另行投票，名额1个）")
			.contains("| 乙 | 8 | 3 | 0 |");
	}

	@Test
	void aRecordedFraudFindingIsAVetoWhateverTheVotes() {
		int year = 2034;
		settings(MeetingSettings.DEFAULTS);
		List<Application> a = qualified(year,
				List.of(general("假材料", NO1_SCHOOL), general("李家兴", NO2_SCHOOL), general("段秀英", NO1_SCHOOL)));
		ProcessInstance pi = startMeeting(year, this.draws.draw(experts(28, 36), List.of()));
		String meetingId = meetingId(pi);
		open(pi, experts(28, 36), List.of(), "expert28", year);
		reviewAll(pi);

		Task vetoTask = task(pi, ReviewMeetingProcess.TASK_RECORD_VETOES);
		assertThat(vetoTask).hasCandidateGroup(OFFICE);
		List<Map<String, Object>> lines = FormValues.objects(this.taskService.getVariable(vetoTask.getId(), "vetoList"),
				"vetoList");
		assertThat(lines).hasSize(3);
		lines.get(0).put("vetoed", true);
		assertThatThrownBy(() -> submit(OFFICE_LOGIN, vetoTask, Map.of("vetoList", FormValues.json(lines))))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("M8");
		vetoes(pi, Map.of(a.get(0).id(), "经核查，其论文系抄袭，获奖证书系伪造"));

		// everyone but expert36 votes yes for all; the office closes the ballot: expert36's ballot is cancelled
		for (Task ballot : tasks(pi, ReviewMeetingProcess.TASK_CAST_BALLOT)) {
			if (!ballot.getAssignee().equals("expert36")) {
				cast(ballot, (expert, id) -> BallotChoice.YES);
			}
		}
		closeAndCount(pi);
		assertThat(tasks(pi, ReviewMeetingProcess.TASK_CAST_BALLOT)).isEmpty();
		assertThatThrownBy(() -> as("expert36", () -> this.ballots.cast(meetingId, "expert36",
				Map.of(a.get(0).id(), "YES", a.get(1).id(), "YES", a.get(2).id(), "YES"))))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("不得补投");
		Map<String, MeetingApplicant> results = results(meetingId);
		assertThat(results.get(a.get(0).id()).passed()).isFalse();
		assertThat(results.get(a.get(0).id()).verdict()).isEqualTo(Verdict.VETOED);
		assertThat(results.get(a.get(1).id()).passed()).isTrue();
		assertThat(results.get(a.get(2).id()).passed()).isTrue();
		assertThat(this.ballots.candidates(meetingId)).filteredOn(c -> c.applicationId().equals(a.get(0).id()))
			.singleElement()
			.satisfies(c -> assertThat(c.yesVotes()).isEqualTo(8));

		signAndPublish(pi);
		assertThat(this.applications.require(a.get(0).id()).status()).isEqualTo(ApplicationStatus.NOT_PASSED);
		assertThat(this.meetings.minutes(meetingId).orElseThrow()).contains("## 四、一票否决（M8）")
			.contains("假材料：弄虚作假。经核查，其论文系抄袭，获奖证书系伪造")
			.contains("| 普通评审组 | 假材料 | 未通过 | 一票否决（M8） |");
	}

	@Test
	void noProxyNoLateVoteAndNoBallotWithoutVoting() {
		int year = 2035;
		settings(new MeetingSettings(3, false, null, null, true, 30));
		List<Application> a = qualified(year, List.of(general("杨丽芬", NO1_SCHOOL), general("李家兴", NO2_SCHOOL)));
		ProcessInstance pi = startMeeting(year, this.draws.draw(experts(28, 36), List.of()));
		String meetingId = meetingId(pi);
		open(pi, experts(28, 36), List.of(), "expert28", year);
		reviewAll(pi);
		vetoes(pi, Map.of());

		Map<String, Task> ballots = new HashMap<>();
		tasks(pi, ReviewMeetingProcess.TASK_CAST_BALLOT).forEach(t -> ballots.put(t.getAssignee(), t));
		assertThat(ballots).hasSize(9);
		cast(ballots.get("expert28"), (expert, id) -> BallotChoice.YES);

		Map<String, String> yes = Map.of(a.get(0).id(), "YES", a.get(1).id(), "YES");
		// once only
		assertThatThrownBy(() -> as("expert28", () -> this.ballots.cast(meetingId, "expert28", yes)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("不能重复投票");
		// no proxy: an administrator is no attending expert; a ballot handed to a colleague stays the absent
		// expert's: the colleague casts only their own
		assertThatThrownBy(() -> as("demo", () -> this.ballots.cast(meetingId, "demo", yes)))
			.isInstanceOf(ForbiddenException.class)
			.hasMessageContaining("不得委托");
		this.taskService.setAssignee(ballots.get("expert30").getId(), "expert29");
		cast(ballots.get("expert29"), (expert, id) -> BallotChoice.YES);
		assertThatThrownBy(() -> as("expert29", () -> this.ballots.cast(meetingId, "expert29", yes)))
			.isInstanceOf(ForbiddenException.class)
			.hasMessageContaining("不得代他人投票");
		// a ballot task cannot be completed in Tasklist without voting (nor with choices as variables)
		assertThatThrownBy(() -> submit("expert31", ballots.get("expert31"), Map.of(a.get(0).id(), "YES")))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("投票页面");
		assertThat(tasks(pi, ReviewMeetingProcess.TASK_CAST_BALLOT)).hasSize(7);
		assertThat(this.runtimeService.getVariables(pi.getId())).doesNotContainKey(a.get(0).id());
		assertThat(this.ballots.voters(meetingId, 1)).isEqualTo(2);

		// the ballot's time is up: open ballots are cancelled and nobody can vote late
		Date deadline = (Date) this.runtimeService.getVariable(pi.getId(), "ballotDeadline");
		Job timer = this.managementService.createJobQuery().processInstanceId(pi.getId())
			.activityId(ReviewMeetingProcess.TIMER_BALLOT_TIME_UP).singleResult();
		assertThat(timer.getDuedate()).hasSameTimeAs(deadline);
		assertThat(deadline).hasSameTimeAs(new Date(ClockUtil.getCurrentTime().getTime() + 30 * 60_000L));
		ClockUtil.setCurrentTime(new Date(deadline.getTime() + 60_000));
		this.managementService.executeJob(timer.getId());
		assertThat(tasks(pi, ReviewMeetingProcess.TASK_CAST_BALLOT)).isEmpty();
		assertThat(tasks(pi, ReviewMeetingProcess.TASK_CLOSE_BALLOT)).isEmpty();
		assertThatThrownBy(() -> as("expert32", () -> this.ballots.cast(meetingId, "expert32", yes)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("不得补投");

		runJob(pi, ReviewMeetingProcess.TASK_COUNT_VOTES);
		assertThat(pi).hasPassed(ReviewMeetingProcess.TIMER_BALLOT_TIME_UP)
			.isWaitingAt(ReviewMeetingProcess.TASK_SIGN_BY_CHAIR, ReviewMeetingProcess.TASK_SIGN_BY_SUPERVISOR);
		assertThat(this.ballots.voters(meetingId, 1)).isEqualTo(2);
		// two yes of nine attending: missing ballots count against (M4 counts the attending experts)
		assertThat(results(meetingId).values()).allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.BELOW_TWO_THIRDS));
	}

	static int indexOf(List<Application> applications, String id) {
		for (int i = 0; i < applications.size(); i++) {
			if (applications.get(i).id().equals(id)) {
				return i;
			}
		}
		throw new IllegalArgumentException(id);
	}

}
