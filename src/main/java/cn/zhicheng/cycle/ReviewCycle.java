package cn.zhicheng.cycle;

import java.time.LocalDate;

/** A stored review cycle (row of {@code zc_review_cycle}) with its notice (N2) once drafted. */
public record ReviewCycle(String id, String committeeCode, int reviewYear, CycleStatus status, String businessKey,
		String processInstanceId, String basis, String reviewScope, String specialties, LocalDate reviewDate,
		String publicityMethod, String materials, String contactAddress, String contactPhone,
		LocalDate windowClosesOn, LocalDate publishedOn, String approvalOpinion, String approvedBy,
		Integer qualifiedCount, String publicityId) {

	/** N2, A17: applications are accepted from publication through the window's closing day. */
	public boolean acceptsApplicationsOn(LocalDate day) {
		return this.status == CycleStatus.PUBLISHED && this.publishedOn != null && !day.isBefore(this.publishedOn)
				&& this.windowClosesOn != null && !day.isAfter(this.windowClosesOn);
	}

}
