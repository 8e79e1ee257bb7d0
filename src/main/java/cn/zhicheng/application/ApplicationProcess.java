package cn.zhicheng.application;

import cn.zhicheng.common.ProcessVariable;

/**
 * The application process (processes/application.bpmn): its key, the element ids code and tests
 * refer to, its messages and its typed variables. One instance per applicant and review year; the
 * application itself lives in {@code zc_application}, the process carries its id and routing facts.
 */
public final class ApplicationProcess {

	public static final String KEY = "application";

	// elements
	public static final String START_EVENT = "StartEvent_ApplicationSubmitted";

	public static final String TASK_REGISTER = "Task_RegisterApplication";

	public static final String SUBPROCESS_RECOMMENDATION = "SubProcess_Recommendation";

	public static final String TASK_RECORD_UNIT_BALLOT = "Task_RecordUnitBallot";

	public static final String TASK_CHECK_UNIT_BALLOT = "Task_CheckUnitBallot";

	public static final String TIMER_UNIT_PUBLICITY = "TimerEvent_UnitPublicityEnds";

	public static final String TASK_RECOMMEND_BY_UNIT = "Task_RecommendByUnit";

	public static final String TASK_REVIEW_BY_COMPETENT_DEPT = "Task_ReviewByCompetentDept";

	public static final String TASK_NOTIFY_REJECTED_BY_DEPT = "Task_NotifyRejectedByDept";

	public static final String TASK_CHECK_QUALIFICATION = "Task_CheckQualification";

	public static final String TASK_NOTIFY_NOT_QUALIFIED = "Task_NotifyNotQualified";

	public static final String TASK_REVIEW_QUALIFICATION_BY_OFFICE = "Task_ReviewQualificationByOffice";

	public static final String TASK_CONFIRM_QUALIFICATION_BY_HR = "Task_ConfirmQualificationByHrBureau";

	/** Holds the wait for the review result; removal after an upheld complaint interrupts it (Q2, R2). */
	public static final String SUBPROCESS_AWAIT_RESULT = "SubProcess_AwaitReviewResult";

	public static final String EVENT_WAIT_FOR_RESULT = "Event_WaitForReviewResult";

	public static final String BOUNDARY_REMOVED = "BoundaryEvent_ApplicationRemoved";

	public static final String TASK_NOTIFY_REMOVED = "Task_NotifyRemoved";

	public static final String END_BALLOT_FAILED = "EndEvent_BallotFailed";

	public static final String END_UNIT_DECLINED = "EndEvent_UnitDeclined";

	public static final String END_DEPT_REJECTED = "EndEvent_CompetentDeptRejected";

	public static final String END_NOT_RECOMMENDED = "EndEvent_NotRecommended";

	public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

	public static final String END_NOT_QUALIFIED = "EndEvent_NotQualified";

	public static final String TASK_SAVE_APPOINTMENT = "Task_SaveAppointment";

	public static final String END_NOT_PASSED = "EndEvent_NotPassed";

	public static final String END_REMOVED = "EndEvent_RemovedByComplaint";

	// messages
	public static final String MESSAGE_WITHDRAWN = "ApplicationWithdrawn";

	/** Correlated by the review cycle with {@link #APPLICATION_ID} and {@link #REVIEW_PASSED}. */
	public static final String MESSAGE_REVIEW_RESULT = "ReviewResultPublished";

	/**
	 * Correlated by a publicity (Q2, R2) with {@link #APPLICATION_ID} and {@link #REMOVAL_REASON} when a
	 * complaint against the applicant was upheld: the application ends without a review.
	 */
	public static final String MESSAGE_REMOVED = "ApplicationRemoved";

	// variables
	/** The user who submitted (camunda:initiator on the start event). */
	public static final ProcessVariable<String> INITIATOR = ProcessVariable.of("initiator", String.class);

	public static final ProcessVariable<String> APPLICATION_ID = ProcessVariable.of("applicationId", String.class);

	public static final ProcessVariable<String> APPLICANT_NAME = ProcessVariable.of("applicantName", String.class);

	public static final ProcessVariable<Integer> REVIEW_YEAR = ProcessVariable.of("reviewYear", Integer.class);

	public static final ProcessVariable<String> COMMITTEE_CODE = ProcessVariable.of("committeeCode", String.class);

	public static final ProcessVariable<String> TRACK = ProcessVariable.of("track", String.class);

	/** Optional on start: the unit submitting; otherwise the initiator's own unit. */
	public static final ProcessVariable<String> UNIT_CREDIT_CODE = ProcessVariable.of("unitCreditCode", String.class);

	public static final ProcessVariable<String> UNIT_NAME = ProcessVariable.of("unitName", String.class);

	/** Candidate group of the unit's inbox (A14, A15). */
	public static final ProcessVariable<String> UNIT_GROUP_ID = ProcessVariable.of("unitGroupId", String.class);

	/** Candidate group of the unit's competent department (A16). */
	public static final ProcessVariable<String> COMPETENT_DEPT_GROUP_ID = ProcessVariable.of("competentDeptGroupId",
			String.class);

	/** Candidate group of the committee office (Q1 review). */
	public static final ProcessVariable<String> COMMITTEE_OFFICE_GROUP_ID = ProcessVariable
		.of("committeeOfficeGroupId", String.class);

	/** Candidate group of the HR bureau (Q1 confirmation). */
	public static final ProcessVariable<String> HR_BUREAU_GROUP_ID = ProcessVariable.of("hrBureauGroupId", String.class);

	// unit ballot (form_unit_ballot) and its check
	public static final ProcessVariable<String> BALLOT_METHOD = ProcessVariable.of("ballotMethod", String.class);

