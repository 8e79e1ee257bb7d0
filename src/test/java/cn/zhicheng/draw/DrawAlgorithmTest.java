package cn.zhicheng.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.zhicheng.common.IdNumber;
import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.draw.Recusal.Screening;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.OrganisedBy;

import org.junit.jupiter.api.Test;

/**
 * The draw's rules without engine or database: size and oddness (E3), alternates (E1), recusal (E5,
 * E6), reproducibility from the seed, and even frequency over 10 000 draws.
 */
class DrawAlgorithmTest {

	static final LocalDate DRAW_DAY = LocalDate.of(2024, 9, 2);

	static final String SEED = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

	static Committee committee(TitleLevel level, OrganisedBy organisedBy, int members) {
		return new Committee("TEST", "测试评委会", "中小学教师", level, organisedBy, "532930", "115329304310054872", null,
				null, members);
	}

	static ExpertProfile expert(int n, String unit) {
		return new ExpertProfile(String.format("x%02d", n), "专家" + n, unit, "单位" + unit, "532930", "中小学教师", "语文",
				TitleLevel.ASSOCIATE_SENIOR, null, null, true);
	}

	static String idNumber(int seq) {
		String first17 = "53293019880315" + String.format("%03d", seq);
		return first17 + IdNumber.checkCharacter(first17);
	}

	/** 60 experts in 6 units U0..U5, with applicants in U0 and a relation declared for x07 and x08. */
	static List<ExpertProfile> pool60() {
		List<ExpertProfile> pool = new ArrayList<>();
		for (int n = 1; n <= 60; n++) {
			pool.add(expert(n, "U" + (n % 6)));
		}
		return pool;
	}

	static final List<Applicant> APPLICANTS = List.of(new Applicant(idNumber(11), "杨丽芬", "U0", "单位U0"),
			new Applicant(idNumber(21), "李家兴", "UX", "单位UX"));

	static final List<ExpertRelation> RELATIONS = List.of(
			new ExpertRelation("r1", "x07", RelationKind.KIN, idNumber(21), null, null, "夫妻", null, "x07"),
			new ExpertRelation("r2", "x08", RelationKind.TEACHER_STUDENT, null, "李家兴", "UX", null, null, "x08"),
			// same name, other unit: not the applicant
			new ExpertRelation("r3", "x09", RelationKind.OTHER, null, "李家兴", "UY", null, null, "x09"));

	// E3 and E1: size

	@Test
	void membersAreOddAndSeniorCommitteesHaveTheirMinimum() {
		assertThat(DrawSize.of(committee(TitleLevel.INTERMEDIATE, OrganisedBy.SERIES, 15), null).problem(
				committee(TitleLevel.INTERMEDIATE, OrganisedBy.SERIES, 15))).isEmpty();
		Committee even = committee(TitleLevel.INTERMEDIATE, OrganisedBy.SERIES, 14);
		assertThat(DrawSize.of(even, null).problem(even)).hasValueSatisfying(p -> assertThat(p).contains("奇数", "E3"));
		// intermediate committees: odd as configured, no senior minimum
		Committee small = committee(TitleLevel.INTERMEDIATE, OrganisedBy.SPECIALTY, 7);
		assertThat(DrawSize.of(small, null).problem(small)).isEmpty();
		for (TitleLevel senior : List.of(TitleLevel.ASSOCIATE_SENIOR, TitleLevel.SENIOR)) {
			Committee bySeries23 = committee(senior, OrganisedBy.SERIES, 23);
			assertThat(DrawSize.of(bySeries23, null).problem(bySeries23))
				.hasValueSatisfying(p -> assertThat(p).contains("不得少于25人", "E3"));
			Committee bySeries25 = committee(senior, OrganisedBy.SERIES, 25);
			assertThat(DrawSize.of(bySeries25, null).problem(bySeries25)).isEmpty();
			Committee bySpecialty9 = committee(senior, OrganisedBy.SPECIALTY, 9);
			assertThat(DrawSize.of(bySpecialty9, null).problem(bySpecialty9))
				.hasValueSatisfying(p -> assertThat(p).contains("不得少于11人"));
			Committee bySpecialty11 = committee(senior, OrganisedBy.SPECIALTY, 11);
			assertThat(DrawSize.of(bySpecialty11, null).problem(bySpecialty11)).isEmpty();
		}
	}

	@Test
	void alternatesAreTwentyPercentRoundedUpUnlessConfigured() {
		assertThat(DrawSize.defaultAlternates(11)).isEqualTo(3);
		assertThat(DrawSize.defaultAlternates(15)).isEqualTo(3);
		assertThat(DrawSize.defaultAlternates(25)).isEqualTo(5);
		assertThat(DrawSize.defaultAlternates(1)).isEqualTo(1);
		Committee c = committee(TitleLevel.SENIOR, OrganisedBy.SERIES, 25);
		assertThat(DrawSize.of(c, null)).isEqualTo(new DrawSize(25, 5));
		assertThat(DrawSize.of(c, 2)).isEqualTo(new DrawSize(25, 2));
		assertThat(DrawSize.of(c, 0).problem(c)).hasValueSatisfying(p -> assertThat(p).contains("备用评委", "E1"));
	}

