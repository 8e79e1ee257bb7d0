package cn.zhicheng.archive;

import java.time.LocalDateTime;

/**
 * A review cycle's archive (AR1, AR2; row of {@code zc_archive}): assembled at the end of the cycle
 * (status OPEN), closed once the office's own supervision department has received it (CLOSED). The
 * 评审工作情况表 (.xlsx) is stored with it.
 */
public record Archive(String id, String cycleId, String status, LocalDateTime assembledAt, String assembledBy,
		LocalDateTime acknowledgedAt, String acknowledgedBy, String acknowledgement) {
}
