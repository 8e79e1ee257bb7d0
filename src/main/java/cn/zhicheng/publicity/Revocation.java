package cn.zhicheng.publicity;

import java.time.LocalDateTime;

/**
 * A review result revoked after an upheld complaint during the result publicity (R2; row of
 * {@code zc_result_revocation}); a finding of fraud also put the person in the integrity record (X1).
 */
public record Revocation(String applicationId, String publicityId, String complaintId, boolean fraud, String reason,
		String integrityRecordId, LocalDateTime revokedAt, String revokedBy) {
}
