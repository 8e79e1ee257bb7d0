package cn.zhicheng.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.zhicheng.calendar.WorkingDayCalendar;
import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.cycle.MilestoneProperties;
import cn.zhicheng.cycle.Milestones;
import cn.zhicheng.cycle.ReviewCycle;
import cn.zhicheng.cycle.ReviewCycleProcess;
import cn.zhicheng.cycle.ReviewCycleService;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.OrganisationService;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo: every demo committee has an open application window, so that units can submit (N2, A17). For
 * each committee without one, its office starts the review cycle, drafts the notice and the HR bureau
 * approves it, the way the two departments would in Tasklist (as those users, through the same rules).
 * The review year is the first one, this year or the next, whose milestones (N1) still allow a lawful
 * notice today: published by the notice deadline, at least 30 working days before a review held by the
 * year's last review day. Late in the year that is next year. Idempotent.
 */
@Component
@Profile("demo")
@Order(20)
class DemoCycles implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCycles.class);

	private final DemoProperties demo;

	private final ReviewCycleService cycles;

	private final MilestoneProperties milestones;

	private final WorkingDayCalendar calendar;

	private final OrganisationService organisations;

	private final IdentityService identityService;

	private final TaskService taskService;

	DemoCycles(DemoProperties demo, ReviewCycleService cycles, MilestoneProperties milestones,
			WorkingDayCalendar calendar, OrganisationService organisations, IdentityService identityService,
			TaskService taskService) {
		this.demo = demo;
		this.cycles = cycles;
		this.milestones = milestones;
		this.calendar = calendar;
		this.organisations = organisations;
		this.identityService = identityService;
		this.taskService = taskService;
	}

	/** A lawful demo notice: the review year, the review (meeting) date and the window's last day. */
	record Plan(int year, LocalDate reviewDate, LocalDate windowClosesOn) {
	}

	@Override
	public void run(ApplicationArguments args) {
		LocalDate today = ReviewCycleService.today();
		Optional<Plan> plan = plan(today);
		for (Committee committee : this.demo.committees()) {
			if (this.cycles.openFor(committee.code(), today).isPresent()) {
				continue;
			}
			if (plan.isEmpty()) {
				log.warn("演示数据：今天（{}）按年度时间节点（N1）已不能发布{}或{}年度的评审通知，评委会 {} 暂不受理申报；请在 zhicheng.milestones 中配置年度时间节点",
						today, today.getYear(), today.getYear() + 1, committee.code());
				continue;
			}
			if (this.cycles.active(committee.code(), plan.get().year()).isPresent()) {
				log.info("演示数据：评委会 {} {}年度评审已启动，但申报窗口未开放，不再自动处理", committee.code(), plan.get().year());
				continue;
			}
			try {
				open(committee, plan.get());
			}
			catch (RuleViolation refused) {
				log.warn("演示数据：评委会 {} 的评审周期未能开启：{}", committee.code(), refused.getMessage());
			}
		}
	}

	Optional<Plan> plan(LocalDate today) {
		for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
			Optional<Milestones> m = this.milestones.of(year);
			if (m.isEmpty() || m.get().noticeBy() == null || m.get().reviewsBy() == null
					|| today.isAfter(m.get().noticeBy())) {
				continue;
			}
			LocalDate review = this.calendar.addWorkingDays(m.get().reviewsBy(), -10);
			LocalDate window = this.calendar.addWorkingDays(review, -40);
			if (!review.isBefore(this.calendar.addWorkingDays(today, 30)) && window.isAfter(today)) {
				return Optional.of(new Plan(year, review, window));
			}
		}
		return Optional.empty();
	}

	private void open(Committee committee, Plan plan) {
		String officeLogin = firstMember(committee.officeCreditCode());
		Organisation hrBureau = this.organisations.hrBureauOf(committee).orElseThrow();
		String hrLogin = firstMember(hrBureau.groupId());
		ReviewCycle cycle = as(officeLogin, () -> this.cycles.start(committee.code(), plan.year(), officeLogin));
		Organisation office = this.organisations.organisation(committee.officeCreditCode()).orElseThrow();
		Map<String, Object> notice = Map.of(ReviewCycleProcess.BASIS.name(),
				"《职称评审管理暂行规定》（人力资源社会保障部令第40号）、云南省职称评审有关规定及" + plan.year() + "年度职称工作安排",
				ReviewCycleProcess.REVIEW_SCOPE.name(),
				"本评委会评审范围内在职在岗、符合" + committee.series() + committee.titleLevel().label() + "申报条件的专业技术人员",
				ReviewCycleProcess.SPECIALTIES.name(), committee.series() + "系列各专业",
				ReviewCycleProcess.REVIEW_DATE.name(), plan.reviewDate().toString(),
				ReviewCycleProcess.PUBLICITY_METHOD.name(), "在本平台和政府门户网站公示；会前公示和评审结果公示均不少于5个工作日",
				ReviewCycleProcess.MATERIALS.name(),
				"《专业技术职务任职资格评审表》（申报评审表）及身份证、学历、现职称证书、聘用合同、年度考核、继续教育、业绩成果等证明材料；"
						+ "日期填写到月，无内容的栏目填“无”",
				ReviewCycleProcess.CONTACT_ADDRESS.name(), office.name(),
				ReviewCycleProcess.CONTACT_PHONE.name(), "0872-5120000",
				ReviewCycleProcess.WINDOW_CLOSES_ON.name(), plan.windowClosesOn().toString());
		as(officeLogin, () -> {
			this.taskService.complete(task(cycle, ReviewCycleProcess.TASK_DRAFT_NOTICE).getId(), notice);
			return null;
		});
		as(hrLogin, () -> {
			this.taskService.complete(task(cycle, ReviewCycleProcess.TASK_APPROVE_NOTICE).getId(),
					Map.of(ReviewCycleProcess.NOTICE_DECISION.name(), "APPROVE", ReviewCycleProcess.NOTICE_OPINION.name(),
							"同意发布。"));
			return null;
		});
		log.info("演示数据：评委会 {} {}年度评审通知已发布，申报受理至 {}，评审时间 {}", committee.code(), plan.year(),
				plan.windowClosesOn(), plan.reviewDate());
	}

	private Task task(ReviewCycle cycle, String key) {
		return this.taskService.createTaskQuery().processInstanceId(cycle.processInstanceId())
			.taskDefinitionKey(key)
			.singleResult();
	}

	private String firstMember(String groupId) {
		List<User> users = this.identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list();
		if (users.isEmpty()) {
			throw new RuleViolation("committeeCode", "N2", "部门 " + groupId + " 没有演示账号");
		}
		return users.get(0).getId();
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
