package cn.zhicheng.certificate;

import java.util.Date;

import cn.zhicheng.common.ProcessVariable;

/**
 * The certification process (processes/certification.bpmn, C1, C2, C4): the qualification document and the
 * certificates of a review cycle, called by the review cycle after the post-filing is approved. Its key, the
 * element ids code and tests refer to, the message it sends and its typed variables.
 */
public final class CertificationProcess {

	public static final String KEY = "certification";

	// elements
	public static final String START_EVENT = "StartEvent_CertificationStarted";

	public static final String TASK_PREPARE = "Task_PrepareCertification";

	public static final String GATEWAY_ANY_PASSED = "Gateway_AnyPassed";

	public static final String TASK_ISSUE_DOCUMENT = "Task_IssueQualificationDocument";

	public static final String TASK_RECORD_DOCUMENT = "Task_RecordQualificationDocument";

	public static final String BOUNDARY_DOCUMENT_OVERDUE = "BoundaryEvent_DocumentOverdue";

	public static final String TASK_SUPERVISE_DOCUMENT_OVERDUE = "Task_SuperviseDocumentOverdue";

	public static final String TASK_CHECK_NAMES = "Task_CheckNamesByOffice";

	public static final String TASK_RECORD_NAME_CHECK = "Task_RecordNameCheck";

	public static final String TASK_ISSUE_CERTIFICATES = "Task_IssueCertificates";

	public static final String TASK_SEND_CERTIFICATE_MESSAGES = "Task_SendCertificateMessages";

	public static final String END_CERTIFICATES_ISSUED = "EndEvent_CertificatesIssued";

	public static final String END_NONE_PASSED = "EndEvent_NonePassed";

	/**
	 * Correlated to each application instance (process variable applicationId) with
	 * {@link #CERTIFICATE_NUMBER}, {@link #QUALIFICATION_DOCUMENT_NUMBER} and {@link #QUALIFICATION_DOCUMENT_DATE}.
	 */
	public static final String MESSAGE_CERTIFICATE_ISSUED = "CertificateIssued";

	// in-variables (from the review cycle's call activity)
	public static final ProcessVariable<String> CYCLE_ID = ProcessVariable.of("cycleId", String.class);

	/** When the filing authority approved the post-filing (PF1); the document's deadline counts from it (C1, DY10). */
	public static final ProcessVariable<Date> POST_FILING_APPROVED_AT = ProcessVariable.of("postFilingApprovedAt",
			Date.class);

	// set by Task_PrepareCertification: inboxes, deadline, what the forms show
	public static final ProcessVariable<String> COMMITTEE_CODE = ProcessVariable.of("committeeCode", String.class);

	public static final ProcessVariable<String> COMMITTEE_NAME = ProcessVariable.of("committeeName", String.class);

	public static final ProcessVariable<Integer> REVIEW_YEAR = ProcessVariable.of("reviewYear", Integer.class);

	public static final ProcessVariable<String> HR_BUREAU_GROUP_ID = ProcessVariable.of("hrBureauGroupId", String.class);

	public static final ProcessVariable<String> HR_BUREAU_NAME = ProcessVariable.of("hrBureauName", String.class);

	public static final ProcessVariable<String> COMMITTEE_OFFICE_GROUP_ID = ProcessVariable
		.of("committeeOfficeGroupId", String.class);

	public static final ProcessVariable<String> SUPERVISION_GROUP_ID = ProcessVariable.of("supervisionGroupId",
			String.class);

	/** The end of the last working day the document is due (C1, DY10): due date and overdue timer. */
	public static final ProcessVariable<Date> DOCUMENT_DUE = ProcessVariable.of("documentDue", Date.class);

	/** The deadline in words, with its rule, for the forms and the supervision task. */
	public static final ProcessVariable<String> DOCUMENT_DEADLINE = ProcessVariable.of("documentDeadline", String.class);

	public static final ProcessVariable<Integer> PASSED_COUNT = ProcessVariable.of("passedCount", Integer.class);

	/** The list of those who passed, one line each: name, unit, series, specialty, level, track. */
	public static final ProcessVariable<String> PASSED_LIST = ProcessVariable.of("passedList", String.class);

	// the HR bureau's form (form_certification_document)
	public static final ProcessVariable<String> DOCUMENT_TITLE = ProcessVariable.of("documentTitle", String.class);

	/** yyyy-MM-dd, as the form's date field sends it. */
	public static final ProcessVariable<String> DOCUMENT_DATE = ProcessVariable.of("documentDate", String.class);

	// the document, once issued
	public static final ProcessVariable<String> QUALIFICATION_DOCUMENT_ID = ProcessVariable
		.of("qualificationDocumentId", String.class);

	/** Out-variable: the document number (文号). */
	public static final ProcessVariable<String> QUALIFICATION_DOCUMENT_NUMBER = ProcessVariable
		.of("qualificationDocumentNumber", String.class);

	public static final ProcessVariable<Date> QUALIFICATION_DOCUMENT_DATE = ProcessVariable
		.of("qualificationDocumentDate", Date.class);

	// the office's name check (form_certification_name_check, C2)
	public static final ProcessVariable<Boolean> NAMES_CONFIRMED = ProcessVariable.of("namesConfirmed", Boolean.class);

	public static final ProcessVariable<String> NAME_CHECK_NOTE = ProcessVariable.of("nameCheckNote", String.class);

	/** Out-variable: how many certificates the cycle has. */
	public static final ProcessVariable<Integer> CERTIFICATES_ISSUED = ProcessVariable.of("certificatesIssued",
			Integer.class);

	/** How many application instances received {@link #MESSAGE_CERTIFICATE_ISSUED}. */
	public static final ProcessVariable<Integer> APPLICATIONS_NOTIFIED = ProcessVariable.of("applicationsNotified",
			Integer.class);

	// variables of the message
	public static final ProcessVariable<String> CERTIFICATE_NUMBER = ProcessVariable.of("certificateNumber",
			String.class);

	private CertificationProcess() {
	}

}
