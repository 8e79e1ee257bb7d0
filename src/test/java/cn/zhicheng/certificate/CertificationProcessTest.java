package cn.zhicheng.certificate;

import static cn.zhicheng.certificate.CertificationFixture.beijing;
import static cn.zhicheng.cycle.CycleDriver.ERYUAN_HR_BUREAU;
import static cn.zhicheng.cycle.CycleDriver.ERYUAN_OFFICE;
import static cn.zhicheng.cycle.CycleDriver.ERYUAN_SUPERVISION;
import static cn.zhicheng.cycle.CycleDriver.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationProcess;
import cn.zhicheng.qualification.Track;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The certification process (C1, C2, C4) entered the way the review cycle enters it: as a call activity with
 * cycleId and postFilingApprovedAt, business key the cycle's. The HR bureau issues the document (文号 from the
 * pattern), the office checks the names, the certificates are issued by their job, each application instance
 * receives {@code CertificateIssued}, and the caller gets qualificationDocumentNumber and certificatesIssued.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class CertificationProcessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	HistoryService historyService;

	@Autowired
	IdentityService identityService;

	@Autowired
	CertificateService certificates;

	@Autowired
	JdbcTemplate jdbc;

	CertificationFixture fixture;

	@BeforeEach
	void setUp() {
		init(this.processEngine);
		this.fixture = new CertificationFixture(this.context);
	}

	@AfterEach
	void tearDown() {
		this.identityService.clearAuthentication();
		ClockUtil.reset();
	}

	ProcessInstance startCaller(CertificationFixture.Cycle cycle, Date approvedAt) {
		ClockUtil.setCurrentTime(approvedAt);
		return this.runtimeService.createProcessInstanceByKey(CertificationFixture.CALLER_KEY)
			.businessKey(cycle.cycle().businessKey())
			.setVariable(CertificationProcess.CYCLE_ID.name(), cycle.cycle().id())
			.setVariable(CertificationProcess.POST_FILING_APPROVED_AT.name(), approvedAt)
			.execute();
	}

	ProcessInstance certification(ProcessInstance caller) {
		return this.runtimeService.createProcessInstanceQuery()
			.superProcessInstanceId(caller.getId())
			.processDefinitionKey(CertificationProcess.KEY)
			.singleResult();
	}

	Task task(ProcessInstance pi, String key) {
		return this.taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
	}

	void complete(String user, Task task, Map<String, Object> variables) {
		this.fixture.driver.complete(user, task, variables);
	}

	void runJob(ProcessInstance pi, String activityId) {
		Job job = this.managementService.createJobQuery()
			.processInstanceId(pi.getId())
			.activityId(activityId)
			.singleResult();
		assertThat(job).as("job of %s", activityId).isNotNull();
		this.managementService.executeJob(job.getId());
	}

	Object historic(ProcessInstance pi, String name) {
		HistoricVariableInstance variable = this.historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(pi.getId())
			.variableName(name)
			.singleResult();
		return variable == null ? null : variable.getValue();
	}

	@Test
	void documentNameCheckCertificatesMessagesAndOutVariables() {
		CertificationFixture.Cycle cycle = this.fixture.cycle(List.of("张晓明:GENERAL", "李国华:DIRECTED"),
				List.of("王芳:GENERAL"));
		// post-filing approved on Monday 2024-11-04 at 10:00
		ProcessInstance caller = startCaller(cycle, beijing("2024-11-04T10:00:00"));
		ProcessInstance pi = certification(caller);
		assertThat(pi).isNotNull();
		assertThat(pi.getBusinessKey()).isEqualTo(cycle.cycle().businessKey());
		assertThat(pi).isWaitingAt(CertificationProcess.TASK_ISSUE_DOCUMENT);

		// C1: in the inbox of the HR bureau of the committee's region, due within 5 working days (the default:
		// the Yunnan general pack sets no deadline of its own)
		Task document = task(pi, CertificationProcess.TASK_ISSUE_DOCUMENT);
		assertThat(document).hasCandidateGroup(ERYUAN_HR_BUREAU);
		assertThat(document.getDueDate()).isEqualTo(beijing("2024-11-11T23:59:59"));
		assertThat((String) this.runtimeService.getVariable(pi.getId(), "passedList")).contains("张晓明", "李国华", "定向评价")
			.doesNotContain("王芳");

		// a document dated in the future is refused and the task stays open
		setClock("2024-11-05T09:30:00");
		assertThatThrownBy(() -> complete("eyrsj", document,
				Map.of("documentTitle", "关于张晓明等2人取得中级专业技术职务任职资格的通知", "documentDate", "2024-11-20")))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("documentDate");
		assertThat(pi).isWaitingAt(CertificationProcess.TASK_ISSUE_DOCUMENT);
		// nor one dated before the filing approval (C1: the document follows the approval)
		assertThatThrownBy(() -> complete("eyrsj", document,
				Map.of("documentTitle", "关于张晓明等2人取得中级专业技术职务任职资格的通知", "documentDate", "2024-11-01")))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("会后备案核准日期");
		assertThat(this.certificates.document(cycle.cycle().id())).isEmpty();

		complete("eyrsj", document, Map.of("documentTitle", "关于张晓明等2人取得中级专业技术职务任职资格的通知", "documentDate",
				"2024-11-05"));
		String documentNumber = (String) this.runtimeService.getVariable(pi.getId(),
				CertificationProcess.QUALIFICATION_DOCUMENT_NUMBER.name());
		assertThat(documentNumber).matches("洱人社职〔2024〕\\d+号");
		QualificationDocument stored = this.certificates.document(cycle.cycle().id()).orElseThrow();
		assertThat(stored.documentNumber()).isEqualTo(documentNumber);
		assertThat(stored.createdBy()).isEqualTo("eyrsj");
		assertThat(stored.issuerCode()).isEqualTo(ERYUAN_HR_BUREAU);

		// C2: the office checks names and specialties before anything is issued
		assertThat(pi).isWaitingAt(CertificationProcess.TASK_CHECK_NAMES);
		Task check = task(pi, CertificationProcess.TASK_CHECK_NAMES);
		assertThat(check).hasCandidateGroup(ERYUAN_OFFICE);
		assertThatThrownBy(() -> complete("eyzgb", check, Map.of("namesConfirmed", false)))
			.isInstanceOf(NotValidException.class)
			.hasMessageContaining("C2");
		assertThat(this.certificates.certificates(cycle.cycle().id())).isEmpty();
		complete("eyzgb", check, Map.of("namesConfirmed", true, "nameCheckNote", "姓名、专业与文件一致"));
		assertThat(pi).isWaitingAt(CertificationProcess.TASK_ISSUE_CERTIFICATES);

		runJob(pi, CertificationProcess.TASK_ISSUE_CERTIFICATES);
		List<Certificate> issued = this.certificates.certificates(cycle.cycle().id());
		assertThat(issued).hasSize(2);
		assertThat(issued).extracting(Certificate::holderName).containsExactlyInAnyOrder("张晓明", "李国华");
		assertThat(issued).allSatisfy(c -> {
			assertThat(c.certificateNumber()).startsWith("2024" + CertificationFixture.ERYUAN_REGION);
			assertThat(CertificateNumbers.isWellFormed(c.certificateNumber())).isTrue();
			assertThat(c.status()).isEqualTo(CertificateStatus.VALID);
			assertThat(c.issuedOn()).isEqualTo(stored.documentDate());
		});
		Certificate directed = issued.stream().filter(c -> c.track() == Track.DIRECTED).findFirst().orElseThrow();
		// C4: no directed pack covers 洱源县 in 2024, so the certificate is valid in the applicant's county
		assertThat(directed.validRegion()).isEqualTo("洱源县");
		assertThat(issued.stream().filter(c -> c.track() == Track.GENERAL).findFirst().orElseThrow().validRegion())
			.isNull();

		// a second run of the step (another node, a retry) changes nothing
		assertThat(this.certificates.issueCertificates(stored.id(), "system"))
			.extracting(Certificate::certificateNumber)
			.containsExactlyElementsOf(issued.stream().map(Certificate::certificateNumber).toList());

		runJob(pi, CertificationProcess.TASK_SEND_CERTIFICATE_MESSAGES);
		assertThat(pi).isEnded().hasPassed(CertificationProcess.END_CERTIFICATES_ISSUED);

		// each passed application received its certificate number, the document number and date
		for (Application passed : cycle.passed()) {
			String instance = passed.processInstanceId();
			assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
			Map<String, Object> received = new HashMap<>();
			this.historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).list()
				.forEach(v -> received.put(v.getName(), v.getValue()));
			Certificate certificate = this.certificates.forApplication(passed.id()).orElseThrow();
			assertThat(received).containsEntry(ApplicationProcess.APPLICATION_ID.name(), passed.id())
				.containsEntry("certificateNumber", certificate.certificateNumber())
				.containsEntry("qualificationDocumentNumber", documentNumber)
				.containsEntry("qualificationDocumentDate", beijing("2024-11-05T00:00:00"));
		}
		// the failed applicant got nothing and is still waiting
		Application failed = cycle.failed().get(0);
		assertThat(this.certificates.forApplication(failed.id())).isEmpty();
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceId(failed.processInstanceId())
			.count()).isOne();

		// out-variables for the review cycle
		assertThat(historic(pi, CertificationProcess.APPLICATIONS_NOTIFIED.name())).isEqualTo(2);
		assertThat(this.runtimeService.getVariable(caller.getId(), "qualificationDocumentNumber"))
			.isEqualTo(documentNumber);
		assertThat(this.runtimeService.getVariable(caller.getId(), "certificatesIssued")).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM zc_certificate WHERE cycle_id = ?", Integer.class,
				cycle.cycle().id())).isEqualTo(2);
	}

	@Test
	void documentOverdueEscalatesToSupervisionWhileTheHrBureauStillIssues() {
		CertificationFixture.Cycle cycle = this.fixture.cycle(List.of("赵丽华:GENERAL"), List.of());
		ProcessInstance caller = startCaller(cycle, beijing("2024-11-04T10:00:00"));
		ProcessInstance pi = certification(caller);
		Job timer = this.managementService.createJobQuery()
			.processInstanceId(pi.getId())
			.activityId(CertificationProcess.BOUNDARY_DOCUMENT_OVERDUE)
			.singleResult();
		assertThat(timer.getDuedate()).isEqualTo(beijing("2024-11-11T23:59:59"));
		setClock("2024-11-12T09:00:00");
		this.managementService.executeJob(timer.getId());
		Task supervise = task(pi, CertificationProcess.TASK_SUPERVISE_DOCUMENT_OVERDUE);
		assertThat(supervise).hasCandidateGroup(ERYUAN_SUPERVISION);
		assertThat((String) this.taskService.getVariable(supervise.getId(), "overdueMatter")).contains("任职资格文件",
				"2024年11月11日");
		// non-interrupting: the HR bureau can still issue
		assertThat(pi).isWaitingAt(CertificationProcess.TASK_ISSUE_DOCUMENT,
				CertificationProcess.TASK_SUPERVISE_DOCUMENT_OVERDUE);
		complete("eyrsj", task(pi, CertificationProcess.TASK_ISSUE_DOCUMENT),
				Map.of("documentTitle", "关于赵丽华取得中级专业技术职务任职资格的通知", "documentDate", "2024-11-12"));
		assertThat(pi).isWaitingAt(CertificationProcess.TASK_CHECK_NAMES);
	}

	@Test
	void aCycleWithoutPassedApplicantsEndsWithoutDocument() {
		CertificationFixture.Cycle cycle = this.fixture.cycle(List.of(), List.of("钱志强:GENERAL"));
		ProcessInstance caller = startCaller(cycle, beijing("2024-11-04T10:00:00"));
		assertThat(this.runtimeService.getVariable(caller.getId(), "certificatesIssued")).isEqualTo(0);
		assertThat(this.runtimeService.getVariable(caller.getId(), "qualificationDocumentNumber")).isNull();
		assertThat(this.certificates.document(cycle.cycle().id())).isEmpty();
	}

}
