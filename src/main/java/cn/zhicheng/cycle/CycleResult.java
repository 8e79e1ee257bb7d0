package cn.zhicheng.cycle;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A review cycle after its meeting (row of {@code zc_cycle_result}): the meeting, the deadlines chosen
 * for it and their basis (R3, PF1, PF2), the result publicity, the post-filing deadline, and what the
 * certification reported back (C1, C2).
 */
public record CycleResult(String cycleId, String meetingId, LocalDate meetingDate, String deadlineBasis,
		LocalDate publicityStartDueOn, String resultPublicityId, LocalDateTime resultPublicityStartedAt,
		LocalDateTime resultsPublishedAt, LocalDate postFilingDueOn, String qualificationDocumentNumber,
		Integer certificatesIssued) {
}
