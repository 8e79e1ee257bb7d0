package cn.zhicheng.certificate;

import static cn.zhicheng.cycle.CycleDriver.setClock;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationFixtures;
import cn.zhicheng.application.ApplicationProcess;
import cn.zhicheng.application.ApplicationService;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.cycle.CycleDriver;
import cn.zhicheng.cycle.ReviewCycle;
import cn.zhicheng.organisation.Committee;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationContext;

/**
 * Test helper: a review cycle of a fresh 洱源县 committee for 2024 (a year with full holiday data) whose
 * applications went through the meeting: stored by ApplicationService as the school's staff during the
 * window, then given their result (PASSED or NOT_PASSED), as the meeting does. Each application has a stand-in
 * instance (process variable applicationId) waiting for {@code CertificateIssued}, as the application process
 * will. Not a Spring bean.
 */
final class CertificationFixture {

	static final int YEAR = 2024;

	static final String ERYUAN_REGION = "532930";

	static final String RECEIVER_KEY = "certificateReceiverTest";

	static final String CALLER_KEY = "certificationCallerTest";

	private static final AtomicInteger PEOPLE = new AtomicInteger(1);

	final CycleDriver driver;

	final ApplicationService applications;

	final ProcessEngine engine;

	CertificationFixture(ApplicationContext context) {
		this.driver = new CycleDriver(context);
		this.applications = context.getBean(ApplicationService.class);
		this.engine = context.getBean(ProcessEngine.class);
		deployTestModels(this.engine.getRepositoryService());
	}

	private static synchronized void deployTestModels(RepositoryService repository) {
		if (repository.createProcessDefinitionQuery().processDefinitionKey(RECEIVER_KEY).count() == 0) {
			repository.createDeployment().name("test-certificate-receiver")
				.addClasspathResource("cn/zhicheng/certificate/certificate-receiver-test.bpmn")
				.addClasspathResource("cn/zhicheng/certificate/certification-caller-test.bpmn")
				.deploy();
		}
	}

	/** A cycle with its notice published and window open, on a fresh committee. */
	record Cycle(Committee committee, ReviewCycle cycle, List<Application> passed, List<Application> failed) {
	}

	/**
	 * A cycle whose meeting passed {@code passed} (names and tracks, e.g. "张晓明:GENERAL") and failed
	 * {@code failed} applicants; the engine clock is reset afterwards.
	 */
	Cycle cycle(List<String> passed, List<String> failed) {
		try {
			Committee committee = this.driver.freshCommittee();
			setClock(YEAR + "-04-01T09:00:00");
			ReviewCycle cycle = this.driver.start(committee.code(), YEAR);
			this.driver.draftNotice(cycle, CycleDriver.notice(YEAR + "-09-20", YEAR + "-06-28"));
			setClock(YEAR + "-04-02T10:00:00");
			this.driver.approveNotice(cycle);
			setClock(YEAR + "-04-10T10:00:00");
			List<Application> passedApplications = new ArrayList<>();
			for (String spec : passed) {
				passedApplications.add(application(committee, spec, ApplicationStatus.PASSED));
			}
			List<Application> failedApplications = new ArrayList<>();
			for (String spec : failed) {
				failedApplications.add(application(committee, spec, ApplicationStatus.NOT_PASSED));
			}
			return new Cycle(committee, this.driver.reload(cycle), passedApplications, failedApplications);
		}
		finally {
			org.camunda.bpm.engine.impl.util.ClockUtil.reset();
		}
	}

	private Application application(Committee committee, String spec, ApplicationStatus result) {
		String[] parts = spec.split(":");
		Map<String, Object> data = ApplicationFixtures.teacher(YEAR,
				ApplicationFixtures.idNumber("19900512", PEOPLE.getAndIncrement() % 999 + 1));
		data.put("committeeCode", committee.code());
		data.put("name", parts[0]);
		data.put("track", parts.length > 1 ? parts[1] : "GENERAL");
		Application application = this.driver.as("ey1z",
				() -> this.applications.register(ApplicationFixtures.form(data), "ey1z"));
		ProcessInstance receiver = this.engine.getRuntimeService()
			.createProcessInstanceByKey(RECEIVER_KEY)
			.setVariable(ApplicationProcess.APPLICATION_ID.name(), application.id())
			.execute();
		this.applications.withProcessInstance(application.id(), receiver.getId());
		this.applications.changeStatus(application.id(), result);
		return this.applications.require(application.id());
	}

	/** A Beijing date-time, e.g. "2024-11-04T10:00:00". */
	static Date beijing(String iso) {
		return Date.from(ZonedDateTime.parse(iso + "+08:00[Asia/Shanghai]").toInstant());
	}

}
