package cn.zhicheng.application;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The unit's appointment and start of pay after the certificate (C3, DY10, DB8; row of
 * {@code zc_appointment}): due within the pack's months of the qualification document, recorded with who
 * and when.
 */
public record Appointment(String applicationId, String certificateNumber, String qualificationDocumentNumber,
		LocalDate qualificationDocumentDate, LocalDate dueOn, String deadlineRule, String appointedPost,
		LocalDate appointedOn, LocalDate payStartsOn, String note, LocalDateTime recordedAt, String recordedBy) {
}
