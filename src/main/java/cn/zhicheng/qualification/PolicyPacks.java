package cn.zhicheng.qualification;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import cn.zhicheng.qualification.PolicyPack.QuotaBasis;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The policy packs, loaded from the YAML files of a directory (property {@code zhicheng.policy-packs.directory},
 * default {@code ./config/policy-packs}). A pack file that cannot be read or is inconsistent stops the
 * loading with a Chinese message naming the file: a wrong pack must not silently check applications.
 */
public final class PolicyPacks {

	private final List<PolicyPack> packs;

	public PolicyPacks(List<PolicyPack> packs) {
		Set<String> ids = new HashSet<>();
		for (PolicyPack pack : packs) {
			validate(pack);
			if (!ids.add(pack.id())) {
				throw new IllegalStateException("政策包编号重复：" + pack.id());
			}
		}
		this.packs = List.copyOf(packs);
	}

	/** Loads every {@code *.yaml} / {@code *.yml} file of the directory, one pack per file. */
	public static PolicyPacks load(Path directory) {
		if (!Files.isDirectory(directory)) {
			throw new IllegalStateException("政策包目录不存在：" + directory.toAbsolutePath());
		}
		List<PolicyPack> packs = new ArrayList<>();
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.filter(PolicyPacks::isYaml).sorted().toList()) {
				packs.add(read(file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法读取政策包目录：" + directory.toAbsolutePath(), ex);
		}
		try {
			return new PolicyPacks(packs);
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException(ex.getMessage() + "（目录 " + directory.toAbsolutePath() + "）", ex);
		}
	}

	/** Reads one pack file. */
	public static PolicyPack read(Path file) {
		ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			if (!(tree instanceof Map<?, ?>)) {
				throw new IllegalStateException("政策包文件 " + file.getFileName() + " 不是一个 YAML 映射");
			}
			PolicyPack pack = mapper.convertValue(tree, PolicyPack.class);
			validate(pack);
			return pack;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法读取政策包文件：" + file, ex);
		}
		catch (IllegalArgumentException | IllegalStateException | org.yaml.snakeyaml.error.YAMLException ex) {
			throw new IllegalStateException("政策包文件 " + file.getFileName() + " 无效：" + ex.getMessage(), ex);
		}
	}

	public List<PolicyPack> all() {
		return this.packs;
	}

	public Optional<PolicyPack> byId(String id) {
		return this.packs.stream().filter(p -> p.id().equals(id)).findFirst();
	}

	/**
	 * The pack for an application: same track, the region within its jurisdiction, the review year within
	 * its years. When several match, the one with the more specific jurisdiction wins, then the one that
	 * started later (a newer pack for the same place supersedes an open-ended older one).
	 */
	public Optional<PolicyPack> select(Track track, String regionCode, int reviewYear) {
		return this.packs.stream()
			.filter(p -> p.covers(track, regionCode, reviewYear))
			.max(Comparator.<PolicyPack>comparingInt(p -> p.jurisdiction().specificity(regionCode))
				.thenComparing(p -> p.reviewYears().from() == null ? Integer.MIN_VALUE : p.reviewYears().from()));
	}

	private static boolean isYaml(Path file) {
		String name = file.getFileName().toString();
		return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
	}

	private static void validate(PolicyPack pack) {
		require(pack.id() != null && !pack.id().isBlank(), "缺少编号（id）");
		String where = "政策包 " + pack.id() + "：";
		require(pack.name() != null && !pack.name().isBlank(), where + "缺少名称（name）");
		require(pack.track() != null, where + "缺少申报类型（track）");
		require(pack.jurisdiction() != null && !pack.jurisdiction().regionPrefixes().isEmpty(),
				where + "缺少适用地区（jurisdiction.regionPrefixes）");
		require(pack.jurisdiction().regionPrefixes().stream().allMatch(p -> p.matches("\\d{2,6}")),
				where + "适用地区应为2至6位行政区划代码前缀");
		require(pack.reviewYears() != null && pack.reviewYears().from() != null,
				where + "缺少适用年度（reviewYears.from）");
		for (String rule : pack.generalRules()) {
			require(PolicyPack.GENERAL_RULES.contains(rule),
					where + "未知的通用规则“" + rule + "”，可用：" + PolicyPack.GENERAL_RULES.stream().sorted().toList());
		}
		List<String> sectionRules = new ArrayList<>();
		if (pack.scope() != null) {
			sectionRules.add(pack.scope().rule());
			pack.scope().regions().forEach(r -> require(r.code() != null && r.code().matches("\\d{2,6}"),
					where + "适用范围的地区代码无效：" + r.code()));
		}
		if (pack.exclusion() != null) {
			sectionRules.add(pack.exclusion().rule());
		}
		if (pack.trackExclusivity() != null) {
			sectionRules.add(pack.trackExclusivity().rule());
		}
		if (pack.directedQuota() != null) {
			sectionRules.add(pack.directedQuota().rule());
			require(pack.directedQuota().basis() != null, where + "定向岗位数额缺少核定方式（basis）");
			require(pack.directedQuota().basis() != QuotaBasis.PERCENT_OF_INTERMEDIATE_STAFF
					|| !pack.directedQuota().percentByUnitLevel().isEmpty(), where + "定向岗位数额缺少比例（percentByUnitLevel）");
		}
		if (pack.educationRelaxation() != null) {
			sectionRules.add(pack.educationRelaxation().rule());
		}
		if (pack.earlyApplication() != null) {
			sectionRules.add(pack.earlyApplication().rule());
		}
		if (pack.assessmentReduction() != null) {
			sectionRules.add(pack.assessmentReduction().rule());
		}
		if (pack.alternativeConditions() != null) {
			sectionRules.add(pack.alternativeConditions().rule());
		}
		if (pack.hardshipAreas() != null) {
			sectionRules.add(pack.hardshipAreas().rule());
		}
		if (pack.baseLevelRecognition() != null) {
			sectionRules.add(pack.baseLevelRecognition().rule());
		}
		if (pack.ruralService() != null) {
			sectionRules.add(pack.ruralService().rule());
		}
		if (pack.povertyAlleviation() != null) {
			sectionRules.add(pack.povertyAlleviation().rule());
		}
		if (pack.postdocRecognition() != null) {
			sectionRules.add(pack.postdocRecognition().rule());
			require(pack.postdocRecognition().level() != null, where + "博士后直接认定缺少级别（level）");
		}
		if (pack.directedTitleBasis() != null) {
			sectionRules.add(pack.directedTitleBasis().rule());
			require(pack.directedTitleBasis().outcome() != null && pack.directedTitleBasis().outcome() != Outcome.PASS,
					where + "定向职称晋升通用职称的处理（directedTitleBasis.outcome）应为 FAIL 或 REVIEW");
		}
		pack.notices().forEach(n -> sectionRules.add(n.rule()));
		for (String rule : sectionRules) {
			require(rule != null && !rule.isBlank(), where + "有一节缺少规则编号（rule）");
		}
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalStateException(message);
		}
	}

}
