package cn.zhicheng.publicity;

import java.util.Date;

import cn.zhicheng.common.ProcessVariable;

/**
 * The publicity process (processes/publicity.bpmn), a reusable call activity: pre-meeting publicity
 * (Q2) now, result publicity (R1) later. The caller prepares the publicity and its list with
 * {@link PublicityService#prepare} and passes {@link #PUBLICITY_ID} and {@link #OWNER_GROUP_ID}; the
 * process runs the period on the working-day calendar, takes complaints at any time during it (message
 * {@value #MESSAGE_COMPLAINT_RECEIVED}, one investigation task per complaint in the owner's inbox) and
 * ends only when the period is over and every complaint is decided.
 */
public final class PublicityProcess {

	public static final String KEY = "publicity";

	// elements
	public static final String TASK_OPEN_PUBLICITY = "Task_OpenPublicity";

	public static final String TIMER_PUBLICITY_ENDS = "TimerEvent_PublicityEnds";

	public static final String TASK_END_PERIOD = "Task_EndPublicityPeriod";

	public static final String EVENT_COMPLAINTS_SETTLED = "ConditionalEvent_ComplaintsSettled";

	public static final String TASK_CLOSE_PUBLICITY = "Task_ClosePublicity";

	public static final String END_PUBLICITY_CLOSED = "EndEvent_PublicityClosed";

	public static final String SUBPROCESS_COMPLAINT = "SubProcess_Complaint";

	public static final String START_COMPLAINT_RECEIVED = "StartEvent_ComplaintReceived";

	public static final String TASK_REGISTER_COMPLAINT = "Task_RegisterComplaint";

	public static final String TASK_INVESTIGATE_COMPLAINT = "Task_InvestigateComplaint";

	public static final String TASK_RECORD_COMPLAINT_OUTCOME = "Task_RecordComplaintOutcome";

	public static final String END_COMPLAINT_DECIDED = "EndEvent_ComplaintDecided";

	// messages
	/** Correlated by {@link PublicityService} to the running publicity with {@link #COMPLAINT_ID}. */
	public static final String MESSAGE_COMPLAINT_RECEIVED = "ComplaintReceived";

	// variables (in from the caller)
	public static final ProcessVariable<String> PUBLICITY_ID = ProcessVariable.of("publicityId", String.class);

	/** The inbox that investigates complaints (the committee office). */
	public static final ProcessVariable<String> OWNER_GROUP_ID = ProcessVariable.of("ownerGroupId", String.class);

	// variables (the process's own)
	public static final ProcessVariable<String> PUBLICITY_TITLE = ProcessVariable.of("publicityTitle", String.class);

	/** When the period ends: 23:59:59 on the last working day (the timer's date). */
	public static final ProcessVariable<Date> PUBLICITY_ENDS_AT = ProcessVariable.of("publicityEndsAt", Date.class);

	/** Complaints not yet decided; the publicity closes when the period is over and this is 0. */
	public static final ProcessVariable<Integer> OPEN_COMPLAINTS = ProcessVariable.of("openComplaints", Integer.class);

	// variables of one complaint (local to its event sub-process instance)
	public static final ProcessVariable<String> COMPLAINT_ID = ProcessVariable.of("complaintId", String.class);

	public static final ProcessVariable<String> COMPLAINT_TARGET = ProcessVariable.of("complaintTarget", String.class);

	public static final ProcessVariable<String> COMPLAINT_CONTENT = ProcessVariable.of("complaintContent",
			String.class);

	public static final ProcessVariable<String> COMPLAINANT = ProcessVariable.of("complainant", String.class);

	public static final ProcessVariable<String> COMPLAINT_RECEIVED_AT = ProcessVariable.of("complaintReceivedAt",
			String.class);

	/** The office's finding: UPHELD (属实) or DISMISSED (不属实). */
	public static final ProcessVariable<String> COMPLAINT_DECISION = ProcessVariable.of("complaintDecision",
			String.class);

	public static final ProcessVariable<String> COMPLAINT_REASON = ProcessVariable.of("complaintReason", String.class);

	/** M8, X1: the upheld complaint found fraud (弄虚作假): integrity record; at the result publicity, revocation. */
	public static final ProcessVariable<Boolean> COMPLAINT_FRAUD = ProcessVariable.of("complaintFraud", Boolean.class);

	private PublicityProcess() {
	}

}
