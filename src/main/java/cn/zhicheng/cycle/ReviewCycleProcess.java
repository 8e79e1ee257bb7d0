package cn.zhicheng.cycle;

import java.util.Date;
import java.util.List;

import cn.zhicheng.common.ProcessVariable;

/**
 * The review cycle process (processes/review-cycle.bpmn): its key, the element ids code and tests refer
 * to, and its typed variables. One instance per committee and review year (business key e.g.
 * {@code 2026-EYTEACHERINT}); the cycle itself lives in {@code zc_review_cycle}, the process carries its
 * id, the routing facts (inboxes) and the decisions its gateways need.
 */
public final class ReviewCycleProcess {

	public static final String KEY = "reviewCycle";

	// elements
	public static final String START_EVENT = "StartEvent_CycleStarted";

	public static final String TASK_OPEN_CYCLE = "Task_OpenCycle";

	public static final String SUBPROCESS_NOTICE = "SubProcess_Notice";

	public static final String TASK_DRAFT_NOTICE = "Task_DraftNotice";

	public static final String TASK_SUBMIT_NOTICE = "Task_SubmitNotice";

	public static final String TASK_APPROVE_NOTICE = "Task_ApproveNotice";

	public static final String TASK_PUBLISH_NOTICE = "Task_PublishNotice";

	public static final String BOUNDARY_NOTICE_OVERDUE = "BoundaryEvent_NoticeOverdue";

	public static final String TASK_SUPERVISE_NOTICE_OVERDUE = "Task_SuperviseNoticeOverdue";

	public static final String TIMER_WINDOW_CLOSES = "TimerEvent_WindowCloses";

	public static final String TASK_CLOSE_WINDOW = "Task_CloseWindow";

	public static final String TASK_CONFIRM_QUALIFIED_LIST = "Task_ConfirmQualifiedList";

	public static final String BOUNDARY_LIST_OVERDUE = "BoundaryEvent_ListOverdue";

	public static final String TASK_SUPERVISE_LIST_OVERDUE = "Task_SuperviseListOverdue";

	public static final String END_NO_QUALIFIED = "EndEvent_NoQualifiedApplicants";

	public static final String CALL_PRE_MEETING_PUBLICITY = "CallActivity_PreMeetingPublicity";

	public static final String SUBPROCESS_FILING = "SubProcess_Filing";

	public static final String TASK_WRITE_WORK_PLAN = "Task_WriteWorkPlan";

	public static final String TASK_ASSEMBLE_FILING = "Task_AssembleFiling";

	public static final String TASK_REVIEW_FILING = "Task_ReviewFiling";

	public static final String BOUNDARY_FILING_OVERDUE = "BoundaryEvent_FilingOverdue";

	public static final String TASK_SUPERVISE_FILING_OVERDUE = "Task_SuperviseFilingOverdue";

	public static final String GATEWAY_FILED_IN_TIME = "Gateway_FiledInTime";

	public static final String TASK_SET_NEW_MEETING_DATE = "Task_SetNewMeetingDate";

	public static final String CALL_EXPERT_DRAW = "CallActivity_ExpertDraw";

	/** M1–M9: the review meeting (processes/review-meeting.bpmn). */
	public static final String CALL_REVIEW_MEETING = "CallActivity_ReviewMeeting";

	// after the meeting (issue 7): result publicity, post-filing, certification, archive
	public static final String TASK_PREPARE_RESULT_PUBLICITY = "Task_PrepareResultPublicity";

	public static final String TASK_START_RESULT_PUBLICITY = "Task_StartResultPublicity";

	public static final String BOUNDARY_RESULT_PUBLICITY_OVERDUE = "BoundaryEvent_ResultPublicityOverdue";

	public static final String TASK_SUPERVISE_RESULT_PUBLICITY_OVERDUE = "Task_SuperviseResultPublicityOverdue";

	public static final String TASK_RECORD_RESULT_PUBLICITY = "Task_RecordResultPublicity";

	public static final String CALL_RESULT_PUBLICITY = "CallActivity_ResultPublicity";

