package cn.zhicheng.meeting;

import java.util.Date;
import java.util.List;

import cn.zhicheng.common.ProcessVariable;

/**
 * The review meeting (processes/review-meeting.bpmn), a call activity of the review cycle: its key,
 * element ids, and typed variables. One instance per meeting; the meeting itself lives in
 * {@code zc_meeting*}, the ballot in {@code zc_ballot_*}, and no ballot choice is ever a variable.
 */
public final class ReviewMeetingProcess {

	public static final String KEY = "reviewMeeting";

	// elements
	public static final String START_EVENT = "StartEvent_MeetingCalled";

	public static final String TASK_PREPARE = "Task_PrepareMeeting";

	public static final String TASK_RECORD_ATTENDANCE = "Task_RecordAttendance";

	public static final String TASK_OPEN_MEETING = "Task_OpenMeeting";

	public static final String GATEWAY_MEETING_OPENED = "Gateway_MeetingOpened";

	public static final String TASK_RESCHEDULE = "Task_RescheduleMeeting";

	public static final String TASK_RECORD_RESCHEDULE = "Task_RecordReschedule";

	public static final String TASK_ASSIGN_REVIEWS = "Task_AssignReviews";

	/** One instance per review (multi-instance over reviewAssignments). */
	public static final String SUBPROCESS_REVIEW = "SubProcess_Review";

	public static final String TASK_PREPARE_REVIEW = "Task_PrepareReview";

	public static final String TASK_REVIEW_APPLICATION = "Task_ReviewApplication";

	public static final String TASK_RECORD_REVIEW = "Task_RecordReview";

	/** Asynchronous: reviews completed at the same moment never conflict on the multi-instance. */
	public static final String END_REVIEW_RECORDED = "EndEvent_ReviewRecorded";

	public static final String TASK_RECORD_VETOES = "Task_RecordVetoes";

	public static final String TASK_APPLY_VETOES = "Task_ApplyVetoes";

	public static final String TASK_OPEN_BALLOT = "Task_OpenBallot";

	public static final String SUBPROCESS_BALLOT = "SubProcess_Ballot";

	/** One instance per attending expert (multi-instance over ballotVoters). */
	public static final String SUBPROCESS_CAST_BALLOT = "SubProcess_CastBallot";

	public static final String TASK_CAST_BALLOT = "Task_CastBallot";

	public static final String TASK_CHECK_BALLOT_CAST = "Task_CheckBallotCast";

	/** Asynchronous: ballots cast at the same moment never conflict on the multi-instance. */
	public static final String END_BALLOT_CAST = "EndEvent_BallotCast";

	public static final String TASK_CLOSE_BALLOT = "Task_CloseBallot";

	public static final String TASK_RECORD_BALLOT_CLOSED = "Task_RecordBallotClosed";

	public static final String TIMER_BALLOT_TIME_UP = "TimerEvent_BallotTimeUp";

	public static final String TASK_COUNT_VOTES = "Task_CountVotes";

	public static final String GATEWAY_RUN_OFF = "Gateway_RunOffRequired";

	public static final String TASK_DRAFT_MINUTES = "Task_DraftMinutes";

	public static final String TASK_SIGN_BY_CHAIR = "Task_SignResultByChair";

	public static final String TASK_RECORD_CHAIR_SIGNATURE = "Task_RecordChairSignature";

	public static final String TASK_SIGN_BY_SUPERVISOR = "Task_SignResultBySupervisor";

	public static final String TASK_RECORD_SUPERVISOR_SIGNATURE = "Task_RecordSupervisorSignature";

	public static final String TASK_FINALIZE_MINUTES = "Task_FinalizeMinutes";

	/** The result messages to the applications; a separate step the review cycle may move (issue 7). */
	public static final String TASK_PUBLISH_RESULTS = "Task_PublishReviewResults";

	public static final String END_EVENT = "EndEvent_MeetingClosed";

	// in-variables (from the review cycle's call activity)
	public static final ProcessVariable<String> CYCLE_ID = ProcessVariable.of("cycleId", String.class);

	public static final ProcessVariable<String> COMMITTEE_CODE = ProcessVariable.of("committeeCode", String.class);

	public static final ProcessVariable<Integer> REVIEW_YEAR = ProcessVariable.of("reviewYear", Integer.class);

	public static final ProcessVariable<String> DRAW_ID = ProcessVariable.of("drawId", String.class);

	public static final ProcessVariable<String> COMMITTEE_OFFICE_GROUP_ID = ProcessVariable.of("committeeOfficeGroupId",
			String.class);

	public static final ProcessVariable<String> SUPERVISION_GROUP_ID = ProcessVariable.of("supervisionGroupId",
			String.class);

	// out-variable
	public static final ProcessVariable<String> MEETING_ID = ProcessVariable.of("meetingId", String.class);

	// preparation: what the attendance form shows
	public static final ProcessVariable<String> COMMITTEE_NAME = ProcessVariable.of("committeeName", String.class);

	public static final ProcessVariable<Integer> COMMITTEE_SIZE = ProcessVariable.of("committeeSize", Integer.class);

	public static final ProcessVariable<Boolean> SCORING = ProcessVariable.of("scoring", Boolean.class);

	/** JSON [{label, value}] of the drawn members, alternates, and both (for the chair). */
	public static final ProcessVariable<Object> MEMBER_OPTIONS = ProcessVariable.of("memberOptions", Object.class);

	public static final ProcessVariable<Object> ALTERNATE_OPTIONS = ProcessVariable.of("alternateOptions", Object.class);

	public static final ProcessVariable<Object> EXPERT_OPTIONS = ProcessVariable.of("expertOptions", Object.class);

