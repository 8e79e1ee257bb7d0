package cn.zhicheng.meeting;

import cn.zhicheng.common.IdNumber;
import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.organisation.UnitLevel;

/**
 * An applicant reviewed at a meeting (zc_meeting_applicant joined with zc_application): review group
 * (M7), fraud finding (M8), result, and what the forms and minutes show.
 *
 * @param result PENDING, RUN_OFF, PASSED or FAILED
 */
public record MeetingApplicant(String applicationId, ReviewGroup reviewGroup, boolean vetoed, String vetoKind,
		String vetoFinding, String result, Verdict verdict, boolean published, String name, String idNumber,
		String unitCreditCode, String unitName, UnitLevel unitLevel, int yearsAtBaseLevel, String targetSeries,
		String targetSpecialty, TitleLevel targetLevel, String processInstanceId) {

	static final String PENDING = "PENDING";

	static final String RUN_OFF = "RUN_OFF";

	static final String PASSED = "PASSED";

	static final String FAILED = "FAILED";

	boolean passed() {
		return PASSED.equals(this.result);
	}

	String target() {
		return this.targetSeries + " " + this.targetSpecialty + " " + (this.targetLevel == null ? "" : this.targetLevel.label());
	}

	String maskedIdNumber() {
		return IdNumber.mask(this.idNumber);
	}

}
