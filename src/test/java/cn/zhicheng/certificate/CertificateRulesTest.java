package cn.zhicheng.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import cn.zhicheng.qualification.CertificationPolicy;
import cn.zhicheng.qualification.PolicyPack;
import cn.zhicheng.qualification.PolicyPacks;
import cn.zhicheng.qualification.Track;

import org.junit.jupiter.api.Test;

/** Certificate and document numbers, masked names and the valid region of directed certificates (C1, C2, C4). */
class CertificateRulesTest {

	static final PolicyPacks PACKS = PolicyPacks.load(Path.of("config", "policy-packs"));

	@Test
	void certificateNumbersCarryYearRegionSequenceAndACheckCharacter() {
		String number = CertificateNumbers.format(2024, "532930", 17);
		assertThat(number).hasSize(16).startsWith("202453293000017");
		assertThat(CertificateNumbers.isWellFormed(number)).isTrue();
		// a mistyped digit and two swapped digits are caught
		char wrong = number.charAt(12) == '9' ? '8' : '9';
		assertThat(CertificateNumbers.isWellFormed(number.substring(0, 12) + wrong + number.substring(13))).isFalse();
		String swapped = number.substring(0, 11) + number.charAt(12) + number.charAt(11) + number.substring(13);
		if (!swapped.equals(number)) {
			assertThat(CertificateNumbers.isWellFormed(swapped)).isFalse();
		}
		assertThat(CertificateNumbers.isWellFormed("2024532930000017")).isEqualTo(number.equals("2024532930000017"));
		assertThat(CertificateNumbers.isWellFormed("abc")).isFalse();
		// ISO 7064 MOD 11-2 is the ID number's check: the standard's example 11010519491231002X
		assertThat(CertificateNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
		assertThatThrownBy(() -> CertificateNumbers.format(2024, "532930", 100_000))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void documentNumbersFollowTheConfiguredPattern() {
		assertThat(DocumentNumbers.format(CertificationProperties.DEFAULT_PATTERN, "洱", 2024, 3))
			.isEqualTo("洱人社职〔2024〕3号");
		assertThat(DocumentNumbers.format("{issuer}人社发〔{year}〕{seq}号", "迪", 2020, 41)).isEqualTo("迪人社发〔2020〕41号");
		// without year or sequence numbers could repeat (C1)
		assertThatThrownBy(() -> DocumentNumbers.format("{issuer}人社职号", "洱", 2024, 1))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("{seq}");
	}

	@Test
	void publicNamesKeepFirstAndLastCharacter() {
		assertThat(Certificate.maskName("张晓明")).isEqualTo("张*明");
		assertThat(Certificate.maskName("李华")).isEqualTo("李*");
		assertThat(Certificate.maskName("欧阳秀英")).isEqualTo("欧**英");
		assertThat(Certificate.maskName("王")).isEqualTo("王");
	}

	@Test
	void directedCertificatesAreValidWhereThePackSays() {
		// DY3: only in the area where obtained: the prefecture (迪庆) or the county (会泽县)
		assertThat(validRegion(Track.DIRECTED, "533422", 2020)).isEqualTo("迪庆州");
		assertThat(validRegion(Track.DIRECTED, "533321", 2020)).isEqualTo("怒江州");
		assertThat(validRegion(Track.DIRECTED, "530326", 2020)).isEqualTo("会泽县");
		// DG6: the 8 counties
		assertThat(validRegion(Track.DIRECTED, "451229", 2021)).isEqualTo("大化、都安、隆林、那坡、三江、融水、罗城、乐业8个县");
		// DB2: southern Xinjiang
		assertThat(validRegion(Track.DIRECTED, "652801", 2024)).isEqualTo("南疆");
		// DY10: the Yunnan directed pack wants the document within 3 working days
		PolicyPack yunnan = PACKS.select(Track.DIRECTED, "533422", 2020).orElseThrow();
		assertThat(yunnan.certification().documentWorkingDays()).isEqualTo(3);
		assertThat(yunnan.certification().documentRule()).isEqualTo("DY10");
		// the general packs say nothing: the configured default applies
		assertThat(PACKS.select(Track.GENERAL, "532930", 2024).orElseThrow().certification()).isNull();
	}

	@Test
	void aPackWithABrokenCertificationBlockIsRefused(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
		String pack = """
				id: TEST-BROKEN
				name: 测试
				track: DIRECTED
				jurisdiction: {name: 测试, regionPrefixes: ["53"]}
				reviewYears: {from: 2024}
				certification:
				  documentNumberPattern: "{issuer}人社职号"
				""";
		Path file = temp.resolve("broken.yaml");
		java.nio.file.Files.writeString(file, pack);
		assertThatThrownBy(() -> PolicyPacks.read(file)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("broken.yaml")
			.hasMessageContaining("{seq}");
		java.nio.file.Files.writeString(file, pack.replace("documentNumberPattern: \"{issuer}人社职号\"",
				"documentWorkingDays: 0"));
		assertThatThrownBy(() -> PolicyPacks.read(file)).hasMessageContaining("documentWorkingDays");
	}

	private static String validRegion(Track track, String regionCode, int year) {
		CertificationPolicy policy = PACKS.select(track, regionCode, year).orElseThrow().certification();
		return policy.validRegionFor(regionCode).orElseThrow();
	}

}
