package cn.zhicheng.materials;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code zhicheng.materials.*}: limits of evidence attachments and spreadsheet imports.
 *
 * @param maxPerApplication attachments one application may hold (deleted ones do not count)
 * @param maxTotalPerApplication their total size
 * @param kinds size limit and accepted formats per kind; a kind not configured gets 10 MB and every format
 * @param maxImportRows data rows one import file may have
 * @param pdfFallbackFonts TrueType files for characters Noto Sans SC lacks (e.g. CJK Extension B), in order
 */
@ConfigurationProperties("zhicheng.materials")
record MaterialsProperties(@DefaultValue("60") int maxPerApplication,
		@DefaultValue("200MB") DataSize maxTotalPerApplication, Map<AttachmentKind, KindLimits> kinds,
		@DefaultValue("500") int maxImportRows, List<Path> pdfFallbackFonts) {

	static final KindLimits DEFAULT_LIMITS = new KindLimits(DataSize.ofMegabytes(10), EnumSet.allOf(FileFormat.class));

	MaterialsProperties {
		kinds = kinds == null ? new EnumMap<>(AttachmentKind.class) : new EnumMap<>(kinds);
		pdfFallbackFonts = pdfFallbackFonts == null ? List.of() : List.copyOf(pdfFallbackFonts);
		if (maxPerApplication < 1 || maxImportRows < 1) {
			throw new IllegalArgumentException("zhicheng.materials.max-per-application 与 max-import-rows 须为正数");
		}
		for (Map.Entry<AttachmentKind, KindLimits> entry : kinds.entrySet()) {
			KindLimits limits = entry.getValue();
			if (limits.maxSize() == null || limits.maxSize().toBytes() <= 0 || limits.formats() == null
					|| limits.formats().isEmpty()) {
				throw new IllegalArgumentException(
						"zhicheng.materials.kinds." + entry.getKey() + " 须配置正的 max-size 和至少一种 formats");
			}
		}
	}

	KindLimits limits(AttachmentKind kind) {
		return this.kinds.getOrDefault(kind, DEFAULT_LIMITS);
	}

	/** The size limit and the accepted formats of one kind of attachment. */
	record KindLimits(DataSize maxSize, Set<FileFormat> formats) {
	}

}