	public static final ProcessVariable<String> BALLOT_VOTER_SCOPE = ProcessVariable.of("ballotVoterScope",
			String.class);

	public static final ProcessVariable<Number> BALLOT_ATTENDEES = ProcessVariable.of("ballotAttendees", Number.class);

	public static final ProcessVariable<Number> BALLOT_YES = ProcessVariable.of("ballotYes", Number.class);

	public static final ProcessVariable<Boolean> BALLOT_PASSED = ProcessVariable.of("ballotPassed", Boolean.class);

	public static final ProcessVariable<String> BALLOT_VERDICT = ProcessVariable.of("ballotVerdict", String.class);

	// unit recommendation and competent department
	public static final ProcessVariable<Boolean> UNIT_RECOMMENDS = ProcessVariable.of("unitRecommends", Boolean.class);

	public static final ProcessVariable<String> UNIT_OPINION = ProcessVariable.of("unitOpinion", String.class);

	/** APPROVE, RETURN (to the unit, with {@link #RETURN_REASON}) or REJECT. */
	public static final ProcessVariable<String> COMPETENT_DEPT_DECISION = ProcessVariable.of("competentDeptDecision",
			String.class);

	public static final ProcessVariable<String> COMPETENT_DEPT_OPINION = ProcessVariable.of("competentDeptOpinion",
			String.class);

	/** Why a step sent the work back; shown in the receiving task's form. */
	public static final ProcessVariable<String> RETURN_REASON = ProcessVariable.of("returnReason", String.class);

	// qualification (Q1)
	/** PASS, FAIL or REVIEW. */
	public static final ProcessVariable<String> QUALIFICATION_OUTCOME = ProcessVariable.of("qualificationOutcome",
			String.class);

	/** The rules' findings in Chinese, one per line, for the forms. */
	public static final ProcessVariable<String> QUALIFICATION_FINDINGS = ProcessVariable.of("qualificationFindings",
			String.class);

	/** Committee office: QUALIFIED or NOT_QUALIFIED. */
	public static final ProcessVariable<String> OFFICE_DECISION = ProcessVariable.of("officeDecision", String.class);

	public static final ProcessVariable<String> OFFICE_OPINION = ProcessVariable.of("officeOpinion", String.class);

	/** HR bureau: QUALIFIED or NOT_QUALIFIED. */
	public static final ProcessVariable<String> HR_DECISION = ProcessVariable.of("hrDecision", String.class);

	public static final ProcessVariable<String> HR_OPINION = ProcessVariable.of("hrOpinion", String.class);

	// review result
	public static final ProcessVariable<Boolean> REVIEW_PASSED = ProcessVariable.of("reviewPassed", Boolean.class);

	/** Why the applicant was removed after a complaint (message {@link #MESSAGE_REMOVED}). */
	public static final ProcessVariable<String> REMOVAL_REASON = ProcessVariable.of("removalReason", String.class);

	/** R2, X1: the result was revoked after an upheld complaint during the result publicity. */
	public static final ProcessVariable<Boolean> RESULT_REVOKED = ProcessVariable.of("resultRevoked", Boolean.class);

	// certificate and appointment (C2, C3, DY10, DB8)
	/** Sent by the certification process to each passed application (by applicationId). */
	public static final String MESSAGE_CERTIFICATE_ISSUED = "CertificateIssued";

	public static final String EVENT_WAIT_FOR_CERTIFICATE = "Event_WaitForCertificate";

	public static final String TASK_SCHEDULE_APPOINTMENT = "Task_ScheduleAppointment";

	public static final String TASK_RECORD_APPOINTMENT = "Task_RecordAppointment";

	public static final String BOUNDARY_APPOINTMENT_OVERDUE = "BoundaryEvent_AppointmentOverdue";

	public static final String TASK_SUPERVISE_APPOINTMENT_OVERDUE = "Task_SuperviseAppointmentOverdue";

	public static final String END_APPOINTMENT_RECORDED = "EndEvent_AppointmentRecorded";

	public static final String TASK_NOTIFY_RESULT_REVOKED = "Task_NotifyResultRevoked";

	public static final String END_RESULT_REVOKED = "EndEvent_ResultRevoked";

	public static final ProcessVariable<String> CERTIFICATE_NUMBER = ProcessVariable.of("certificateNumber",
			String.class);

	public static final ProcessVariable<String> QUALIFICATION_DOCUMENT_NUMBER = ProcessVariable
		.of("qualificationDocumentNumber", String.class);

	public static final ProcessVariable<java.util.Date> QUALIFICATION_DOCUMENT_DATE = ProcessVariable
		.of("qualificationDocumentDate", java.util.Date.class);

	/** C3, DY10, DB8: end of the due day of the appointment (the timer of the HR bureau's escalation). */
	public static final ProcessVariable<java.util.Date> APPOINTMENT_DUE_AT = ProcessVariable.of("appointmentDueAt",
			java.util.Date.class);

	/** What the HR bureau's escalation task says. */
	public static final ProcessVariable<String> OVERDUE_MATTER = ProcessVariable.of("overdueMatter", String.class);

	// the unit's appointment form
	public static final ProcessVariable<String> APPOINTED_POST = ProcessVariable.of("appointedPost", String.class);

	public static final ProcessVariable<String> APPOINTED_ON = ProcessVariable.of("appointedOn", String.class);

	public static final ProcessVariable<String> PAY_STARTS_ON = ProcessVariable.of("payStartsOn", String.class);

	public static final ProcessVariable<String> APPOINTMENT_NOTE = ProcessVariable.of("appointmentNote", String.class);

	private ApplicationProcess() {
	}

}
