package cn.zhicheng.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.qualification.PolicyPack.Region;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped packs in config/policy-packs and how packs are loaded, validated and selected. */
class PolicyPacksTest {

	private final PolicyPacks packs = Applicants.PACKS;

	@Test
	void shipsFivePacks() {
		assertThat(this.packs.all()).extracting(PolicyPack::id)
			.containsExactlyInAnyOrder("YUNNAN-GENERAL", "YUNNAN-2020-DIRECTED", "GUANGXI-2020-DIRECTED",
					"BAZHOU-2024-DIRECTED", "BAZHOU-2024-GENERAL");
	}

	@Test
	void yunnanDirectedScopeIsNujiangDiqingAndTheSixCounties() {
		PolicyPack pack = this.packs.byId("YUNNAN-2020-DIRECTED").orElseThrow();

		// DY1 (000): 怒江州 5333, 迪庆州 5334; 会泽 530326, 镇雄 530627, 宁蒗 530724, 澜沧 530828, 屏边 532523, 广南 532627
		assertThat(pack.scope().regions()).extracting(Region::code)
			.containsExactly("5333", "5334", "530326", "530627", "530724", "530828", "532523", "532627");
		assertThat(pack.scope().levels()).containsExactly(TitleLevel.ASSOCIATE_SENIOR);
		assertThat(pack.reviewYears().contains(2020)).isTrue();
		assertThat(pack.reviewYears().contains(2021)).isFalse();
	}

	@Test
	void guangxiScopeIsTheEightCountiesFrom2020To2023() {
		PolicyPack pack = this.packs.byId("GUANGXI-2020-DIRECTED").orElseThrow();

		// DG1 (001): 大化 451229, 都安 451228, 隆林 451031, 那坡 451026, 三江 450226, 融水 450225, 罗城 451225, 乐业 451028
		assertThat(pack.scope().regions()).extracting(Region::code)
			.containsExactlyInAnyOrder("451229", "451228", "451031", "451026", "450226", "450225", "451225", "451028");
		assertThat(pack.reviewYears().contains(2019)).isFalse();
		assertThat(pack.reviewYears().contains(2023)).isTrue();
		assertThat(pack.reviewYears().contains(2024)).isFalse();
	}

	@Test
	void bazhouDirectedIsPublicInstitutionsInTheListedSeriesAtSeniorLevels() {
		PolicyPack pack = this.packs.byId("BAZHOU-2024-DIRECTED").orElseThrow();

		assertThat(pack.scope().regions()).extracting(Region::code).containsExactly("6528");
		assertThat(pack.scope().levels()).containsExactly(TitleLevel.ASSOCIATE_SENIOR, TitleLevel.SENIOR);
		assertThat(pack.scope().series()).contains("中小学教师", "卫生技术", "农业技术", "畜牧", "兽医", "水利", "林业");
		assertThat(pack.scope().employmentKinds()).containsExactly(ApplicantFacts.EmploymentKind.PUBLIC_INSTITUTION);
	}

	@Test
	void selectsByTrackRegionAndYear() {
		assertThat(this.packs.select(Track.DIRECTED, "530326", 2020)).map(PolicyPack::id).contains("YUNNAN-2020-DIRECTED");
		assertThat(this.packs.select(Track.GENERAL, "530326", 2020)).map(PolicyPack::id).contains("YUNNAN-GENERAL");
		assertThat(this.packs.select(Track.DIRECTED, "530326", 2021)).isEmpty();
		assertThat(this.packs.select(Track.DIRECTED, "451229", 2022)).map(PolicyPack::id).contains("GUANGXI-2020-DIRECTED");
		assertThat(this.packs.select(Track.GENERAL, "451229", 2022)).isEmpty();
		assertThat(this.packs.select(Track.DIRECTED, "652801", 2030)).map(PolicyPack::id).contains("BAZHOU-2024-DIRECTED");
		assertThat(this.packs.select(Track.GENERAL, "652801", 2024)).map(PolicyPack::id).contains("BAZHOU-2024-GENERAL");
		assertThat(this.packs.select(Track.GENERAL, "652801", 2023)).isEmpty();
	}

	@Test
	void theMoreSpecificAndNewerPackWins(@TempDir Path dir) throws IOException {
		write(dir, "a.yaml", pack("XJ-GENERAL", "GENERAL", "65", 2020, null));
		write(dir, "b.yaml", pack("BZ-GENERAL", "GENERAL", "6528", 2024, null));
		write(dir, "c.yaml", pack("BZ-2026-GENERAL", "GENERAL", "6528", 2026, null));

		PolicyPacks loaded = PolicyPacks.load(dir);

		assertThat(loaded.select(Track.GENERAL, "652901", 2025)).map(PolicyPack::id).contains("XJ-GENERAL");
		assertThat(loaded.select(Track.GENERAL, "652801", 2025)).map(PolicyPack::id).contains("BZ-GENERAL");
		assertThat(loaded.select(Track.GENERAL, "652801", 2026)).map(PolicyPack::id).contains("BZ-2026-GENERAL");
	}

