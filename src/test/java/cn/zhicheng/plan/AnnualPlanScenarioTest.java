package cn.zhicheng.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import cn.zhicheng.calendar.WorkingDayCalendar;
import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.cycle.CycleDriver;
import cn.zhicheng.cycle.ReviewCycle;
import cn.zhicheng.cycle.ReviewCycleProcess;
import cn.zhicheng.cycle.ReviewCycleService;
import cn.zhicheng.organisation.Committee;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * processes/annual-plan.bpmn as deployed (N3, N1, DY7, AR3): a plan imported from an xlsx built here, approved
 * by the 洱源县人社局 (eyrsj), starts its committees' cycles with the notice pre-filled; the engine clock moves
 * past one committee's deadline, which becomes 已逾期 with one escalation task in the HR inbox. Review year 2025
 * (the demo's 2024 plan of the same department stays untouched). Runs on H2 ({@link AnnualPlanH2Test}) and
 * on MySQL/MariaDB ({@link AnnualPlanMysqlTest}).
 */
@SpringBootTest
@ActiveProfiles("demo")
abstract class AnnualPlanScenarioTest {

	static final String ERYUAN_HR = CycleDriver.ERYUAN_HR_BUREAU;

	@Autowired
	ApplicationContext context;

	@Autowired
	AnnualPlanService plans;

	@Autowired
	ReviewCycleService cycles;

	@Autowired
	ScheduleRules rules;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	CycleDriver driver;

	@BeforeEach
	void setUp() {
		this.driver = new CycleDriver(this.context);
		CycleDriver.setClock("2025-03-03T09:00:00");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	static byte[] xlsx(List<List<Object>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("评审计划表");
			List<String> headings = List.of("事项类型", "评委会编码", "评委会或事项名称", "系列", "层级", "组建部门或责任单位", "责任部门信用代码",
					"地区", "评价类型", "完成时限", "备注");
			XSSFRow head = sheet.createRow(0);
			for (int i = 0; i < headings.size(); i++) {
				head.createCell(i).setCellValue(headings.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				XSSFRow row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					Object v = rows.get(r).get(c);
					if (v != null) {
						row.createCell(c).setCellValue(v.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static List<Object> review(Committee committee, String deadline) {
		return List.of("评审", committee.code(), committee.name(), "中小学教师", "中级", "洱源县职称改革工作领导小组办公室", "", "洱源县",
				"普通评价", deadline, "");
	}

	AnnualPlan importAndApprove(byte[] content) {
		AnnualPlan plan = this.driver.as("eyzgb",
				() -> this.plans.importSpreadsheet(content, 2025, ERYUAN_HR, "洱源县2025年度职称评审计划（测试）", "eyzgb"));
		Task approval = this.taskService.createTaskQuery().processInstanceId(plan.processInstanceId())
			.taskDefinitionKey(AnnualPlanProcess.TASK_APPROVE_PLAN)
			.singleResult();
		assertThat(this.taskService.getIdentityLinksForTask(approval.getId()))
			.anyMatch(link -> ERYUAN_HR.equals(link.getGroupId()));
		this.driver.as("eyrsj", () -> this.taskService.complete(approval.getId(),
				Map.of("planDecision", "APPROVE", "planOpinion", "同意")));
		return this.plans.require(plan.id());
	}

	@Test
	void importedPlanStartsCyclesAndEscalatesTheLateCommitteeOnce() throws IOException {
		Committee onTime = this.driver.freshCommittee();
		Committee late = this.driver.freshCommittee();
		// 2025-06-15 is a Sunday: due on Friday 2025-06-13
		AnnualPlan plan = importAndApprove(xlsx(List.of(review(onTime, "2025-10-31"), review(late, "2025-06-15"),
				List.of("专家库换届", "", "洱源县评委会专家库换届", "", "", "洱源县职称改革工作领导小组办公室", CycleDriver.ERYUAN_OFFICE, "洱源县",
						"普通评价", "2025-06-15", "N1"))));
		assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);

		// N3: both cycles started, the notice pre-filled from the plan
		ReviewCycle cycle = this.cycles.active(onTime.code(), 2025).orElseThrow();
		assertThat(this.cycles.active(late.code(), 2025)).isPresent();
		Task draft = this.taskService.createTaskQuery().processInstanceId(cycle.processInstanceId())
			.taskDefinitionKey(ReviewCycleProcess.TASK_DRAFT_NOTICE)
			.singleResult();
		assertThat(draft).isNotNull();
		assertThat(this.runtimeService.getVariable(cycle.processInstanceId(), "reviewDate")).isEqualTo("2025-10-31");
		assertThat((String) this.runtimeService.getVariable(cycle.processInstanceId(), "specialties")).contains("中小学教师");
		assertThat(this.plans.items(plan.id())).filteredOn(i -> i.kind() == PlanItemKind.REVIEW)
			.allMatch(i -> i.cycleId() != null);

		// N1: the duty is in the office's inbox, due at the end of Friday 2025-06-13
		Task duty = this.taskService.createTaskQuery().processInstanceId(plan.processInstanceId())
			.taskDefinitionKey(AnnualPlanProcess.TASK_FULFIL_DUTY)
			.singleResult();
		assertThat(this.taskService.getIdentityLinksForTask(duty.getId()))
			.anyMatch(link -> CycleDriver.ERYUAN_OFFICE.equals(link.getGroupId()));
		assertThat(ZonedDateTime.ofInstant(duty.getDueDate().toInstant(), WorkingDayCalendar.ZONE).toLocalDateTime())
			.isEqualTo("2025-06-13T23:59:59");

		// a second approved version links the running cycles instead of duplicating them
		AnnualPlan second = importAndApprove(xlsx(List.of(review(onTime, "2025-10-31"), review(late, "2025-06-15"))));
		assertThat(this.plans.require(plan.id()).status()).isEqualTo(PlanStatus.SUPERSEDED);
		assertThat(this.plans.items(second.id())).filteredOn(i -> i.committeeCode().equals(onTime.code()))
			.singleElement()
			.satisfies(i -> assertThat(i.cycleId()).isEqualTo(cycle.id()));
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceId(plan.processInstanceId()).count())
			.isZero();

		// on 2025-03-03 both are on time or at risk, none late
		assertThat(entries(second)).noneMatch(e -> e.status().equals("LATE"));

		// Monday 2025-06-16: the late committee's notice is not even published → 已逾期, escalated once
		CycleDriver.setClock("2025-06-16T09:00:00");
		fireDueTimers(second.processInstanceId());
		List<AnnualPlanService.ScheduleEntry> entries = entries(second);
		AnnualPlanService.ScheduleEntry lateEntry = entries.stream()
			.filter(e -> late.code().equals(e.committeeCode()))
			.findFirst()
			.orElseThrow();
		assertThat(lateEntry.statusLabel()).isEqualTo("已逾期");
		assertThat(lateEntry.reason()).contains("2025-06-13").contains("起草评审通知");
		assertThat(lateEntry.escalatedOn()).isEqualTo(LocalDate.of(2025, 6, 16));
		AnnualPlanService.ScheduleEntry onTimeEntry = entries.stream()
			.filter(e -> onTime.code().equals(e.committeeCode()))
			.findFirst()
			.orElseThrow();
		assertThat(onTimeEntry.status()).isNotEqualTo("LATE");

		List<Task> escalations = this.taskService.createTaskQuery().processInstanceId(second.processInstanceId())
			.taskDefinitionKey(AnnualPlanProcess.TASK_HANDLE_LATE_REVIEW)
			.taskCandidateGroup(ERYUAN_HR)
			.list();
		assertThat(escalations).hasSize(1);
		assertThat((String) this.taskService.getVariable(escalations.get(0).getId(), "lateMatter")).contains(late.name())
			.contains("已过");
		// once: firing again creates nothing more
		fireDueTimers(second.processInstanceId());
		assertThat(this.taskService.createTaskQuery().processInstanceId(second.processInstanceId())
			.taskDefinitionKey(AnnualPlanProcess.TASK_HANDLE_LATE_REVIEW)
			.count()).isEqualTo(1);
	}

	@Test
	void lateDutyEscalatesToTheHrInboxAndDirectedPostsAreStored() throws IOException {
		AnnualPlan plan = importAndApprove(xlsx(List.of(
				List.of("核定定向评价岗位", "", "核定洱源县定向评价岗位", "", "", "洱源县人力资源和社会保障局", ERYUAN_HR, "洱源县", "定向评价",
						"2025-06-30", ""),
				List.of("报送典型案例", "", "洱源县典型案例", "", "", "洱源县职称改革工作领导小组办公室", CycleDriver.ERYUAN_OFFICE, "洱源县",
						"定向评价", "2025年9月15日", ""))));
		Task posts = dutyTask(plan, "核定定向评价岗位");
		// DY7: a bad line is refused in Chinese and the task stays open
		assertThatThrownBy(() -> this.driver.as("eyrsj",
				() -> this.taskService.complete(posts.getId(), Map.of("unitPosts", "洱源一中,50"))))
			.hasMessageContaining("DY7");
		this.driver.as("eyrsj", () -> this.taskService.complete(posts.getId(),
				Map.of("unitPosts", "125329304310123376,60,4\n12532930431013700B,40,2")));
		PlanItem done = this.plans.items(plan.id()).get(0);
		assertThat(done.doneOn()).isEqualTo(LocalDate.of(2025, 3, 3));
		assertThat(entries(plan).get(0).statusLabel()).isEqualTo("按期");

		// AR3: the typical cases are not reported by 9-15 → escalated to the HR bureau
		CycleDriver.setClock("2025-09-16T09:00:00");
		fireDueTimers(plan.processInstanceId());
		assertThat(this.taskService.createTaskQuery().processInstanceId(plan.processInstanceId())
			.taskDefinitionKey(AnnualPlanProcess.TASK_HANDLE_LATE_DUTY)
			.taskCandidateGroup(ERYUAN_HR)
			.count()).isEqualTo(1);
		assertThat(entries(plan).get(1).statusLabel()).isEqualTo("已逾期");
	}

	@Test
	void dutiesFallDueOnTheLastWorkingDayOnOrBeforeTheDeadline() {
		// Saturday 2024-06-15 → Friday 2024-06-14
		assertThat(this.rules.dueOn(LocalDate.of(2024, 6, 15))).isEqualTo("2024-06-14");
		// National Day holiday 2024-10-01..07 → Monday 2024-09-30 (Sunday 09-29 is a make-up working day)
		assertThat(this.rules.dueOn(LocalDate.of(2024, 10, 3))).isEqualTo("2024-09-30");
		assertThat(this.rules.dueOn(LocalDate.of(2024, 10, 8))).isEqualTo("2024-10-08");
		// Saturday 2024-11-30 (post-filing, N1) → Friday 2024-11-29
		assertThat(this.rules.dueOn(LocalDate.of(2024, 11, 30))).isEqualTo("2024-11-29");
	}

	@Test
	void badRowsAreRejectedInChineseAndNothingIsStored() throws IOException {
		int before = this.plans.plans(2025).size();
		byte[] bad = xlsx(List.of(
				List.of("评审", "NOSUCHCOMMITTEE", "某评委会", "中小学教师", "中级", "洱源县职称改革工作领导小组办公室", "", "洱源县", "普通评价", "2025-10-31",
						""),
				List.of("评审", "", "另一评委会", "中小学教师", "特级", "洱源县职称改革工作领导小组办公室", "", "洱源县", "普通评价", "2025-13-40", ""),
				List.of("工作总结", "", "总结", "", "", "洱源县人社局", "", "洱源县", "普通评价", "2024-09-15", "")));
		assertThatThrownBy(() -> this.driver.as("eyzgb",
				() -> this.plans.importSpreadsheet(bad, 2025, ERYUAN_HR, null, "eyzgb")))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("未导入任何数据")
			.hasMessageContaining("第2行B列“评委会编码”")
			.hasMessageContaining("第3行E列“层级”")
			.hasMessageContaining("第3行J列“完成时限”")
			.hasMessageContaining("第4行A列“事项类型”")
			.hasMessageContaining("N3");
		assertThat(this.plans.plans(2025)).hasSize(before);
		// a unit may not submit a plan
		assertThatThrownBy(() -> this.plans.submit(new PlanDraft(2025, ERYUAN_HR, null,
				List.of(new PlanRow("评审", null, "x", "中小学教师", "中级", "o", null, "洱源县", null, "2025-10-31", null))),
				"FORM", "ey1z"))
			.hasMessageContaining("年度评审计划");
	}

	private Task dutyTask(AnnualPlan plan, String kindLabel) {
		return this.taskService.createTaskQuery().processInstanceId(plan.processInstanceId())
			.taskDefinitionKey(AnnualPlanProcess.TASK_FULFIL_DUTY)
			.list()
			.stream()
			.filter(t -> ((String) this.taskService.getVariable(t.getId(), "itemTitle")).startsWith(kindLabel))
			.findFirst()
			.orElseThrow();
	}

	private List<AnnualPlanService.ScheduleEntry> entries(AnnualPlan plan) {
		return this.plans.schedule(plan.planYear()).stream()
			.filter(s -> s.planId().equals(plan.id()))
			.findFirst()
			.orElseThrow()
			.entries();
	}

	/** Runs the plan's timers that are due on the engine clock (the job executor may get there first). */
	private void fireDueTimers(String processInstanceId) {
		Date now = ClockUtil.getCurrentTime();
		for (Job job : this.managementService.createJobQuery().processInstanceId(processInstanceId).timers()
			.duedateLowerThan(new Date(now.getTime() + 1000))
			.list()) {
			try {
				this.managementService.executeJob(job.getId());
			}
			catch (RuntimeException alreadyRun) {
				// the job executor ran it first
			}
		}
		long deadline = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < deadline && this.managementService.createJobQuery()
			.processInstanceId(processInstanceId)
			.timers()
			.duedateLowerThan(new Date(now.getTime() + 1000))
			.count() > 0) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
