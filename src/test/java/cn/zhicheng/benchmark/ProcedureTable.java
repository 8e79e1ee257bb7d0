package cn.zhicheng.benchmark;

import static cn.zhicheng.benchmark.ProvinceBenchmark.STEP_APPLICATIONS;
import static cn.zhicheng.benchmark.ProvinceBenchmark.STEP_APPOINTMENT;
import static cn.zhicheng.benchmark.ProvinceBenchmark.STEP_APPROVAL;
import static cn.zhicheng.benchmark.ProvinceBenchmark.STEP_FILING;
import static cn.zhicheng.benchmark.ProvinceBenchmark.STEP_LIST;
import static cn.zhicheng.benchmark.ProvinceBenchmark.STEP_MEETING;
import static cn.zhicheng.benchmark.ProvinceBenchmark.STEP_NOTICE;
import static cn.zhicheng.benchmark.ProvinceBenchmark.STEP_RECOMMENDATION;
import static cn.zhicheng.benchmark.ProvinceBenchmark.STEP_RESULTS;
import static cn.zhicheng.benchmark.TaskDriver.form;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.zhicheng.meeting.BallotService;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * What each department submits, per task definition key: the variables of the task's Camunda Form as
 * Tasklist sends them, or the service the page calls (the secret ballot). A new stage of the procedure
 * needs only new rows here. The column "step" is the earliest step of the year in which the task is worked
 * (the meeting's tasks on the review date, the certification's in November).
 */
final class ProcedureTable {

	private final ProvinceBenchmark benchmark;

	private final ProcessEngine engine;

	ProcedureTable(ProvinceBenchmark benchmark) {
		this.benchmark = benchmark;
		this.engine = benchmark.engine;
	}

