package cn.zhicheng.draw;

import cn.zhicheng.common.ProcessVariable;

/**
 * The expert draw call activity (processes/expert-draw.bpmn, stage 5, E1–E7): its key, element ids,
 * error and typed variables.
 * <p>
 * Contract with the caller (the review cycle): in {@link #CYCLE_ID}, {@link #COMMITTEE_CODE},
 * {@link #REVIEW_YEAR}, {@link #COMMITTEE_OFFICE_GROUP_ID}, {@link #SUPERVISION_GROUP_ID}; out
 * {@link #DRAW_ID}, the signed draw. The expert list itself never enters the process (E7): it stays in
 * the draw tables and is shown through {@code GET /api/draws/{id}} to the committee office and
 * supervision only.
 */
public final class ExpertDrawProcess {

	public static final String KEY = "expertDraw";

	// elements
	public static final String START_EVENT = "StartEvent_DrawRequested";

	public static final String TASK_DRAW = "Task_DrawExperts";

	public static final String BOUNDARY_DRAW_IMPOSSIBLE = "BoundaryEvent_DrawImpossible";

	public static final String TASK_RESOLVE_SHORTFALL = "Task_ResolveDrawShortfall";

	public static final String SUBPROCESS_OFFICE_SIGNATURES = "SubProcess_OfficeSignatures";

	public static final String TASK_SIGN_BY_OFFICE = "Task_SignDrawByOffice";

	public static final String TASK_RECORD_OFFICE_SIGNATURE = "Task_RecordOfficeSignature";

	public static final String TASK_SIGN_BY_SUPERVISOR = "Task_SignDrawBySupervisor";

	public static final String TASK_RECORD_SUPERVISOR_SIGNATURE = "Task_RecordSupervisorSignature";

	public static final String TASK_SEAL = "Task_SealDraw";

	public static final String END_EVENT = "EndEvent_DrawSigned";

	/** BPMN error of Task_DrawExperts: the pool cannot supply the committee (E1, E3, E6). */
	public static final String ERROR_DRAW_IMPOSSIBLE = "DrawImpossible";

	// in
	public static final ProcessVariable<String> CYCLE_ID = ProcessVariable.of("cycleId", String.class);

	public static final ProcessVariable<String> COMMITTEE_CODE = ProcessVariable.of("committeeCode", String.class);

	/** An Integer by contract; any whole Number is accepted. */
	public static final ProcessVariable<Number> REVIEW_YEAR = ProcessVariable.of("reviewYear", Number.class);

	public static final ProcessVariable<String> COMMITTEE_OFFICE_GROUP_ID = ProcessVariable
		.of("committeeOfficeGroupId", String.class);

	public static final ProcessVariable<String> SUPERVISION_GROUP_ID = ProcessVariable.of("supervisionGroupId",
			String.class);

	// out
	public static final ProcessVariable<String> DRAW_ID = ProcessVariable.of("drawId", String.class);

	// for the forms: counts and the digest, never names (E7)
	public static final ProcessVariable<String> COMMITTEE_NAME = ProcessVariable.of("committeeName", String.class);

	/** The draw's result digest (SHA-256), also the anchor verify compares the tables with. */
	public static final ProcessVariable<String> DRAW_DIGEST = ProcessVariable.of("drawDigest", String.class);

	public static final ProcessVariable<Integer> DRAW_MEMBER_COUNT = ProcessVariable.of("drawMemberCount",
			Integer.class);

	public static final ProcessVariable<Integer> DRAW_ALTERNATE_COUNT = ProcessVariable.of("drawAlternateCount",
			Integer.class);

	public static final ProcessVariable<Integer> DRAW_CANDIDATE_COUNT = ProcessVariable.of("drawCandidateCount",
			Integer.class);

	public static final ProcessVariable<Integer> DRAW_EXCLUDED_COUNT = ProcessVariable.of("drawExcludedCount",
			Integer.class);

	/** Set by the boundary error event: why the draw failed, in Chinese. */
	public static final ProcessVariable<String> DRAW_FAILURE_REASON = ProcessVariable.of("drawFailureReason",
			String.class);

	/** The failed attempt, for the office's form. */
	public static final ProcessVariable<String> FAILED_DRAW_ID = ProcessVariable.of("failedDrawId", String.class);

	/** The office's note on how the shortfall was resolved (form_draw_shortfall). */
	public static final ProcessVariable<String> SHORTFALL_NOTE = ProcessVariable.of("shortfallNote", String.class);

	// signatures (form_draw_sign_office, form_draw_sign_supervisor)
	/** Input parameter of the record-signature service tasks: OFFICE or SUPERVISOR. */
	public static final ProcessVariable<String> SIGNER_ROLE = ProcessVariable.of("signerRole", String.class);

	public static final ProcessVariable<Boolean> SIGNATURE_CONFIRMED = ProcessVariable.of("signatureConfirmed",
			Boolean.class);

	public static final ProcessVariable<String> SIGNATURE_OPINION = ProcessVariable.of("signatureOpinion",
			String.class);

	private ExpertDrawProcess() {
	}

}
