package cn.zhicheng.certificate;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The qualification document (任职资格文件, C1) of a review cycle: one per cycle, with its number (文号). */
public record QualificationDocument(String id, String cycleId, String committeeCode, int reviewYear,
		String issuerCode, int documentYear, int documentSequence, String documentNumber, String title,
		LocalDate documentDate, LocalDateTime namesCheckedAt, String namesCheckedBy, String namesCheckNote,
		LocalDateTime createdAt, String createdBy) {
}
