package cn.zhicheng.meeting;

import static cn.zhicheng.meeting.MeetingTestSupport.Spec.directed;
import static cn.zhicheng.meeting.MeetingTestSupport.Spec.general;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.zhicheng.application.Application;

import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * M4 at the database level: after a meeting in which every expert cast a ballot that identifies them
 * (all ballots differ), nothing in the ballot tables or the round's vote document, no join over them, no
 * order, no timestamp, and nothing in Camunda's variables or history ties a vote to an expert. Runs on H2
 * ({@link BallotSecrecyH2Test}) and on MySQL ({@link BallotSecrecyMysqlTest}).
 */
abstract class BallotSecrecyScenarioTest extends MeetingTestSupport {

	static final int YEAR = 2036;

	@Test
	void noQueryCanAttributeAVoteToAnExpert() throws Exception {
		settings(MeetingSettings.DEFAULTS);
		List<Application> applicants = qualified(YEAR,
				List.of(general("杨丽芬", NO1_SCHOOL), general("李家兴", NO2_SCHOOL), general("段秀英", NO1_SCHOOL),
						general("赵春燕", NO2_SCHOOL), general("王建华", NO1_SCHOOL), general("张志明", NO2_SCHOOL),
						directed("和春燕", NO1_SCHOOL), directed("施红梅", NO2_SCHOOL)));
		List<String> ids = applicants.stream().map(Application::id).toList();
		List<String> experts = experts(28, 38);
		ProcessInstance pi = startMeeting(YEAR, this.draws.draw(experts, List.of()));
		String meetingId = meetingId(pi);
		open(pi, experts, List.of(), "expert30", YEAR);
		reviewAll(pi);
		vetoes(pi, Map.of());

		// every expert's ballot is different (fixed test data, choices spread evenly)
		Random test = new Random(4242);
		Map<String, Map<String, BallotChoice>> papers = new LinkedHashMap<>();
		for (String expert : experts) {
			Map<String, BallotChoice> paper = new HashMap<>();
			ids.forEach(id -> paper.put(id, BallotChoice.values()[test.nextInt(3)]));
			papers.put(expert, paper);
		}
		assertThat(new HashSet<>(papers.values())).hasSize(experts.size());
		// they vote in the order of the list (the participation and Camunda's history show that order)
		Map<String, Task> ballots = new HashMap<>();
		tasks(pi, ReviewMeetingProcess.TASK_CAST_BALLOT).forEach(t -> ballots.put(t.getAssignee(), t));
		for (String expert : experts) {
			cast(ballots.get(expert), (who, applicationId) -> papers.get(who).get(applicationId));
		}

		// while the ballot is open: sealed anonymous papers, no votes yet
		assertThat(count("zc_ballot_paper", meetingId)).isEqualTo(experts.size());
		assertThat(count("zc_ballot_count", meetingId)).isZero();
		closeAndCount(pi);

		// 1. the papers are gone; the round's votes are one document of one vote per expert and applicant;
		// who voted is kept apart
		assertThat(count("zc_ballot_paper", meetingId)).isZero();
		assertThat(count("zc_ballot_count", meetingId)).isOne();
		List<BallotVotes.Vote> stored = storedVotes(meetingId, 1);
		assertThat(stored).hasSize(experts.size() * ids.size());
		assertThat(this.jdbc.queryForObject("SELECT vote_count FROM zc_ballot_count WHERE meeting_id = ?",
				Integer.class, meetingId)).isEqualTo(experts.size() * ids.size());
		assertThat(this.jdbc.queryForList("SELECT expert_id FROM zc_ballot_participation WHERE meeting_id = ?",
				String.class, meetingId)).containsExactlyInAnyOrderElementsOf(experts);

		// 2. the columns: the votes' row carries no expert, no user, no time; papers neither; participation no
		// choice; each vote in the document is an applicant and a choice, nothing else
		Map<String, String> vote = columns("zc_ballot_count");
		assertThat(vote.keySet()).containsExactlyInAnyOrder("meeting_id", "ballot_round", "format", "vote_count",
				"votes_digest", "content");
		assertThat(vote.values()).noneMatch(type -> type.contains("TIME") || type.contains("DATE"));
		assertThat(BallotVotes.Vote.class.getRecordComponents()).extracting(c -> c.getName())
			.containsExactly("applicationId", "choice");
		String document = documentText(meetingId, 1);
		for (String expert : experts) {
			assertThat(document).as("the document names no expert").doesNotContain("\"" + expert + "\"");
		}
		assertThat(document).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
		assertThat(columns("zc_ballot_paper").keySet()).containsExactlyInAnyOrder("id", "meeting_id", "ballot_round",
				"choices");
		Map<String, String> participation = columns("zc_ballot_participation");
		assertThat(participation.keySet()).containsExactlyInAnyOrder("meeting_id", "ballot_round", "expert_id",
				"voted_at");
		Set<String> shared = new HashSet<>(participation.keySet());
		shared.retainAll(vote.keySet());
		assertThat(shared).as("the only columns a join could use").containsExactlyInAnyOrder("meeting_id", "ballot_round");

		// 3. joining on them relates every expert to all the votes alike: the same document
		List<Map<String, Object>> joined = this.jdbc.queryForList("""
				SELECT p.expert_id AS expert, v.votes_digest AS digest
				FROM zc_ballot_participation p JOIN zc_ballot_count v
				  ON v.meeting_id = p.meeting_id AND v.ballot_round = p.ballot_round
				WHERE p.meeting_id = ?""", meetingId);
		assertThat(joined).hasSize(experts.size());
		assertThat(joined.stream().map(row -> value(row, "digest")).distinct()).as("every expert sees the same votes")
			.hasSize(1);

		// 4. the votes' order does not follow the voting order. Stored per ballot in voting order, the k-th block
		// of votes would be the k-th voter's ballot for all 11 of them; in a random order a block is some ballot
		// by chance with a probability of about 1 in 200 000, two blocks practically never.
		int blocksThatAreBallots = 0;
		for (int block = 0; block < experts.size(); block++) {
			Map<String, BallotChoice> run = new HashMap<>();
			for (BallotVotes.Vote v : stored.subList(block * ids.size(), (block + 1) * ids.size())) {
				run.put(v.applicationId(), v.choice());
			}
			if (papers.containsValue(run)) {
				blocksThatAreBallots++;
			}
		}
		assertThat(blocksThatAreBallots).as("ballots readable from the votes' order").isLessThan(2);
		oneRowPerRound(meetingId);

		// 5. the totals are complete: the votes were all counted, just not attributable; a recount of the stored
		// votes gives the same totals
		Map<String, int[]> recount = this.ballots.recount(meetingId, 1);
		assertThat(recount).hasSize(ids.size());
		for (BallotCandidate candidate : this.ballots.candidates(meetingId)) {
			for (BallotChoice choice : BallotChoice.values()) {
				long n = papers.values().stream().filter(p -> p.get(candidate.applicationId()) == choice).count();
				assertThat(recount.get(candidate.applicationId())[choice.ordinal()]).isEqualTo((int) n);
			}
			long yes = papers.values().stream().filter(p -> p.get(candidate.applicationId()) == BallotChoice.YES).count();
			assertThat(candidate.yesVotes()).isEqualTo((int) yes);
			assertThat(candidate.noVotes()).isEqualTo(recount.get(candidate.applicationId())[BallotChoice.NO.ordinal()]);
			assertThat(candidate.abstentions())
				.isEqualTo(recount.get(candidate.applicationId())[BallotChoice.ABSTAIN.ordinal()]);
		}

		// 6. Camunda: the ballot tasks were completed without variables, nothing of a choice is a variable
		List<String> ballotTasks = this.historyService.createHistoricTaskInstanceQuery()
			.processInstanceId(pi.getId())
			.taskDefinitionKey(ReviewMeetingProcess.TASK_CAST_BALLOT)
			.list()
			.stream()
			.map(HistoricTaskInstance::getId)
			.toList();
		assertThat(ballotTasks).hasSize(experts.size());
		assertThat(this.historyService.createHistoricDetailQuery().processInstanceId(pi.getId()).list())
			.noneMatch(detail -> detail.getTaskId() != null && ballotTasks.contains(detail.getTaskId()));
		List<String> texts = new ArrayList<>();
		for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_RU_VARIABLE")) {
			for (Map<String, Object> row : this.jdbc.queryForList(
					"SELECT NAME_, TEXT_, TEXT2_ FROM " + table + " WHERE PROC_INST_ID_ = ?", pi.getId())) {
				texts.add(value(row, "NAME_") + "|" + value(row, "TEXT_") + "|" + value(row, "TEXT2_"));
			}
		}
		assertThat(texts).as("the meeting's variables and their history").isNotEmpty();
		for (String id : ids) {
			assertThat(texts).as("variables naming an applicant").noneMatch(text -> text.startsWith(id + "|"));
		}
		assertThat(texts).noneMatch(text -> text.matches("(?s).*\\|(YES|NO|ABSTAIN)\\|.*"))
			.noneMatch(text -> text.contains("=YES") || text.contains("=NO") || text.contains("=ABSTAIN"));
		List<byte[]> serialized = new ArrayList<>();
		for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_RU_VARIABLE")) {
			serialized.addAll(this.jdbc.queryForList("SELECT b.BYTES_ FROM ACT_GE_BYTEARRAY b JOIN " + table
					+ " v ON v.BYTEARRAY_ID_ = b.ID_ WHERE v.PROC_INST_ID_ = ? AND b.BYTES_ IS NOT NULL", byte[].class,
					pi.getId()));
		}
		assertThat(serialized).as("serialized variables (lists of ids)").isNotEmpty();
		for (byte[] bytes : serialized) {
			String content = new String(bytes, StandardCharsets.UTF_8);
			assertThat(content).doesNotContain("ABSTAIN").doesNotContain("=YES").doesNotContain("\"YES\"");
		}
	}

	/**
	 * How the database keeps rows in insertion order, if it does: the votes have no row of their own there
	 * (no hidden row key, no clustered position per vote), only the round's one row.
	 */
	abstract void oneRowPerRound(String meetingId);

	/** The stored votes of a round in their stored order, their digest checked. */
	List<BallotVotes.Vote> storedVotes(String meetingId, int round) {
		Map<String, Object> row = this.jdbc.queryForMap(
				"SELECT votes_digest, content FROM zc_ballot_count WHERE meeting_id = ? AND ballot_round = ?", meetingId,
				round);
		return BallotVotes.read(meetingId, round, (byte[]) cell(row, "content"), value(row, "votes_digest")).votes();
	}

	/** The uncompressed document of a round, as an auditor reads it. */
	String documentText(String meetingId, int round) throws Exception {
		byte[] content = this.jdbc.queryForObject(
				"SELECT content FROM zc_ballot_count WHERE meeting_id = ? AND ballot_round = ?", byte[].class, meetingId,
				round);
		try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(content))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static Object cell(Map<String, Object> row, String column) {
		for (Map.Entry<String, Object> entry : row.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(column)) {
				return entry.getValue();
			}
		}
		throw new IllegalArgumentException(column);
	}

	long count(String table, String meetingId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE meeting_id = ?", Long.class,
				meetingId);
	}

	/** Column name (lower case) → SQL type name, from the JDBC metadata of the application's schema. */
	Map<String, String> columns(String table) throws Exception {
		Map<String, String> columns = new LinkedHashMap<>();
		try (var connection = this.jdbc.getDataSource().getConnection()) {
			DatabaseMetaData metadata = connection.getMetaData();
			for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
				try (ResultSet rs = metadata.getColumns(connection.getCatalog(), null, name, null)) {
					while (rs.next()) {
						columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
								rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT));
					}
				}
			}
		}
		assertThat(columns).as("columns of %s", table).isNotEmpty();
		return columns;
	}

	static String value(Map<String, Object> row, String column) {
		for (Map.Entry<String, Object> entry : row.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(column)) {
				return String.valueOf(entry.getValue());
			}
		}
		throw new IllegalArgumentException(column);
	}

}