	// E5 and E6: recusal

	@Test
	void recusalLeavesOutColleaguesDeclaredRelationsInactiveAndOutOfTerm() {
		List<ExpertProfile> pool = new ArrayList<>(pool60());
		pool.set(9, new ExpertProfile("x10", "专家10", "U4", "单位U4", "532930", "中小学教师", "语文", TitleLevel.SENIOR, null,
				null, false));
		pool.set(10, new ExpertProfile("x11", "专家11", "U5", "单位U5", "532930", "中小学教师", "语文", TitleLevel.SENIOR,
				null, LocalDate.of(2024, 8, 31), true));
		pool.set(13, new ExpertProfile("x14", "专家14", "U2", "单位U2", "532930", "中小学教师", "语文", TitleLevel.SENIOR,
				LocalDate.of(2024, 9, 3), null, true));
		Screening screening = Recusal.screen(pool, APPLICANTS, RELATIONS, DRAW_DAY);

		Map<String, List<ExclusionReason>> reasons = new HashMap<>();
		screening.exclusions().forEach(x -> reasons.computeIfAbsent(x.userId(), k -> new ArrayList<>()).add(x.reasonCode()));
		// U0: x06, x12, …, x60 work with 杨丽芬
		for (int n = 6; n <= 60; n += 6) {
			assertThat(reasons.get(String.format("x%02d", n))).containsExactly(ExclusionReason.SAME_UNIT);
		}
		assertThat(reasons.get("x07")).containsExactly(ExclusionReason.DECLARED_RELATION);
		assertThat(reasons.get("x08")).containsExactly(ExclusionReason.DECLARED_RELATION);
		assertThat(reasons).doesNotContainKey("x09");
		assertThat(reasons.get("x10")).containsExactly(ExclusionReason.INACTIVE);
		assertThat(reasons.get("x11")).containsExactly(ExclusionReason.TERM_ENDED);
		assertThat(reasons.get("x14")).containsExactly(ExclusionReason.TERM_NOT_STARTED);
		assertThat(screening.excludedExperts()).isEqualTo(15);
		assertThat(screening.candidates()).hasSize(45).isSorted().doesNotContainAnyElementsOf(reasons.keySet());

		Exclusion colleague = screening.exclusions().stream().filter(x -> x.userId().equals("x06")).findFirst().orElseThrow();
		assertThat(colleague.reason()).contains("杨丽芬", "5329**********", "单位U0", "E6").doesNotContain(idNumber(11));
		Exclusion kin = screening.exclusions().stream().filter(x -> x.userId().equals("x07")).findFirst().orElseThrow();
		assertThat(kin.reason()).contains("李家兴", "近亲属关系", "夫妻", "E6");
	}