	public static final String TASK_PUBLISH_RESULTS = "Task_PublishResults";

	public static final String SUBPROCESS_POST_FILING = "SubProcess_PostFiling";

	public static final String TASK_WRITE_WORK_SUMMARY = "Task_WriteWorkSummary";

	public static final String TASK_ASSEMBLE_POST_FILING = "Task_AssemblePostFiling";

	public static final String TASK_REVIEW_POST_FILING = "Task_ReviewPostFiling";

	public static final String TASK_RECORD_POST_FILING_DECISION = "Task_RecordPostFilingDecision";

	public static final String BOUNDARY_POST_FILING_OVERDUE = "BoundaryEvent_PostFilingOverdue";

	public static final String TASK_SUPERVISE_POST_FILING_OVERDUE = "Task_SupervisePostFilingOverdue";

	public static final String CALL_CERTIFICATION = "CallActivity_Certification";

	public static final String TASK_ASSEMBLE_ARCHIVE = "Task_AssembleArchive";

	public static final String TASK_ACKNOWLEDGE_ARCHIVE = "Task_AcknowledgeArchive";

	public static final String TASK_CLOSE_ARCHIVE = "Task_CloseArchive";

	public static final String END_ARCHIVED = "EndEvent_Archived";

	/** The certification process (C1, C2, C4), called after the approved post-filing. */
	public static final String CERTIFICATION_KEY = "certification";

	/** The expert draw's process key (E1–E8), called after the approved filing. */
	public static final String EXPERT_DRAW_KEY = "expertDraw";

	// variables: the cycle and its inboxes
	/** The user who started the cycle (camunda:initiator). */
	public static final ProcessVariable<String> INITIATOR = ProcessVariable.of("initiator", String.class);

	public static final ProcessVariable<String> CYCLE_ID = ProcessVariable.of("cycleId", String.class);

	public static final ProcessVariable<String> COMMITTEE_CODE = ProcessVariable.of("committeeCode", String.class);

	public static final ProcessVariable<String> COMMITTEE_NAME = ProcessVariable.of("committeeName", String.class);

	/** As the start form sends it (a number of any type); {@link #REVIEW_YEAR} once the cycle is open. */
	public static final ProcessVariable<Number> REVIEW_YEAR_INPUT = ProcessVariable.of("reviewYear", Number.class);

	public static final ProcessVariable<Integer> REVIEW_YEAR = ProcessVariable.of("reviewYear", Integer.class);

	public static final ProcessVariable<String> COMMITTEE_OFFICE_GROUP_ID = ProcessVariable
		.of("committeeOfficeGroupId", String.class);

	/** N2: the HR bureau of the committee's region approves the notice. */
	public static final ProcessVariable<String> HR_BUREAU_GROUP_ID = ProcessVariable.of("hrBureauGroupId", String.class);

	/** F1: the committee's filing authority approves the pre-meeting filing. */
	public static final ProcessVariable<String> FILING_AUTHORITY_GROUP_ID = ProcessVariable
		.of("filingAuthorityGroupId", String.class);

	/** Overdue deadlines escalate here; the expert draw needs it too (E1, E2). */
	public static final ProcessVariable<String> SUPERVISION_GROUP_ID = ProcessVariable.of("supervisionGroupId",
			String.class);

	/** N1: the year's "notice by" milestone (yyyy-MM-dd), the deadline of the notice sub-process. */
	public static final ProcessVariable<String> NOTICE_DEADLINE = ProcessVariable.of("noticeDeadline", String.class);

	// the notice (N2), as the office's form sends it; dates are yyyy-MM-dd
	public static final ProcessVariable<String> BASIS = ProcessVariable.of("basis", String.class);

	public static final ProcessVariable<String> REVIEW_SCOPE = ProcessVariable.of("reviewScope", String.class);

	public static final ProcessVariable<String> SPECIALTIES = ProcessVariable.of("specialties", String.class);

	/** 评审时间: the meeting date; timers and due dates count back from it. */
	public static final ProcessVariable<String> REVIEW_DATE = ProcessVariable.of("reviewDate", String.class);