	@Test
	void anAdministratorCanAddAPackWithoutCode(@TempDir Path dir) throws IOException {
		write(dir, "sichuan.yaml", """
				id: SICHUAN-2020-DIRECTED
				name: 四川省凉山州“定向评价、定向使用”
				track: DIRECTED
				jurisdiction: {name: 四川省, regionPrefixes: ["51"]}
				reviewYears: {from: 2020, to: 2020}
				generalRules: [X1, A1, A4, A6, BASE]
				scope:
				  rule: DS1
				  regions: [{code: "5134", name: 凉山彝族自治州}]
				  levels: [ASSOCIATE_SENIOR]
				trackExclusivity: {rule: DS2}
				""");
		QualificationService service = new QualificationService(PolicyPacks.load(dir), Applicants.BASELINE,
				Applicants.standardData());
		ApplicantFacts facts = Applicants.yunnanDirected().regionCode("513401").build();

		QualificationReport report = service.check(facts);

		assertThat(report.policyPack()).isEqualTo("SICHUAN-2020-DIRECTED");
		assertThat(report.result("DS1").orElseThrow().outcome()).isEqualTo(Outcome.PASS);
		assertThat(report.result("DS2").orElseThrow().outcome()).isEqualTo(Outcome.PASS);
		assertThat(report.result("A7")).isEmpty();
		assertThat(report.eligible()).isTrue();
	}

	@Test
	void refusesAnUnknownRule(@TempDir Path dir) throws IOException {
		write(dir, "bad.yaml", pack("BAD", "GENERAL", "53", 2024, null).replace("[X1, BASE]", "[X1, A99]"));

		assertThatThrownBy(() -> PolicyPacks.load(dir)).hasMessageContaining("bad.yaml").hasMessageContaining("A99");
	}

	@Test
	void refusesAMisspelledSetting(@TempDir Path dir) throws IOException {
		write(dir, "typo.yaml", pack("TYPO", "GENERAL", "53", 2024, null) + "trackExclusivty: {rule: DY4}\n");

		assertThatThrownBy(() -> PolicyPacks.load(dir)).hasMessageContaining("typo.yaml").hasMessageContaining("trackExclusivty");
	}

	@Test
	void refusesDuplicateIds(@TempDir Path dir) throws IOException {
		write(dir, "a.yaml", pack("SAME", "GENERAL", "53", 2024, null));
		write(dir, "b.yaml", pack("SAME", "DIRECTED", "45", 2024, null));

		assertThatThrownBy(() -> PolicyPacks.load(dir)).hasMessageContaining("政策包编号重复：SAME");
	}

	@Test
	void refusesASectionWithoutRuleId(@TempDir Path dir) throws IOException {
		write(dir, "norule.yaml", pack("NORULE", "DIRECTED", "53", 2024, null) + "trackExclusivity: {}\n");

		assertThatThrownBy(() -> PolicyPacks.load(dir)).hasMessageContaining("缺少规则编号");
	}

	@Test
	void refusesAMissingDirectory() {
		assertThatThrownBy(() -> PolicyPacks.load(Path.of("no-such-directory"))).hasMessageContaining("政策包目录不存在");
	}

	@Test
	void theDefaultDirectoryIsTheRepositorysConfig() {
		assertThat(new PolicyPackProperties(null).directory()).isEqualTo(Path.of("config", "policy-packs"));
		assertThat(PolicyPacks.load(new PolicyPackProperties(null).directory()).all()).hasSize(5);
	}

	private static String pack(String id, String track, String prefix, int from, Integer to) {
		return "id: " + id + "\nname: 测试政策包\ntrack: " + track + "\njurisdiction: {name: 测试, regionPrefixes: [\"" + prefix
				+ "\"]}\nreviewYears: {from: " + from + (to == null ? "" : ", to: " + to) + "}\ngeneralRules: [X1, BASE]\n";
	}

	private static void write(Path dir, String name, String content) throws IOException {
		Files.writeString(dir.resolve(name), content);
	}

	@Test
	void everyShippedPackNamesItsSources() {
		List<PolicyPack> all = this.packs.all();
		assertThat(all).allSatisfy(p -> assertThat(p.sources()).isNotEmpty());
	}

}