	@Test
	void aLongListOfColleaguesIsShortenedToFitItsColumn() {
		List<String> many = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			many.add("申报人" + i + "（5329**********0000）");
		}
		String reason = Recusal.fit("与本年度申报人", many, "同在某单位工作（E6 同单位回避）");
		assertThat(reason.length()).isLessThanOrEqualTo(Recusal.MAX_REASON);
		assertThat(reason).contains("等100人", "E6");
	}

	// E1: the draw itself

	@Test
	void aDrawHonoursSizeAlternatesAndRecusalAndIsReproducibleFromItsSeed() {
		Committee committee = committee(TitleLevel.SENIOR, OrganisedBy.SERIES, 25);
		DrawSize size = DrawSize.of(committee, null);
		assertThat(size.problem(committee)).isEmpty();
		Screening screening = Recusal.screen(pool60(), APPLICANTS, RELATIONS, DRAW_DAY);

		List<String> drawn = DrawAlgorithm.draw(SEED, screening.candidates(), size.total());
		assertThat(drawn).hasSize(30).doesNotHaveDuplicates();
		assertThat(drawn.subList(0, size.members())).hasSize(25);
		assertThat(drawn.subList(0, size.members()).size() % 2).isEqualTo(1);
		assertThat(screening.candidates()).containsAll(drawn);
		assertThat(drawn).doesNotContainAnyElementsOf(screening.exclusions().stream().map(Exclusion::userId).toList());

		// the same seed and candidates give the same committee, in the same order
		assertThat(DrawAlgorithm.draw(SEED, List.copyOf(screening.candidates()), size.total())).isEqualTo(drawn);
		// another seed another committee
		assertThat(DrawAlgorithm.draw(SEED.replace('0', '9'), screening.candidates(), size.total())).isNotEqualTo(drawn);
		// a fresh seed is 32 random bytes
		assertThat(DrawAlgorithm.newSeed()).matches("[0-9a-f]{64}").isNotEqualTo(DrawAlgorithm.newSeed());

		assertThatThrownBy(() -> DrawAlgorithm.draw(SEED, screening.candidates(), screening.candidates().size() + 1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	/**
	 * The algorithm as documented, pinned: an independent implementation of the written description
	 * (docs/draw-readme.md) gives these results, so a change that would make old draws unverifiable fails here.
	 */
	@Test
	void theAlgorithmIsTheOneDocumented() throws Exception {
		List<String> ten = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			ten.add(String.format("e%02d", i));
		}
		assertThat(DrawAlgorithm.draw(SEED, ten, 5)).containsExactly("e02", "e06", "e04", "e09", "e03");
		assertThat(DrawAlgorithm.draw("ff".repeat(32), ten, 10)).containsExactly("e06", "e05", "e10", "e01", "e03",
				"e09", "e04", "e02", "e07", "e08");

		// step 2: the stream is SHA-256(seed ‖ counter), read as big-endian 64-bit integers
		byte[] seed = HexFormat.of().parseHex(SEED);
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		sha.update(seed);
		sha.update(new byte[8]);
		ByteBuffer block0 = ByteBuffer.wrap(sha.digest());
		DrawAlgorithm.Stream stream = new DrawAlgorithm.Stream(seed);
		for (int i = 0; i < 4; i++) {
			assertThat(stream.nextLong()).isEqualTo(block0.getLong());
		}
		sha.update(seed);
		sha.update(ByteBuffer.allocate(8).putLong(1).array());
		assertThat(stream.nextLong()).isEqualTo(ByteBuffer.wrap(sha.digest()).getLong());
	}

	/**
	 * 10 000 draws of 25 members and 5 alternates from a 60-expert pool (13 left out: 10 colleagues of an
	 * applicant, 2 declared relations, 1 inactive; 47 eligible): every eligible expert is drawn with
	 * probability 30/47, as a member with 25/47, first with 1/47, and a left-out expert never. Each count
	 * must lie within 5 standard deviations of its expectation, and the chi-square statistic over the 47
	 * counts below a generous bound of 130 (for 46 degrees of freedom, p ≈ 10⁻⁶ is at about 100). The
	 * seeds come from a fixed generator, so the test is repeatable.
	 */
	@Test
	void tenThousandDrawsPickEachEligibleExpertEvenly() {
		List<ExpertProfile> pool = new ArrayList<>(pool60());
		pool.set(9, new ExpertProfile("x10", "专家10", "U4", "单位U4", "532930", "中小学教师", "语文", TitleLevel.SENIOR, null,
				null, false));
		Screening screening = Recusal.screen(pool, APPLICANTS, RELATIONS, DRAW_DAY);
		List<String> candidates = screening.candidates();
		assertThat(candidates).hasSize(47);
		int draws = 10_000;
		int members = 25;
		int total = 30;
		Map<String, Integer> drawnCount = new HashMap<>();
		Map<String, Integer> memberCount = new HashMap<>();
		Map<String, Integer> firstCount = new HashMap<>();
		SplittableRandom seeds = new SplittableRandom(20240927L);
		for (int d = 0; d < draws; d++) {
			byte[] seed = new byte[32];
			seeds.nextBytes(seed);
			List<String> drawn = DrawAlgorithm.draw(HexFormat.of().formatHex(seed), candidates, total);
			assertThat(new HashSet<>(drawn)).hasSize(total);
			for (int i = 0; i < total; i++) {
				drawnCount.merge(drawn.get(i), 1, Integer::sum);
				if (i < members) {
					memberCount.merge(drawn.get(i), 1, Integer::sum);
				}
			}
			firstCount.merge(drawn.get(0), 1, Integer::sum);
		}
		assertThat(drawnCount.keySet()).containsExactlyInAnyOrderElementsOf(candidates);
		assertEven(drawnCount, candidates, draws, (double) total / candidates.size());
		assertEven(memberCount, candidates, draws, (double) members / candidates.size());
		assertEven(firstCount, candidates, draws, 1.0 / candidates.size());
	}

	private static void assertEven(Map<String, Integer> counts, List<String> candidates, int draws, double p) {
		double expected = draws * p;
		double sigma = Math.sqrt(draws * p * (1 - p));
		double chiSquare = 0;
		for (String candidate : candidates) {
			int count = counts.getOrDefault(candidate, 0);
			assertThat((double) count).as("%s drawn %d times, expected %.1f ± 5×%.1f", candidate, count, expected, sigma)
				.isBetween(expected - 5 * sigma, expected + 5 * sigma);
			chiSquare += (count - expected) * (count - expected) / (draws * p * (1 - p));
		}
		assertThat(chiSquare).as("chi-square over %d experts", candidates.size()).isLessThan(130);
	}

}