	// attendance form (form_meeting_attendance)
	/** JSON array of the members present (pre-filled with all members). */
	public static final ProcessVariable<Object> PRESENT_MEMBERS = ProcessVariable.of("presentMembers", Object.class);

	/** JSON array of the alternates present (pre-filled with all alternates). */
	public static final ProcessVariable<Object> PRESENT_ALTERNATES = ProcessVariable.of("presentAlternates",
			Object.class);

	public static final ProcessVariable<String> CHAIR_EXPERT_ID = ProcessVariable.of("chairExpertId", String.class);

	public static final ProcessVariable<Boolean> SUPERVISOR_PRESENT = ProcessVariable.of("supervisorPresent",
			Boolean.class);

	public static final ProcessVariable<String> SUPERVISOR_NAME = ProcessVariable.of("supervisorName", String.class);

	public static final ProcessVariable<Boolean> BRIEFING_CONFIRMED = ProcessVariable.of("briefingConfirmed",
			Boolean.class);

	/** yyyy-MM-dd (the form's date field) or a date. */
	public static final ProcessVariable<Object> MEETING_DATE = ProcessVariable.of("meetingDate", Object.class);

	// opening
	public static final ProcessVariable<Boolean> MEETING_OPENED = ProcessVariable.of("meetingOpened", Boolean.class);

	public static final ProcessVariable<String> OPENING_PROBLEM = ProcessVariable.of("openingProblem", String.class);

	public static final ProcessVariable<Integer> ATTENDING_COUNT = ProcessVariable.of("attendingCount", Integer.class);

	// reschedule form (form_meeting_reschedule)
	public static final ProcessVariable<Object> NEW_MEETING_DATE = ProcessVariable.of("newMeetingDate", Object.class);

	public static final ProcessVariable<String> RESCHEDULE_NOTE = ProcessVariable.of("rescheduleNote", String.class);

	// reviews (form_expert_review; local to each instance of SubProcess_Review)
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static final ProcessVariable<List<String>> REVIEW_ASSIGNMENTS = (ProcessVariable) ProcessVariable
		.of("reviewAssignments", List.class);

	/** The multi-instance element: one review (zc_meeting_review.id). */
	public static final ProcessVariable<String> REVIEW_ID = ProcessVariable.of("reviewId", String.class);

	/** The expert of the review (assignee of Task_ReviewApplication), local to the review. */
	public static final ProcessVariable<String> REVIEWER = ProcessVariable.of("reviewer", String.class);

	public static final ProcessVariable<String> REVIEW_APPLICATION_ID = ProcessVariable.of("reviewApplicationId",
			String.class);

	public static final ProcessVariable<String> REVIEW_APPLICANT_NAME = ProcessVariable.of("reviewApplicantName",
			String.class);

	public static final ProcessVariable<String> REVIEW_UNIT_NAME = ProcessVariable.of("reviewUnitName", String.class);

	public static final ProcessVariable<String> REVIEW_TARGET = ProcessVariable.of("reviewTarget", String.class);

	public static final ProcessVariable<String> REVIEW_GROUP_LABEL = ProcessVariable.of("reviewGroupLabel",
			String.class);

	public static final ProcessVariable<Integer> REVIEW_BASE_LEVEL_BONUS = ProcessVariable.of("reviewBaseLevelBonus",
			Integer.class);

	public static final ProcessVariable<String> REVIEW_BONUS_EXPLANATION = ProcessVariable
		.of("reviewBonusExplanation", String.class);

	public static final ProcessVariable<String> REVIEW_OPINION = ProcessVariable.of("reviewOpinion", String.class);

	public static final ProcessVariable<Number> REVIEW_SCORE = ProcessVariable.of("reviewScore", Number.class);

	// vetoes (form_meeting_vetoes)
	/** JSON [{applicationId, applicantName, unitName, vetoed, vetoKind, finding}]. */
	public static final ProcessVariable<Object> VETO_LIST = ProcessVariable.of("vetoList", Object.class);

	// ballot
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static final ProcessVariable<List<String>> BALLOT_VOTERS = (ProcessVariable) ProcessVariable
		.of("ballotVoters", List.class);

	/** The multi-instance element: the attending expert whose ballot it is (assignee). */
	public static final ProcessVariable<String> VOTER = ProcessVariable.of("voter", String.class);

	public static final ProcessVariable<Integer> BALLOT_ROUND = ProcessVariable.of("ballotRound", Integer.class);

	public static final ProcessVariable<String> BALLOT_ROUND_LABEL = ProcessVariable.of("ballotRoundLabel",
			String.class);

	public static final ProcessVariable<Date> BALLOT_DEADLINE = ProcessVariable.of("ballotDeadline", Date.class);

	public static final ProcessVariable<Boolean> BALLOT_CLOSE_CONFIRMED = ProcessVariable.of("ballotCloseConfirmed",
			Boolean.class);

	public static final ProcessVariable<Boolean> RUN_OFF_REQUIRED = ProcessVariable.of("runOffRequired",
			Boolean.class);

	// result and signatures
	public static final ProcessVariable<String> RESULT_SUMMARY = ProcessVariable.of("resultSummary", String.class);

	public static final ProcessVariable<Boolean> CHAIR_CONFIRMED = ProcessVariable.of("chairConfirmed", Boolean.class);

	public static final ProcessVariable<String> CHAIR_OPINION = ProcessVariable.of("chairOpinion", String.class);

	public static final ProcessVariable<Boolean> SUPERVISOR_CONFIRMED = ProcessVariable.of("supervisorConfirmed",
			Boolean.class);

	public static final ProcessVariable<String> SUPERVISOR_OPINION = ProcessVariable.of("supervisorOpinion",
			String.class);

	private ReviewMeetingProcess() {
	}

}
