package cn.zhicheng.draw;

import java.time.LocalDateTime;

/**
 * E6: a declared conflict of an expert with a person who may apply: identified by ID number, or, when
 * the ID number is not known, by name and unit.
 */
public record ExpertRelation(String id, String expertUserId, RelationKind kind, String applicantIdNumber,
		String applicantName, String applicantUnitCode, String description, LocalDateTime createdAt,
		String createdBy) {

	/** Whether the relation names this applicant: by ID number when declared with one, else name + unit. */
	boolean concerns(Applicant applicant) {
		if (this.applicantIdNumber != null) {
			return this.applicantIdNumber.equals(applicant.idNumber());
		}
		return this.applicantName != null && this.applicantName.equals(applicant.name())
				&& this.applicantUnitCode != null && this.applicantUnitCode.equals(applicant.unitCreditCode());
	}

}
