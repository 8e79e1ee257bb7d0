package cn.zhicheng.cycle;

import static cn.zhicheng.cycle.ReviewCycleProcess.TASK_APPROVE_NOTICE;
import static cn.zhicheng.cycle.ReviewCycleProcess.TASK_DRAFT_NOTICE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationFixtures;
import cn.zhicheng.application.ApplicationService;
import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.organisation.OrganisedBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

/**
 * Test helper: drives review cycles and applications the way the departments do, as the demo users
 * (committee office eyzgb, HR bureau eyrsj, filing authority dlrsj, supervision eyjjz, school ey1z,
 * education bureau eyjtj), through the same services and task completions as Tasklist. Fresh committees
 * keep tests apart (one cycle per committee and year). Not a Spring bean: built from the context.
 */
public final class CycleDriver {

	public static final String ERYUAN_OFFICE = "115329304310054872";

	public static final String ERYUAN_HR_BUREAU = "11532930431004118M";

	public static final String DALI_FILING_AUTHORITY = "11532900431002745L";

	public static final String ERYUAN_SUPERVISION = "115329304310068507";

	private static final AtomicInteger COMMITTEES = new AtomicInteger((int) (System.nanoTime() % 10000));

	private static final AtomicInteger PEOPLE = new AtomicInteger((int) (System.nanoTime() % 300) * 2 + 1);

	final ProcessEngine engine;

	final ReviewCycleService cycles;

	final OrganisationService organisations;

	final ApplicationService applications;

	final TaskService taskService;

	final IdentityService identityService;

	final ManagementService managementService;

	public CycleDriver(ApplicationContext context) {
		this.engine = context.getBean(ProcessEngine.class);
		this.cycles = context.getBean(ReviewCycleService.class);
		this.organisations = context.getBean(OrganisationService.class);
		this.applications = context.getBean(ApplicationService.class);
		this.taskService = this.engine.getTaskService();
		this.identityService = this.engine.getIdentityService();
		this.managementService = this.engine.getManagementService();
		ensureExpertDrawStub(this.engine.getRepositoryService());
	}

	/** The expert draw is built on another branch: deploy the test stand-in unless a real one is deployed. */
	static void ensureExpertDrawStub(RepositoryService repository) {
		if (repository.createProcessDefinitionQuery().processDefinitionKey(ReviewCycleProcess.EXPERT_DRAW_KEY)
			.count() == 0) {
			repository.createDeployment().name("test-expert-draw-stub")
				.addClasspathResource("cn/zhicheng/cycle/expert-draw-stub.bpmn")
				.deploy();
		}
	}

