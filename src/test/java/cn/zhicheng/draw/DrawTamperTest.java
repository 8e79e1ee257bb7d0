package cn.zhicheng.draw;

import static cn.zhicheng.draw.DrawTestSupport.ERYUAN_NO1_SCHOOL;
import static cn.zhicheng.draw.DrawTestSupport.REVIEW_YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.organisation.OrganisationService;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tamper evidence: a signed draw verifies; any change to its stored rows and its candidate document (seed,
 * time, candidates, exclusions, result, signatures), even one rewritten consistently with recomputed digests,
 * is reported by {@link DrawService#verify(String)}.
 */
@SpringBootTest
@ActiveProfiles("demo")
class DrawTamperTest {

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	OrganisationService organisations;

	@Autowired
	DrawService draws;

	@Autowired
	JdbcTemplate jdbc;

	DrawTestSupport support;

	@BeforeEach
	void setUp() {
		this.support = new DrawTestSupport(this.organisations, this.runtimeService, this.taskService,
				this.identityService, this.jdbc);
		if (this.organisations.committee("DRAWTAMPER").isEmpty()) {
			this.support.committee("DRAWTAMPER", 24);
			this.support.applicant("DRAWTAMPER", REVIEW_YEAR, ERYUAN_NO1_SCHOOL, "段丽华", 311,
					ApplicationStatus.QUALIFIED.name());
		}
	}

	/** A fresh signed draw, checked intact, changed by {@code tamper}; returns the verification after. */
	DrawVerification tampered(Consumer<DrawRecord> tamper) {
		String drawId = this.support.signedDraw("DRAWTAMPER", REVIEW_YEAR);
		DrawVerification before = this.draws.verify(drawId);
		assertThat(before.problems()).isEmpty();
		assertThat(before.anchor()).isEqualTo("MATCH");
		tamper.accept(this.draws.record(drawId));
		DrawVerification after = this.draws.verify(drawId);
		assertThat(after.valid()).isFalse();
		return after;
	}

	@Test
	void swappingAMemberWithAnAlternateIsDetected() {
		DrawVerification v = tampered(r -> {
			int alternateSeq = r.draw().memberCount() + 1;
			this.jdbc.update("UPDATE zc_draw_pick SET seq_no = -1 WHERE draw_id = ? AND seq_no = 1", r.draw().id());
			this.jdbc.update("UPDATE zc_draw_pick SET seq_no = 1, pick_role = 'MEMBER' WHERE draw_id = ? AND seq_no = ?",
					r.draw().id(), alternateSeq);
			this.jdbc.update("UPDATE zc_draw_pick SET seq_no = ?, pick_role = 'ALTERNATE' WHERE draw_id = ? AND seq_no = -1",
					alternateSeq, r.draw().id());
		});
		assertThat(v.reproduced()).isFalse();
		assertThat(v.chainIntact()).isFalse();
		assertThat(v.problems()).anySatisfy(p -> assertThat(p).contains("重新抽取，第1位应为"));
	}

	@Test
	void replacingADrawnExpertWithAnotherCandidateIsDetected() {
		DrawVerification v = tampered(r -> {
			String outsider = r.candidates().stream()
				.filter(c -> r.picks().stream().noneMatch(p -> p.userId().equals(c)))
				.findFirst()
				.orElseThrow();
			this.jdbc.update("UPDATE zc_draw_pick SET user_id = ? WHERE draw_id = ? AND seq_no = 3", outsider, r.draw().id());
		});
		assertThat(v.reproduced()).isFalse();
	}

	@Test
	void changingTheSeedOrTheTimeIsDetected() {
		DrawVerification seed = tampered(r -> this.jdbc.update("UPDATE zc_draw SET seed = ? WHERE id = ?",
				"0".repeat(64), r.draw().id()));
		assertThat(seed.reproduced()).isFalse();
		assertThat(seed.chainIntact()).isFalse();
		DrawVerification time = tampered(r -> this.jdbc.update("UPDATE zc_draw SET drawn_at = ? WHERE id = ?",
				"2030-01-01T00:00:00+08:00", r.draw().id()));
		assertThat(time.reproduced()).isTrue();
		assertThat(time.chainIntact()).isFalse();
		assertThat(time.problems()).anySatisfy(p -> assertThat(p).contains("与其摘要不符"));
	}

	/** Replaces the draw's document and the digest it recorded, as someone with write access to the tables could. */
	void replace(DrawRecord r, DrawDocument.Stored document) {
		overwrite(r, document);
		this.jdbc.update("UPDATE zc_draw SET document_digest = ? WHERE id = ?", document.digest(), r.draw().id());
	}

	/** The draw's document rewritten in place, the digest the draw recorded left as it was. */
	void overwrite(DrawRecord r, DrawDocument.Stored document) {
		this.jdbc.update("UPDATE zc_draw_document SET content = ? WHERE draw_id = ?", document.content(), r.draw().id());
	}

	static List<String> lastFirst(List<String> candidates) {
		List<String> swapped = new ArrayList<>(candidates);
		java.util.Collections.swap(swapped, 0, swapped.size() - 1);
		return swapped;
	}

	@Test
	void changingTheCandidatesOrTheExclusionsIsDetected() {
		// the document rewritten under its old digest: the digest no longer matches
		DrawVerification inPlace = tampered(r -> overwrite(r, DrawDocument.of(lastFirst(r.candidates()), r.exclusions())));
		assertThat(inPlace.chainIntact()).isFalse();
		assertThat(inPlace.problems()).anySatisfy(p -> assertThat(p).contains("候选名单文档与抽取记录中的摘要不符"));
		// a new document with its own correct digest: the draw's result digest no longer matches
		DrawVerification candidates = tampered(
				r -> replace(r, DrawDocument.of(lastFirst(r.candidates()), r.exclusions())));
		assertThat(candidates.chainIntact()).isFalse();
		assertThat(candidates.problems()).anySatisfy(p -> assertThat(p).contains("与其摘要不符"));
		DrawVerification exclusions = tampered(
				r -> replace(r, DrawDocument.of(r.candidates(), r.exclusions().subList(1, r.exclusions().size()))));
		assertThat(exclusions.reproduced()).isTrue();
		assertThat(exclusions.chainIntact()).isFalse();
		// an excluded expert moved into the candidates, and the whole record re-hashed but for the history
		DrawVerification smuggled = tampered(r -> {
			List<String> more = new ArrayList<>(r.candidates());
			more.add(r.exclusions().get(0).userId());
			more.sort(null);
			replace(r, DrawDocument.of(more, r.exclusions().subList(1, r.exclusions().size())));
		});
		assertThat(smuggled.valid()).isFalse();
	}

	@Test
	void aDocumentThatIsNoLongerReadableIsReportedNotThrown() {
		DrawVerification garbage = tampered(r -> this.jdbc.update("UPDATE zc_draw_document SET content = ? WHERE draw_id = ?",
				"不是压缩文档".getBytes(java.nio.charset.StandardCharsets.UTF_8), r.draw().id()));
		assertThat(garbage.reproduced()).isFalse();
		assertThat(garbage.chainIntact()).isFalse();
		assertThat(garbage.problems()).anySatisfy(p -> assertThat(p).contains("候选名单文档无法解压"));
	}

	@Test
	void changingOrRemovingASignatureIsDetected() {
		DrawVerification signer = tampered(r -> this.jdbc.update(
				"UPDATE zc_draw_signature SET user_id = 'eyrsj' WHERE draw_id = ? AND seq_no = 2", r.draw().id()));
		assertThat(signer.problems()).anySatisfy(p -> assertThat(p).contains("第2个签名（eyrsj）的记录与其摘要不符"));
		DrawVerification opinion = tampered(r -> this.jdbc.update(
				"UPDATE zc_draw_signature SET opinion = '不同意' WHERE draw_id = ? AND seq_no = 4", r.draw().id()));
		assertThat(opinion.chainIntact()).isFalse();
		DrawVerification removed = tampered(r -> this.jdbc.update(
				"DELETE FROM zc_draw_signature WHERE draw_id = ? AND seq_no = 4", r.draw().id()));
		assertThat(removed.problems()).anySatisfy(p -> assertThat(p).contains("签名链末端摘要或签名人数与记录不符"))
			.anySatisfy(p -> assertThat(p).contains("监督人员签名0人，应为1人"));
	}

	/**
	 * Someone with write access to the draw tables redraws with a seed of their choosing and recomputes
	 * every digest: the tables are consistent again, but the result digest kept in the engine's history
	 * when the draw was made no longer matches.
	 */
	@Test
	void aConsistentRewriteOfTheTablesDisagreesWithTheEngineHistory() {
		DrawVerification v = tampered(r -> {
			Draw d = r.draw();
			String seed = "ab".repeat(32);
			List<String> drawn = DrawAlgorithm.draw(seed, r.candidates(), d.memberCount() + d.alternateCount());
			List<DrawPick> picks = new ArrayList<>();
			for (int i = 0; i < drawn.size(); i++) {
				picks.add(new DrawPick(i + 1, drawn.get(i), i < d.memberCount() ? PickRole.MEMBER : PickRole.ALTERNATE));
			}
			Draw forged = new Draw(d.id(), d.cycleId(), d.attempt(), d.committeeCode(), d.reviewYear(),
					d.processInstanceId(), d.officeGroupId(), d.supervisionGroupId(), d.status(), d.memberCount(),
					d.alternateCount(), d.algorithm(), seed, d.drawnAt(), d.drawnBy(), d.failureReason(), null, null,
					d.signatureCount(), d.disclosedAt());
			String resultDigest = DrawDigests.resultDigest(forged, r.candidates(), r.exclusions(), picks);
			this.jdbc.update("DELETE FROM zc_draw_pick WHERE draw_id = ?", d.id());
			for (DrawPick pick : picks) {
				this.jdbc.update("INSERT INTO zc_draw_pick (draw_id, seq_no, user_id, pick_role) VALUES (?, ?, ?, ?)",
						d.id(), pick.seqNo(), pick.userId(), pick.pickRole().name());
			}
			String link = resultDigest;
			for (DrawSignature s : r.signatures()) {
				link = DrawDigests.signatureDigest(link, s);
				this.jdbc.update("UPDATE zc_draw_signature SET digest = ? WHERE draw_id = ? AND seq_no = ?", link, d.id(),
						s.seqNo());
			}
			this.jdbc.update("UPDATE zc_draw SET seed = ?, result_digest = ?, digest = ? WHERE id = ?", seed,
					resultDigest, link, d.id());
		});
		assertThat(v.reproduced()).isTrue();
		assertThat(v.chainIntact()).isTrue();
		assertThat(v.anchor()).isEqualTo("MISMATCH");
		assertThat(v.problems()).containsExactly("抽取结果摘要与流程历史中留存的摘要不符，抽取记录已被改动");
	}

}
