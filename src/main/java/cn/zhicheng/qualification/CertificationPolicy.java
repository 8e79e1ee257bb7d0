package cn.zhicheng.qualification;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.qualification.PolicyPack.Region;

/**
 * The {@code certification:} block of a policy pack (C1, C4): how soon after the post-filing approval the HR
 * bureau issues the qualification document, and where a directed certificate of the pack is valid.
 *
 * @param rule the pack's rule id for the valid region (DY3, DG6, DB2)
 * @param validRegions the certificate is valid in the one of these regions that contains the applicant's
 * region (DY3: 怒江州, 迪庆州 or one of the 6 counties); the longest matching code wins
 * @param validRegion the region named on every directed certificate of the pack when {@code validRegions} is
 * empty or none matches (DG6: the 8 counties; DB2: 南疆)
 * @param documentRule the pack's rule id for the document deadline (DY10)
 * @param documentWorkingDays the qualification document is due within this many working days of the
 * post-filing approval; null: the application's default ({@code zhicheng.certification.document-working-days})
 * @param documentNumberPattern the pattern of the document number (文号) when the pack has its own; null: the
 * application's pattern ({@code zhicheng.certification.document-number-pattern})
 */
public record CertificationPolicy(String rule, List<Region> validRegions, String validRegion, String documentRule,
		Integer documentWorkingDays, String documentNumberPattern) {

	public CertificationPolicy {
		validRegions = validRegions == null ? List.of() : List.copyOf(validRegions);
		for (Region region : validRegions) {
			if (region.code() == null || !region.code().matches("\\d{2,6}") || region.name() == null
					|| region.name().isBlank()) {
				throw new IllegalArgumentException(
						"certification.validRegions 的地区应有2至6位行政区划代码和名称：" + region.code() + " " + region.name());
			}
		}
		if (documentWorkingDays != null && (documentWorkingDays < 1 || documentWorkingDays > 60)) {
			throw new IllegalArgumentException("certification.documentWorkingDays 应为1至60个工作日：" + documentWorkingDays);
		}
		if (documentNumberPattern != null
				&& (!documentNumberPattern.contains("{year}") || !documentNumberPattern.contains("{seq}"))) {
			throw new IllegalArgumentException(
					"certification.documentNumberPattern 须包含 {year} 和 {seq}（C1，文号不得重复）：" + documentNumberPattern);
		}
	}

	/** The region a directed certificate names for an applicant of {@code regionCode}, if the pack says. */
	public Optional<String> validRegionFor(String regionCode) {
		Optional<String> matching = this.validRegions.stream()
			.filter(r -> r.contains(regionCode))
			.max(Comparator.comparingInt(r -> r.code().length()))
			.map(Region::name);
		if (matching.isPresent()) {
			return matching;
		}
		return Optional.ofNullable(this.validRegion).filter(v -> !v.isBlank());
	}

}