	public static void setClock(String isoBeijing) {
		ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(isoBeijing + "+08:00[Asia/Shanghai]").toInstant()));
	}

	/** A new 中小学教师 中级 committee of 洱源县 (office, filing authority and supervision as EYTEACHERINT). */
	public Committee freshCommittee() {
		String code = "T" + COMMITTEES.incrementAndGet() + "Y" + (System.nanoTime() % 1000);
		Committee committee = this.organisations.saveCommittee(new Committee(code,
				"洱源县中小学教师中级职称评审委员会（测试" + code + "）", "中小学教师", TitleLevel.INTERMEDIATE, OrganisedBy.SERIES,
				"532930", ERYUAN_OFFICE, DALI_FILING_AUTHORITY, ERYUAN_SUPERVISION, 15), "test");
		// the same expert pool as the demo committee EYTEACHERINT, so that the draw (E1) can be made
		for (String expert : this.organisations.pool("EYTEACHERINT")) {
			this.organisations.addToPool(code, expert, "test");
		}
		return committee;
	}

	/** A notice with every N2 item. */
	public static Map<String, Object> notice(String reviewDate, String windowClosesOn) {
		Map<String, Object> notice = new LinkedHashMap<>();
		notice.put("basis", "《职称评审管理暂行规定》（人力资源社会保障部令第40号）");
		notice.put("reviewScope", "洱源县中小学在职在岗教师");
		notice.put("specialties", "语文、数学、英语");
		notice.put("reviewDate", reviewDate);
		notice.put("publicityMethod", "在本平台和洱源县人民政府门户网站公示不少于5个工作日");
		notice.put("materials", "申报评审表（17张表）及学历、资历、业绩证明材料；日期填到月，无内容填“无”");
		notice.put("contactAddress", "洱源县茈碧湖镇人社局三楼职改办");
		notice.put("contactPhone", "0872-5121234");
		notice.put("windowClosesOn", windowClosesOn);
		return notice;
	}

	public <T> T as(String login, Supplier<T> work) {
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

	public void as(String login, Runnable work) {
		as(login, () -> {
			work.run();
			return null;
		});
	}

	public ReviewCycle start(String committeeCode, int year) {
		return as("eyzgb", () -> this.cycles.start(committeeCode, year, "eyzgb"));
	}

	public Task task(ReviewCycle cycle, String key) {
		return this.taskService.createTaskQuery().processInstanceId(cycle.processInstanceId()).taskDefinitionKey(key)
			.singleResult();
	}

	/**
	 * Signs the expert draw the cycle is waiting in (E2): three staff of the committee office and the
	 * supervisor, four different people, as in their Tasklist.
	 */
	public void signDraw(ReviewCycle cycle, List<String> officeStaff, String supervisor) {
		org.camunda.bpm.engine.runtime.ProcessInstance draw = this.engine.getRuntimeService().createProcessInstanceQuery()
			.superProcessInstanceId(cycle.processInstanceId())
			.processDefinitionKey(ReviewCycleProcess.EXPERT_DRAW_KEY)
			.singleResult();
		if (draw == null) {
			throw new AssertionError("周期未在专家抽取中等待");
		}
		java.util.List<String> open = this.taskService.createTaskQuery().processInstanceId(draw.getId()).list().stream()
			.map(Task::getTaskDefinitionKey).toList();
		if (!open.contains("Task_SignDrawByOffice")) {
			throw new AssertionError("抽取未到签名：" + open + " "
					+ this.engine.getRuntimeService().getVariable(draw.getId(), "drawFailureReason"));
		}
		Map<String, Object> signature = Map.of("signatureConfirmed", true, "signatureOpinion", "抽取过程公开，同意。");
		for (String login : officeStaff) {
			Task task = this.taskService.createTaskQuery().processInstanceId(draw.getId())
				.taskDefinitionKey("Task_SignDrawByOffice").list().get(0);
			complete(login, task, signature);
		}
		Task supervision = this.taskService.createTaskQuery().processInstanceId(draw.getId())
			.taskDefinitionKey("Task_SignDrawBySupervisor").singleResult();
		complete(supervisor, supervision, signature);
	}

	public void complete(String login, Task task, Map<String, Object> variables) {
		as(login, () -> this.taskService.complete(task.getId(), variables));
	}

	public void draftNotice(ReviewCycle cycle, Map<String, Object> notice) {
		complete("eyzgb", task(cycle, TASK_DRAFT_NOTICE), notice);
	}

	public void approveNotice(ReviewCycle cycle) {
		complete("eyrsj", task(cycle, TASK_APPROVE_NOTICE),
				Map.of("noticeDecision", "APPROVE", "noticeOpinion", "同意发布。"));
	}

	public ReviewCycle reload(ReviewCycle cycle) {
		return this.cycles.require(cycle.id());
	}

	/**
	 * The committee's cycle of the year, published on {@code publishedAt} (the engine clock is moved there
	 * for the steps and reset afterwards: callers set their own clock after this), with the given review
	 * date and window. Does nothing if the year's window is already published (tests in one Spring context
	 * share it).
	 */
	public synchronized ReviewCycle openWindow(String committeeCode, int year, String publishedAt, String reviewDate,
			String windowClosesOn) {
		ReviewCycle existing = this.cycles.active(committeeCode, year).orElse(null);
		if (existing != null && existing.publishedOn() != null) {
			return existing;
		}
		try {
			setClock(publishedAt);
			ReviewCycle cycle = existing != null ? existing : start(committeeCode, year);
			draftNotice(cycle, notice(reviewDate, windowClosesOn));
			approveNotice(cycle);
			return reload(cycle);
		}
		finally {
			ClockUtil.reset();
		}
	}

	/** A fresh teacher of 洱源县第一中学 for the committee and year, submitted by the school (ey1z). */
	public Application submit(String committeeCode, int year) {
		Map<String, Object> data = ApplicationFixtures.teacher(year,
				ApplicationFixtures.idNumber("19880315", PEOPLE.getAndAdd(2) % 998 + 1));
		data.put("committeeCode", committeeCode);
		return as("ey1z", () -> this.applications.submit(ApplicationFixtures.form(data), "ey1z"));
	}

	/** A submitted application taken through the school, the education bureau and the rules to QUALIFIED. */
	public Application qualified(String committeeCode, int year) {
		Application application = submit(committeeCode, year);
		String instance = application.processInstanceId();
		complete("ey1z", single(instance), Map.of("ballotMethod", "述职并无记名投票", "ballotVoterScope", "全体在编在岗职工",
				"ballotAttendees", 30, "ballotYes", 25));
		Job publicity = this.managementService.createJobQuery().processInstanceId(instance).singleResult();
		this.managementService.executeJob(publicity.getId());
		complete("ey1z", single(instance), Map.of("unitRecommends", true, "unitOpinion", "经测评和公示，同意推荐。"));
		complete("eyjtj", single(instance), Map.of("competentDeptDecision", "APPROVE", "competentDeptOpinion", "同意报送。"));
		Application result = this.applications.require(application.id());
		if (result.status() != cn.zhicheng.application.ApplicationStatus.QUALIFIED) {
			throw new IllegalStateException("申报未通过资格审查：" + result.status());
		}
		return result;
	}

	private Task single(String processInstanceId) {
		return this.taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
	}

	/** The job of an instance at an activity (a timer), executed whatever its due date. */
	public void executeJob(String processInstanceId, String activityId) {
		Job job = this.managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
			.singleResult();
		if (job == null) {
			throw new IllegalStateException("没有作业：" + activityId);
		}
		this.managementService.executeJob(job.getId());
	}

	public Job job(String processInstanceId, String activityId) {
		return this.managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
			.singleResult();
	}

	public static LocalDateTime beijing(Date date) {
		return LocalDateTime.ofInstant(date.toInstant(), java.time.ZoneId.of("Asia/Shanghai"));
	}

	static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

}