	void fill(Map<String, TaskDriver.Row> table) {
		// review cycle: notice (N2), list, work plan, filing (F1, F2)
		table.put("Task_DraftNotice", form(STEP_NOTICE, notice()));
		table.put("Task_ApproveNotice", form(STEP_APPROVAL, Map.of("noticeDecision", "APPROVE", "noticeOpinion", "同意发布。")));
		table.put("Task_ConfirmQualifiedList", form(STEP_LIST, Map.of("listConfirmed", true)));
		table.put("Task_WriteWorkPlan", form(STEP_FILING,
				Map.of("workPlan", "评审采取个人述职、专家评议、无记名投票方式；专家在纪检监察组监督下随机抽取。")));
		table.put("Task_ReviewFiling", form(STEP_FILING, Map.of("filingDecision", "APPROVE", "filingOpinion", "同意备案。")));
		for (String supervise : List.of("Task_SuperviseNoticeOverdue", "Task_SuperviseListOverdue",
				"Task_SuperviseFilingOverdue", "Task_SuperviseDocumentOverdue", "Task_SuperviseResultPublicityOverdue",
				"Task_SupervisePostFilingOverdue")) {
			table.put(supervise, form(STEP_NOTICE, Map.of("supervisionOpinion", "已督促相关部门限期办理。")));
		}
		// application: unit ballot (A14), recommendation, competent department (A16), qualification (Q1)
		table.put("Task_RecordUnitBallot", form(STEP_APPLICATIONS, Map.of("ballotMethod", "述职并无记名投票",
				"ballotVoterScope", "全体在编在岗职工", "ballotAttendees", 30, "ballotYes", 25)));
		table.put("Task_RecommendByUnit", form(STEP_RECOMMENDATION,
				Map.of("unitRecommends", true, "unitOpinion", "经测评和公示，同意推荐。")));
		table.put("Task_ReviewByCompetentDept", form(STEP_RECOMMENDATION,
				Map.of("competentDeptDecision", "APPROVE", "competentDeptOpinion", "同意报送。")));
		table.put("Task_NotifyNotQualified", form(STEP_RECOMMENDATION, Map.of("notified", true)));
		table.put("Task_NotifyRejectedByDept", form(STEP_RECOMMENDATION, Map.of("notified", true)));
		table.put("Task_NotifyRemoved", form(STEP_RECOMMENDATION, Map.of("notified", true)));
		// the office and the HR bureau decide what the rules left to people: the generator knows who is eligible
		table.put("Task_ReviewQualificationByOffice", form(STEP_RECOMMENDATION, task -> {
			boolean eligible = eligible(task);
			return Map.of("officeDecision", eligible ? "QUALIFIED" : "NOT_QUALIFIED", "officeOpinion",
					eligible ? "经核实，符合申报条件。" : "经核实，不符合申报条件。");
		}));
		table.put("Task_ConfirmQualificationByHrBureau", form(STEP_RECOMMENDATION, task -> {
			boolean eligible = eligible(task);
			return Map.of("hrDecision", eligible ? "QUALIFIED" : "NOT_QUALIFIED", "hrOpinion",
					eligible ? "同意评委会办公室意见。" : "不符合申报条件。");
		}));
		// expert draw (E1, E2): three office staff and the supervisor sign
		Map<String, Object> signature = Map.of("signatureConfirmed", true, "signatureOpinion", "抽取过程公开，同意。");
		table.put("Task_SignDrawByOffice", form(STEP_FILING, signature));
		table.put("Task_SignDrawBySupervisor", form(STEP_FILING, signature));
		// review meeting (M1–M9)
		table.put("Task_RecordAttendance", form(STEP_MEETING, task -> {
			Object members = ProvinceBenchmark.variable(this.engine, task, "presentMembers");
			List<String> ids = ProvinceBenchmark.strings(members);
			Map<String, Object> attendance = new HashMap<>();
			attendance.put("presentMembers", ProvinceBenchmark.json(members.toString()));
			attendance.put("presentAlternates", ProvinceBenchmark.json("[]"));
			attendance.put("chairExpertId", ids.get(0));
			attendance.put("supervisorPresent", true);
			attendance.put("supervisorName", "监督员");
			attendance.put("briefingConfirmed", true);
			attendance.put("meetingDate", ProvinceBenchmark.today().toString());
			return attendance;
		}));
		table.put("Task_ReviewApplication", form(STEP_MEETING, task -> Map.of("reviewOpinion",
				"材料真实完整，业绩突出，符合申报条件，同意提交评委会表决。", "reviewScore", 70 + Math.floorMod(task.getId().hashCode(), 30))));
		table.put("Task_RecordVetoes", form(STEP_MEETING, task -> Map.of("vetoList",
				ProvinceBenchmark.json(ProvinceBenchmark.variable(this.engine, task, "vetoList").toString()))));
		table.put("Task_CastBallot", new TaskDriver.Row(STEP_MEETING, (task, user, taskService) -> {
			BallotService ballots = this.benchmark.ballots();
			// the ballot page knows its meeting; the expert may not read the meeting's process variables
			String meetingId = (String) this.benchmark.meetingOf(task.getProcessInstanceId());
			BallotService.BallotPaper paper = ballots.paper(meetingId, user);
			Map<String, String> choices = new LinkedHashMap<>();
			// about one applicant in ten gets no majority (M4: two thirds of the members)
			paper.sections().forEach(section -> section.applicants().forEach(a -> choices.put(a.applicationId(),
					Math.floorMod(a.applicationId().hashCode(), 10) == 0 ? "NO" : "YES")));
			ballots.cast(meetingId, user, choices);
		}));
		table.put("Task_CloseBallot", form(STEP_MEETING, Map.of("ballotCloseConfirmed", true)));
		table.put("Task_SignResultByChair", form(STEP_MEETING, Map.of("chairConfirmed", true)));
		table.put("Task_SignResultBySupervisor", form(STEP_MEETING,
				Map.of("supervisorConfirmed", true, "supervisorOpinion", "会议程序规范，同意评审结果。")));
		// after the meeting (R1–R3, PF1–PF3): result publicity, work summary, post-filing, archive
		table.put("Task_StartResultPublicity", form(STEP_MEETING, Map.of("resultPublicityConfirmed", true)));
		table.put("Task_WriteWorkSummary", form(STEP_RESULTS, Map.of("workSummary",
				"本年度评审按通知、方案组织，专家随机抽取，会议全程接受纪检监察监督，评审结果已公示无异议。")));
		table.put("Task_ReviewPostFiling", form(STEP_RESULTS,
				Map.of("postFilingDecision", "APPROVE", "postFilingOpinion", "同意备案。")));
		table.put("Task_AcknowledgeArchive", form(STEP_APPOINTMENT,
				Map.of("archiveReceived", true, "archiveOpinion", "材料齐全，已归档。")));
		// application after the certificate: appointment (C3) and its escalation
		table.put("Task_RecordAppointment", form(STEP_APPOINTMENT, task -> Map.of("appointedPost", "专业技术岗位",
				"appointedOn", ProvinceBenchmark.today().toString(), "payStartsOn", ProvinceBenchmark.today().toString(),
				"appointmentNote", "按聘任程序聘任。")));
		table.put("Task_SuperviseAppointmentOverdue", form(STEP_APPOINTMENT, Map.of("overdueHandled", true)));
		table.put("Task_NotifyResultRevoked", form(STEP_RESULTS, Map.of("notified", true)));
		// certification (C1, C2): right after the post-filing approval
		table.put("Task_IssueQualificationDocument", form(STEP_RESULTS, task -> Map.of("documentTitle",
				"关于" + ProvinceBenchmark.YEAR + "年度专业技术职务任职资格评审结果的通知", "documentDate",
				ProvinceBenchmark.today().toString())));
		table.put("Task_CheckNamesByOffice", form(STEP_RESULTS,
				Map.of("namesConfirmed", true, "nameCheckNote", "姓名、专业与文件一致")));
	}

	private boolean eligible(Task task) {
		Object id = ProvinceBenchmark.variable(this.engine, task, "applicationId");
		return !this.benchmark.flaws.containsKey(String.valueOf(id));
	}

	static Map<String, Object> notice() {
		Map<String, Object> notice = new LinkedHashMap<>();
		notice.put("basis", "《职称评审管理暂行规定》（人力资源社会保障部令第40号）");
		notice.put("reviewScope", "全省在职在岗专业技术人员");
		notice.put("specialties", "按评委会评审系列");
		notice.put("reviewDate", ProvinceBenchmark.REVIEW_DATE);
		notice.put("publicityMethod", "在本平台和人民政府门户网站公示不少于5个工作日");
		notice.put("materials", "申报评审表（17张表）及学历、资历、业绩证明材料；日期填到月，无内容填“无”");
		notice.put("contactAddress", "人力资源和社会保障局职称科");
		notice.put("contactPhone", "0871-63131234");
		notice.put("windowClosesOn", ProvinceBenchmark.WINDOW_CLOSES);
		return notice;
	}

}
