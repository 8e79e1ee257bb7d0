package cn.zhicheng.publicity;

import java.time.LocalDateTime;

/**
 * A complaint lodged during a publicity (Q2, R2; row of {@code zc_complaint}), optionally against one
 * applicant of the list. {@code clientKey} is a hash of the sender's network address, used only to
 * bound submissions.
 */
public record Complaint(String id, String publicityId, String applicationId, String complainantName,
		String complainantPhone, String content, String clientKey, ComplaintStatus status, String outcomeReason,
		LocalDateTime receivedAt, LocalDateTime decidedAt, String decidedBy) {
}