	public static final ProcessVariable<String> PUBLICITY_METHOD = ProcessVariable.of("publicityMethod", String.class);

	public static final ProcessVariable<String> MATERIALS = ProcessVariable.of("materials", String.class);

	public static final ProcessVariable<String> CONTACT_ADDRESS = ProcessVariable.of("contactAddress", String.class);

	public static final ProcessVariable<String> CONTACT_PHONE = ProcessVariable.of("contactPhone", String.class);

	/** The last day applications are accepted (N2, A17); the window timer fires at its end. */
	public static final ProcessVariable<String> WINDOW_CLOSES_ON = ProcessVariable.of("windowClosesOn", String.class);

	/** The notice's text fields: in the process only while it is drafted and approved. */
	static final List<String> NOTICE_TEXT_VARIABLES = List.of(BASIS.name(), REVIEW_SCOPE.name(), SPECIALTIES.name(),
			PUBLICITY_METHOD.name(), MATERIALS.name(), CONTACT_ADDRESS.name(), CONTACT_PHONE.name());

	// HR approval and publication
	/** HR bureau: APPROVE or RETURN (with {@link #NOTICE_OPINION}). */
	public static final ProcessVariable<String> NOTICE_DECISION = ProcessVariable.of("noticeDecision", String.class);

	public static final ProcessVariable<String> NOTICE_OPINION = ProcessVariable.of("noticeOpinion", String.class);

	public static final ProcessVariable<Boolean> NOTICE_APPROVED = ProcessVariable.of("noticeApproved", Boolean.class);

	public static final ProcessVariable<Boolean> NOTICE_PUBLISHED = ProcessVariable.of("noticePublished",
			Boolean.class);

	/** Why a step sent the work back to the office; shown in its form. */
	public static final ProcessVariable<String> RETURN_REASON = ProcessVariable.of("returnReason", String.class);

	// the qualified list (Q2)
	/** The list as the office's form shows it, one line per applicant. */
	public static final ProcessVariable<String> QUALIFIED_SUMMARY = ProcessVariable.of("qualifiedSummary",
			String.class);

	public static final ProcessVariable<Boolean> LIST_CONFIRMED = ProcessVariable.of("listConfirmed", Boolean.class);

	public static final ProcessVariable<Integer> QUALIFIED_COUNT = ProcessVariable.of("qualifiedCount", Integer.class);

	/** The pre-meeting publicity, passed to the publicity call activity. */
	public static final ProcessVariable<String> PUBLICITY_ID = ProcessVariable.of("publicityId", String.class);

	// the pre-meeting filing (F1)
	public static final ProcessVariable<String> WORK_PLAN = ProcessVariable.of("workPlan", String.class);

	public static final ProcessVariable<String> FILING_ID = ProcessVariable.of("filingId", String.class);

	/** The dossier as the filing authority's form shows it. */
	public static final ProcessVariable<String> FILING_SUMMARY = ProcessVariable.of("filingSummary", String.class);

	/** Filing authority: APPROVE or RETURN (with {@link #FILING_OPINION}). */
	public static final ProcessVariable<String> FILING_DECISION = ProcessVariable.of("filingDecision", String.class);

	public static final ProcessVariable<String> FILING_OPINION = ProcessVariable.of("filingOpinion", String.class);

	public static final ProcessVariable<Boolean> FILING_APPROVED = ProcessVariable.of("filingApproved", Boolean.class);

	/** F1: approved at least 10 working days before the meeting date. */
	public static final ProcessVariable<Boolean> FILING_IN_TIME = ProcessVariable.of("filingInTime", Boolean.class);

	/** F1: the earliest lawful meeting date, for the office's form when the date must move. */
	public static final ProcessVariable<String> EARLIEST_MEETING_DATE = ProcessVariable.of("earliestMeetingDate",
			String.class);

	/** The office's new meeting date when the filing came too late (F1). */
	public static final ProcessVariable<String> NEW_REVIEW_DATE = ProcessVariable.of("newReviewDate", String.class);

