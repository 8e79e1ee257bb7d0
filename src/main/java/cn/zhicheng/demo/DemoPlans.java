package cn.zhicheng.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.plan.AnnualPlan;
import cn.zhicheng.plan.AnnualPlanProcess;
import cn.zhicheng.plan.AnnualPlanService;
import cn.zhicheng.plan.PlanDraft;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo: the annual plans in config/demo/plans/*.json (the Yunnan 2020 directed timetable, 000 attachment 2;
 * the Eryuan 2024 county plan, 004 / N1), submitted and approved through the same service and process as
 * the API and Tasklist, as the demo users named in each file. Idempotent: a plan whose year and owning
 * department already have a version is left alone.
 */
@Component
@Profile("demo")
@Order(30)
class DemoPlans implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

	static final Path DIRECTORY = Path.of("config", "demo", "plans");

	private final AnnualPlanService plans;

	private final IdentityService identityService;

	private final TaskService taskService;

	private final ObjectMapper json;

	DemoPlans(AnnualPlanService plans, IdentityService identityService, TaskService taskService, ObjectMapper json) {
		this.plans = plans;
		this.identityService = identityService;
		this.taskService = taskService;
		this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
	}

	/** A demo plan file: who submits, who approves, and the plan. */
	record DemoPlan(String submittedBy, String approvedBy, PlanDraft plan) {
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!Files.isDirectory(DIRECTORY)) {
			log.info("演示数据：未找到 {}，不导入年度评审计划", DIRECTORY);
			return;
		}
		List<Path> files;
		try (Stream<Path> list = Files.list(DIRECTORY)) {
			files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
		}
		for (Path file : files) {
			DemoPlan demo = this.json.readValue(file.toFile(), DemoPlan.class);
			PlanDraft draft = demo.plan();
			boolean exists = this.plans.plans(draft.planYear()).stream()
				.anyMatch(p -> p.ownerGroupId().equals(draft.ownerCreditCode()));
			if (exists) {
				continue;
			}
			try {
				AnnualPlan plan = as(demo.submittedBy(), () -> this.plans.submit(draft, "DEMO", demo.submittedBy()));
				Task task = this.taskService.createTaskQuery().processInstanceId(plan.processInstanceId())
					.taskDefinitionKey(AnnualPlanProcess.TASK_APPROVE_PLAN)
					.singleResult();
				as(demo.approvedBy(), () -> {
					this.taskService.complete(task.getId(), Map.of(AnnualPlanProcess.PLAN_DECISION.name(), "APPROVE",
							AnnualPlanProcess.PLAN_OPINION.name(), "同意，按计划执行。"));
					return null;
				});
				log.info("演示数据：已导入并批准{}（{}行）", plan.title(), draft.rows().size());
			}
			catch (RuleViolation refused) {
				log.warn("演示数据：年度评审计划 {} 未能导入：{}", file.getFileName(), refused.getMessage());
			}
		}
	}

	private <T> T as(String login, java.util.function.Supplier<T> work) {
		List<String> groups = this.identityService.createGroupQuery().groupMember(login).list().stream()
			.map(Group::getId)
			.toList();
		this.identityService.setAuthentication(login, groups);
		try {
			return work.get();
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

}
