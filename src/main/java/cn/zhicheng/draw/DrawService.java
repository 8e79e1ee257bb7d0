package cn.zhicheng.draw;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.draw.Recusal.Screening;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.OrganisationKind;
import cn.zhicheng.organisation.OrganisationService;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervised expert draw (stage 5): draws a committee from its pool (E1, E3), leaves out whoever
 * must recuse (E5, E6), records seed, candidates, exclusions and result so that anyone allowed can
 * re-run it ({@link #verify(String)}), takes the four signatures (E2) into a SHA-256 hash chain, and
 * shows the list only to the committee office and supervision until the meeting (E7).
 * <p>
 * The candidates and exclusions are one compressed {@link DrawDocument}, whose SHA-256 digest the draw row
 * keeps next to the seed: a draw is a fixed number of statements whatever the pool's size (issue 11: the
 * draw from a pool of 10 000 ≤ 50 ms).
 * <p>
 * Rules live in {@link DrawSize}, {@link Recusal}, {@link DrawAlgorithm} and {@link DrawDigests};
 * this service stores and reads. Bad input is a {@link RuleViolation}.
 */
@Service
public class DrawService {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	/** E6: applications in these states will not come before the committee; all others count. */
	static final List<String> SETTLED_APPLICATIONS = List.of(ApplicationStatus.WITHDRAWN.name(),
			ApplicationStatus.NOT_RECOMMENDED.name(), ApplicationStatus.NOT_QUALIFIED.name());

	/** Logins per profile query of a draw's pages (an IN list of a pool of 10 000 is split). */
	static final int PROFILES_PER_QUERY = 1000;

	private final DrawMapper mapper;

	private final ExpertPoolMapper pool;

	private final OrganisationService organisations;

	private final DrawAnchor anchor;

	private final DrawPoolReader poolReader;

	DrawService(DrawMapper mapper, ExpertPoolMapper pool, OrganisationService organisations, DrawAnchor anchor,
			DrawPoolReader poolReader) {
		this.mapper = mapper;
		this.pool = pool;
		this.organisations = organisations;
		this.anchor = anchor;
		this.poolReader = poolReader;
	}

	/** Now on the engine clock, Beijing time, to the second: the text the digests cover. */
	static OffsetDateTime now() {
		return ClockUtil.getCurrentTime().toInstant().atZone(BEIJING).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS);
	}

	static String timestamp(OffsetDateTime time) {
		return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	// the draw

	/**
	 * Draws the committee for a cycle. A request that does not fit the committee (unknown committee,
	 * another office's or supervision's inbox) is a {@link RuleViolation}; a pool that cannot supply the
	 * committee, or a committee whose size breaks E3, gives a stored FAILED attempt with the reason.
	 */
	@Transactional
	public DrawOutcome draw(DrawRequest request) {
		Committee committee = checkRequest(request);
		DrawSize size = DrawSize.of(committee, this.pool.alternates(committee.code()));
		OffsetDateTime drawnAt = now();
		// the pool is read once, with only what the rules need (issue 11: 10 000 experts)
		List<PoolMember> experts = this.poolReader.members(committee.code());
		Screening screening = Recusal.screenMembers(experts,
				this.mapper.applicants(committee.code(), request.reviewYear(), SETTLED_APPLICATIONS),
				this.pool.relationsOfPool(committee.code()), drawnAt.toLocalDate());
		int poolSize = experts.size();
		String failure = size.problem(committee).orElseGet(() -> shortfall(committee, size, poolSize, screening));
		String seed = DrawAlgorithm.newSeed();
		List<DrawPick> picks = new ArrayList<>();
		if (failure == null) {
			List<String> drawn = DrawAlgorithm.draw(seed, screening.candidates(), size.total());
			for (int i = 0; i < drawn.size(); i++) {
				picks.add(new DrawPick(i + 1, drawn.get(i), i < size.members() ? PickRole.MEMBER : PickRole.ALTERNATE));
			}
		}
		String cycleId = request.cycleId().strip();
		String by = request.drawnBy() == null ? "system" : request.drawnBy();
		Draw draft = new Draw(UUID.randomUUID().toString(), cycleId, this.mapper.countByCycle(cycleId) + 1, committee.code(),
				request.reviewYear(), request.processInstanceId(), request.officeGroupId(),
				request.supervisionGroupId(), failure == null ? DrawStatus.SIGNING : DrawStatus.FAILED,
				size.members(), size.alternates(), DrawAlgorithm.NAME, seed, timestamp(drawnAt), by, failure, null,
				null, 0, null);
		String resultDigest = DrawDigests.resultDigest(draft, screening.candidates(), screening.exclusions(), picks);
		Draw draw = withDigests(draft, resultDigest, resultDigest);
		DrawDocument.Stored document = DrawDocument.of(screening.candidates(), screening.exclusions());
		this.mapper.insert(draw, document.digest(), by);
		this.mapper.insertDocument(draw.id(), document, DrawDocument.FORMAT);
		if (!picks.isEmpty()) {
			this.mapper.insertPicks(draw.id(), picks);
		}
		return new DrawOutcome(draw, committee.name(), screening.candidates().size(),
				(int) screening.excludedExperts());
	}

	private Committee checkRequest(DrawRequest request) {
		RuleViolation.require(request.cycleId() != null && !request.cycleId().isBlank()
				&& request.cycleId().strip().length() <= 64, "cycleId", "必填", "评审周期编号（cycleId）不能为空，且不超过64个字符");
		Committee committee = request.committeeCode() == null ? null
				: this.organisations.committee(request.committeeCode()).orElse(null);
		RuleViolation.require(committee != null, "committeeCode", "E1", "评委会不存在：" + request.committeeCode());
		RuleViolation.require(request.reviewYear() != null && request.reviewYear() >= 2000
				&& request.reviewYear() <= 2100, "reviewYear", "E1", "评审年度（reviewYear）应为2000至2100之间的年份");
		String office = Organisation.groupIdOf(committee.officeCreditCode());
		RuleViolation.require(office.equals(request.officeGroupId()), "committeeOfficeGroupId", "E2",
				"抽取须由评委会“" + committee.name() + "”的组建部门办理，committeeOfficeGroupId 应为 " + office + "，实为 "
						+ request.officeGroupId());
		Organisation supervision = request.supervisionGroupId() == null ? null
				: this.organisations.organisation(request.supervisionGroupId()).orElse(null);
		RuleViolation.require(supervision != null && supervision.kind() == OrganisationKind.SUPERVISION,
				"supervisionGroupId", "E1", "抽取须在纪检监察部门监督下进行（E1），supervisionGroupId 不是纪检监察部门："
						+ request.supervisionGroupId());
		RuleViolation.require(committee.supervisionCreditCode() == null
				|| committee.supervisionCreditCode().equals(supervision.creditCode()), "supervisionGroupId", "E1",
				"评委会“" + committee.name() + "”登记的监督部门为 " + committee.supervisionCreditCode() + "，与 supervisionGroupId "
						+ request.supervisionGroupId() + " 不一致");
		return committee;
	}

	private static String shortfall(Committee committee, DrawSize size, int poolSize, Screening screening) {
		int available = screening.candidates().size();
		if (available >= size.total()) {
			return null;
		}
		Map<ExclusionReason, Long> byReason = screening.exclusions().stream()
			.collect(Collectors.groupingBy(Exclusion::reasonCode, java.util.TreeMap::new, Collectors.counting()));
		String reasons = byReason.isEmpty() ? ""
				: "（" + byReason.entrySet().stream().map(e -> e.getKey().label() + e.getValue() + "人")
					.collect(Collectors.joining("，")) + "）";
		return "专家库可抽取专家不足：评委会“" + committee.name() + "”需抽取评委" + size.members() + "人、备用评委" + size.alternates()
				+ "人，共" + size.total() + "人；专家库共" + poolSize + "人，其中" + screening.excludedExperts() + "人须回避或不能参加"
				+ reasons + "，可抽取" + available + "人，尚缺" + (size.total() - available)
				+ "人。请补充专家库，或经批准调整评委会人数后重新抽取（E1、E3、E6）。";
	}

	private static Draw withDigests(Draw d, String resultDigest, String digest) {
		return new Draw(d.id(), d.cycleId(), d.attempt(), d.committeeCode(), d.reviewYear(), d.processInstanceId(),
				d.officeGroupId(), d.supervisionGroupId(), d.status(), d.memberCount(), d.alternateCount(),
				d.algorithm(), d.seed(), d.drawnAt(), d.drawnBy(), d.failureReason(), resultDigest, digest,
				d.signatureCount(), d.disclosedAt());
	}

	/**
	 * Whether the committee's pool can supply its draw for {@code reviewYear} today: size (E3), alternates
	 * (E1), and each pool member with the reasons they would be left out (E5, E6).
	 */
	public PoolReadiness readiness(String committeeCode, int reviewYear) {
		Committee committee = this.organisations.committee(committeeCode)
			.orElseThrow(() -> new RuleViolation("committeeCode", "E1", "评委会不存在：" + committeeCode));
		Integer configured = this.pool.alternates(committeeCode);
		DrawSize size = DrawSize.of(committee, configured);
		LocalDate today = now().toLocalDate();
		List<ExpertProfile> experts = this.pool.pool(committeeCode);
		Screening screening = Recusal.screen(experts,
				this.mapper.applicants(committeeCode, reviewYear, SETTLED_APPLICATIONS),
				this.pool.relationsOfPool(committeeCode), today);
		Map<String, List<String>> reasons = screening.exclusions().stream()
			.collect(Collectors.groupingBy(Exclusion::userId,
					Collectors.mapping(e -> e.reasonCode().label() + "：" + e.reason(), Collectors.toList())));
		List<PoolReadiness.PoolEntry> entries = experts.stream()
			.map(e -> new PoolReadiness.PoolEntry(e, !reasons.containsKey(e.userId()),
					reasons.getOrDefault(e.userId(), List.of())))
			.toList();
		String problem = size.problem(committee).orElseGet(() -> shortfall(committee, size, experts.size(), screening));
		return new PoolReadiness(committee.code(), committee.name(), reviewYear, today, size.members(),
				DrawSize.minimumMembers(committee), size.alternates(), configured != null, size.total(), experts.size(),
				screening.candidates().size(), problem == null, problem, entries);
	}

	// signatures (E2)

	/**
	 * E2: {@code userId} signs the draw in {@code role}. Refused (RuleViolation) unless the signer is
	 * signed in, works in the role's department (the committee office, or the supervision), confirms,
	 * has not signed this draw before in any role, and the role still needs a signature.
	 */
	@Transactional
	public DrawSignature sign(String drawId, SignerRole role, String userId, boolean confirmed, String opinion) {
		Draw draw = require(drawId);
		RuleViolation.require(draw.status() == DrawStatus.SIGNING, "drawId", "E2",
				"抽取结果当前状态为“" + draw.status().label() + "”，不能签名");
		RuleViolation.require(userId != null && !userId.isBlank() && !"system".equals(userId), "signer", "E2",
				"签名须由签名人本人登录后在待办中办理（E2）");
		String group = role == SignerRole.SUPERVISOR ? draw.supervisionGroupId() : draw.officeGroupId();
		boolean member = this.organisations.membershipsOf(userId).stream().map(Organisation::groupIdOf)
			.anyMatch(group::equals);
		String department = this.organisations.organisation(group).map(Organisation::name).orElse(group);
		RuleViolation.require(member, "signer", "E2", role == SignerRole.SUPERVISOR
				? "监督人员签名须由监督部门“" + department + "”的工作人员办理，" + userId + " 不是该部门人员（E2）"
				: "组建部门签名须由“" + department + "”的工作人员办理，" + userId + " 不是该部门人员（E2）");
		RuleViolation.require(confirmed, "signatureConfirmed", "E2", "请核对抽取名单与校验码后勾选确认，再签名（E2）");
		String cleanOpinion = opinion == null || opinion.isBlank() ? null : opinion.strip();
		RuleViolation.require(cleanOpinion == null || cleanOpinion.length() <= 500, "signatureOpinion", "长度",
				"签名意见不能超过500个字符");
		List<DrawSignature> signatures = this.mapper.signatures(drawId);
		for (DrawSignature earlier : signatures) {
			RuleViolation.require(!earlier.userId().equals(userId), "signer", "E2",
					"同一人不能重复签名：" + userId + " 已于 " + earlier.signedAt() + " 以" + earlier.signerRole().label()
							+ "身份签名。抽取结果须由三名不同的组建部门工作人员和一名监督人员共四人签名（E2）");
		}
		long sameRole = signatures.stream().filter(s -> s.signerRole() == role).count();
		RuleViolation.require(sameRole < role.required(), "signer", "E2",
				role.label() + "已有" + sameRole + "人签名，不需要再签（E2）");
		int seqNo = signatures.size() + 1;
		DrawSignature unsigned = new DrawSignature(seqNo, role, userId, timestamp(now()), cleanOpinion, null);
		String link = DrawDigests.signatureDigest(draw.digest(), unsigned);
		DrawSignature signature = new DrawSignature(seqNo, role, userId, unsigned.signedAt(), cleanOpinion, link);
		RuleViolation.require(this.mapper.advanceChain(drawId, link, seqNo, userId) == 1, "signer", "E2",
				"另一人正在同时签名，请刷新待办后重试");
		this.mapper.insertSignature(drawId, signature);
		return signature;
	}

	/** After the last signature: verifies the whole record once more and marks the draw signed. */
	@Transactional
	public Draw seal(String drawId, String by) {
		Draw draw = require(drawId);
		DrawVerification verification = verify(drawId);
		RuleViolation.require(verification.valid(), "drawId", "E2",
				"抽取记录校验未通过，不能完成签名：" + String.join("；", verification.problems()));
		RuleViolation.require(draw.signatureCount() == SignerRole.totalRequired(), "drawId", "E2",
				"抽取结果须由三名组建部门工作人员和一名监督人员签名，现有" + draw.signatureCount() + "人（E2）");
		this.mapper.updateStatus(drawId, DrawStatus.SIGNED, by);
		return require(drawId);
	}

	/** E7 ends with the meeting: from now on administrators and the filing authority may read the list too. */
	@Transactional
	public void disclose(String drawId, String by) {
		require(drawId);
		this.mapper.disclose(drawId, by);
	}

	// verification

	/**
	 * Re-runs the draw from its recorded seed and candidates and recomputes the hash chain; reports every
	 * difference from what is stored, and from the copy of the result digest in the engine's history.
	 */
	public DrawVerification verify(String drawId) {
		DrawRecord record = record(drawId);
		Draw draw = record.draw();
		List<String> problems = new ArrayList<>();
		if (record.documentProblem() != null) {
			problems.add(record.documentProblem());
		}
		boolean reproduced = reproduce(record, problems);

		Set<String> excluded = record.exclusions().stream().map(Exclusion::userId).collect(Collectors.toSet());
		record.candidates().stream().filter(excluded::contains).forEach(userId -> problems
			.add("候选名单中的 " + userId + " 同时在回避名单中"));

		boolean chainIntact = record.documentProblem() == null;
		String resultDigest = DrawDigests.resultDigest(draw, record.candidates(), record.exclusions(), record.picks());
		if (!resultDigest.equals(draw.resultDigest())) {
			chainIntact = false;
			problems.add("抽取记录（种子、时间、候选名单、回避名单或抽取结果）与其摘要不符，记录已被改动");
		}
		String link = draw.resultDigest();
		for (int i = 0; i < record.signatures().size(); i++) {
			DrawSignature signature = record.signatures().get(i);
			if (signature.seqNo() != i + 1) {
				chainIntact = false;
				problems.add("签名记录编号不连续：第" + (i + 1) + "个签名的编号为" + signature.seqNo());
			}
			link = DrawDigests.signatureDigest(link, signature);
			if (!link.equals(signature.digest())) {
				chainIntact = false;
				problems.add("第" + (i + 1) + "个签名（" + signature.userId() + "）的记录与其摘要不符，记录已被改动");
				link = signature.digest() == null ? link : signature.digest();
			}
		}
		if (!link.equals(draw.digest()) || draw.signatureCount() != record.signatures().size()) {
			chainIntact = false;
			problems.add("签名链末端摘要或签名人数与记录不符，签名记录已被增删或改动");
		}

		String anchorState = "UNAVAILABLE";
		Optional<String> anchored = this.anchor.resultDigest(draw.processInstanceId(), draw.id());
		if (anchored.isPresent()) {
			anchorState = anchored.get().equals(resultDigest) && anchored.get().equals(draw.resultDigest()) ? "MATCH"
					: "MISMATCH";
			if (anchorState.equals("MISMATCH")) {
				problems.add("抽取结果摘要与流程历史中留存的摘要不符，抽取记录已被改动");
			}
		}

		checkSignatures(draw, record.signatures(), problems);
		return new DrawVerification(draw.id(), problems.isEmpty(), reproduced, chainIntact, anchorState, draw.digest(),
				List.copyOf(problems));
	}

	private static boolean reproduce(DrawRecord record, List<String> problems) {
		Draw draw = record.draw();
		if (draw.status() == DrawStatus.FAILED) {
			if (!record.picks().isEmpty()) {
				problems.add("抽取失败的记录中不应有抽取结果");
				return false;
			}
			return true;
		}
		int total = draw.memberCount() + draw.alternateCount();
		if (!DrawAlgorithm.NAME.equals(draw.algorithm())) {
			problems.add("不认识的抽取算法：" + draw.algorithm());
			return false;
		}
		if (draw.seed() == null || !draw.seed().matches("[0-9a-f]{64}")) {
			problems.add("随机种子格式错误");
			return false;
		}
		if (record.candidates().size() < total
				|| new HashSet<>(record.candidates()).size() != record.candidates().size()) {
			problems.add("候选名单有" + record.candidates().size() + "人（或有重复），不足以抽取" + total + "人");
			return false;
		}
		List<String> expected = DrawAlgorithm.draw(draw.seed(), record.candidates(), total);
		List<DrawPick> picks = record.picks();
		boolean same = picks.size() == total;
		for (int i = 0; same && i < total; i++) {
			PickRole role = i < draw.memberCount() ? PickRole.MEMBER : PickRole.ALTERNATE;
			DrawPick pick = picks.get(i);
			if (pick.seqNo() != i + 1 || !pick.userId().equals(expected.get(i)) || pick.pickRole() != role) {
				problems.add("按记录的随机种子和候选名单重新抽取，第" + (i + 1) + "位应为 " + expected.get(i) + "（" + role.label()
						+ "），记录为 " + pick.userId() + "（" + pick.pickRole().label() + "）");
				same = false;
			}
		}
		if (picks.size() != total) {
			problems.add("抽取结果应有" + total + "人，记录为" + picks.size() + "人");
		}
		return same;
	}

	private static void checkSignatures(Draw draw, List<DrawSignature> signatures, List<String> problems) {
		Set<String> signers = new HashSet<>();
		for (DrawSignature signature : signatures) {
			if (!signers.add(signature.userId())) {
				problems.add(signature.userId() + " 重复签名（E2）");
			}
		}
		for (SignerRole role : SignerRole.values()) {
			long count = signatures.stream().filter(s -> s.signerRole() == role).count();
			if (count > role.required() || (draw.status() == DrawStatus.SIGNED && count != role.required())) {
				problems.add(role.label() + "签名" + count + "人，应为" + role.required() + "人（E2）");
			}
		}
		if (draw.status() == DrawStatus.FAILED && !signatures.isEmpty()) {
			problems.add("抽取失败的记录不应有签名");
		}
	}

	// reading (E7)

	public Optional<Draw> find(String drawId) {
		return Optional.ofNullable(drawId == null ? null : this.mapper.find(drawId));
	}

	public List<Draw> drawsOfCycle(String cycleId) {
		return this.mapper.findByCycle(cycleId);
	}

	/** The members in the order drawn (E1), for the meeting. */
	public List<String> members(String drawId) {
		return this.mapper.picks(drawId).stream().filter(p -> p.pickRole() == PickRole.MEMBER)
			.map(DrawPick::userId).toList();
	}

	/** The alternates in order of precedence (E1), for the meeting. */
	public List<String> alternates(String drawId) {
		return this.mapper.picks(drawId).stream().filter(p -> p.pickRole() == PickRole.ALTERNATE)
			.map(DrawPick::userId).toList();
	}

	/** Everything stored about a draw; the candidate document read back and checked against its digest. */
	DrawRecord record(String drawId) {
		Draw draw = require(drawId);
		DrawMapper.DocumentRow row = this.mapper.document(drawId);
		DrawDocument.Content document = row == null || row.digest() == null
				? DrawDocument.Content.broken("抽取记录缺少候选名单文档的摘要，记录已被改动")
				: DrawDocument.read(row.content(), row.digest());
		return new DrawRecord(draw, document.candidates(), document.exclusions(), this.mapper.picks(drawId),
				this.mapper.signatures(drawId), document.problem());
	}

	/** The profiles of everyone a draw names (candidates, exclusions, picks), for its pages. */
	Map<String, ExpertProfile> expertsNamedIn(DrawRecord record) {
		Set<String> named = new java.util.TreeSet<>(record.candidates());
		record.exclusions().forEach(x -> named.add(x.userId()));
		record.picks().forEach(p -> named.add(p.userId()));
		List<String> ids = List.copyOf(named);
		Map<String, ExpertProfile> profiles = new java.util.HashMap<>();
		for (int from = 0; from < ids.size(); from += PROFILES_PER_QUERY) {
			this.pool.profiles(ids.subList(from, Math.min(ids.size(), from + PROFILES_PER_QUERY)))
				.forEach(p -> profiles.put(p.userId(), p));
		}
		return profiles;
	}

	/**
	 * E7: until the meeting only the committee office and the supervision read a draw; after
	 * {@link #disclose}, administrators and the committee's filing authority too.
	 */
	public boolean mayRead(Draw draw, List<String> groups, boolean administrator) {
		if (groups.contains(draw.officeGroupId()) || groups.contains(draw.supervisionGroupId())) {
			return true;
		}
		if (draw.disclosedAt() == null) {
			return false;
		}
		String filing = this.organisations.committee(draw.committeeCode()).map(Committee::filingAuthorityCode)
			.orElse(null);
		return administrator || (filing != null && groups.contains(Organisation.groupIdOf(filing)));
	}

	private Draw require(String drawId) {
		return find(drawId).orElseThrow(() -> new RuleViolation("drawId", "E1", "抽取记录不存在：" + drawId));
	}

}
