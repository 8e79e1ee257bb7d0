package cn.zhicheng.application;

import cn.zhicheng.common.ProcessVariable;

/**
 * The application process (processes/application.bpmn): its key, the element ids code and tests
 * refer to, and its typed variables. One instance per applicant and year.
 */
public final class ApplicationProcess {

	public static final String KEY = "application";

	public static final String START_EVENT = "StartEvent_ApplicationSubmitted";

	public static final String TASK_ROUTE = "Task_RouteApplication";

	public static final String TASK_RECOMMEND_BY_UNIT = "Task_RecommendByUnit";

	public static final String TASK_REVIEW_BY_COMPETENT_DEPT = "Task_ReviewByCompetentDept";

	public static final String END_RECOMMENDED = "EndEvent_Recommended";

	public static final String END_NOT_RECOMMENDED = "EndEvent_NotRecommendedByUnit";

	public static final String END_RETURNED_BY_DEPT = "EndEvent_ReturnedByCompetentDept";

	/** The user who submitted (camunda:initiator on the start event). */
	public static final ProcessVariable<String> INITIATOR = ProcessVariable.of("initiator", String.class);

	public static final ProcessVariable<String> APPLICANT_NAME = ProcessVariable.of("applicantName", String.class);

	/** Optional on start: the unit submitting; otherwise the initiator's own unit. */
	public static final ProcessVariable<String> UNIT_CREDIT_CODE = ProcessVariable.of("unitCreditCode", String.class);

	public static final ProcessVariable<String> UNIT_NAME = ProcessVariable.of("unitName", String.class);

	/** Candidate group of the unit's inbox. */
	public static final ProcessVariable<String> UNIT_GROUP_ID = ProcessVariable.of("unitGroupId", String.class);

	/** Candidate group of the unit's competent department (A16). */
	public static final ProcessVariable<String> COMPETENT_DEPT_GROUP_ID = ProcessVariable.of("competentDeptGroupId",
			String.class);

	public static final ProcessVariable<Boolean> UNIT_RECOMMENDS = ProcessVariable.of("unitRecommends", Boolean.class);

	public static final ProcessVariable<Boolean> COMPETENT_DEPT_APPROVES = ProcessVariable.of("competentDeptApproves",
			Boolean.class);

	private ApplicationProcess() {
	}

}