	// the expert draw (out of the call activity)
	public static final ProcessVariable<String> DRAW_ID = ProcessVariable.of("drawId", String.class);

	// the meeting (out of the call activity) and the result publicity (R1–R3)
	public static final ProcessVariable<String> MEETING_ID = ProcessVariable.of("meetingId", String.class);

	/** R3, DY10: the end of the day by which the result publicity must start. */
	public static final ProcessVariable<Date> PUBLICITY_START_DUE_AT = ProcessVariable.of("publicityStartDueAt",
			Date.class);

	public static final ProcessVariable<String> PUBLICITY_START_RULE = ProcessVariable.of("publicityStartRule",
			String.class);

	/** The results and the list to publicise, as the office's form shows them. */
	public static final ProcessVariable<String> RESULT_SUMMARY = ProcessVariable.of("resultSummary", String.class);

	public static final ProcessVariable<Integer> PASSED_COUNT = ProcessVariable.of("passedCount", Integer.class);

	public static final ProcessVariable<Boolean> RESULT_PUBLICITY_CONFIRMED = ProcessVariable
		.of("resultPublicityConfirmed", Boolean.class);

	/** The result publicity, passed to the publicity call activity as its publicityId. */
	public static final ProcessVariable<String> RESULT_PUBLICITY_ID = ProcessVariable.of("resultPublicityId",
			String.class);

	// the post-filing (PF1–PF3)
	public static final ProcessVariable<Date> POST_FILING_DUE_AT = ProcessVariable.of("postFilingDueAt", Date.class);

	public static final ProcessVariable<String> POST_FILING_RULE = ProcessVariable.of("postFilingRule", String.class);

	public static final ProcessVariable<String> WORK_SUMMARY = ProcessVariable.of("workSummary", String.class);

	public static final ProcessVariable<String> POST_FILING_ID = ProcessVariable.of("postFilingId", String.class);

	public static final ProcessVariable<String> POST_FILING_SUMMARY = ProcessVariable.of("postFilingSummary",
			String.class);

	/** The department of the current step of the route (PF3), and what the step is. */
	public static final ProcessVariable<String> POST_FILING_GROUP_ID = ProcessVariable.of("postFilingGroupId",
			String.class);

	public static final ProcessVariable<String> POST_FILING_STEP = ProcessVariable.of("postFilingStep", String.class);

	/** APPROVE or RETURN, with {@link #POST_FILING_OPINION}. */
	public static final ProcessVariable<String> POST_FILING_DECISION = ProcessVariable.of("postFilingDecision",
			String.class);

	public static final ProcessVariable<String> POST_FILING_OPINION = ProcessVariable.of("postFilingOpinion",
			String.class);

	/** NEXT, APPROVED or RETURNED (the gateway). */
	public static final ProcessVariable<String> POST_FILING_OUTCOME = ProcessVariable.of("postFilingOutcome",
			String.class);

	/** In-variable of the certification (C1: the document within 3 working days of it, DY10). */
	public static final ProcessVariable<Date> POST_FILING_APPROVED_AT = ProcessVariable.of("postFilingApprovedAt",
			Date.class);

	// out of the certification (C1, C2)
	public static final ProcessVariable<String> QUALIFICATION_DOCUMENT_NUMBER = ProcessVariable
		.of("qualificationDocumentNumber", String.class);

	public static final ProcessVariable<Integer> CERTIFICATES_ISSUED = ProcessVariable.of("certificatesIssued",
			Integer.class);

	// the archive (AR1, AR2)
	public static final ProcessVariable<String> ARCHIVE_ID = ProcessVariable.of("archiveId", String.class);

	public static final ProcessVariable<String> ARCHIVE_SUMMARY = ProcessVariable.of("archiveSummary", String.class);

	public static final ProcessVariable<Boolean> ARCHIVE_RECEIVED = ProcessVariable.of("archiveReceived",
			Boolean.class);

	public static final ProcessVariable<String> ARCHIVE_OPINION = ProcessVariable.of("archiveOpinion", String.class);

	private ReviewCycleProcess() {
	}

}
