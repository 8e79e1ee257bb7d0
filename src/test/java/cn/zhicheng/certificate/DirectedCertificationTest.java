package cn.zhicheng.certificate;

import static cn.zhicheng.certificate.CertificationFixture.beijing;
import static cn.zhicheng.cycle.CycleDriver.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.zhicheng.qualification.Track;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A directed cycle whose policy pack has a {@code certification:} block, as the Yunnan 2020 pack does (DY3,
 * DY10): the document is due 3 working days after the filing approval, numbered in the pack's own pattern,
 * and the directed certificate names the region the pack gives. The shipped packs do not cover 洱源县 in 2024
 * (the only years a cycle can be started in are those with milestones), so this test reads the shipped packs
 * plus one test pack of that shape from its own directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "zhicheng.policy-packs.directory=" + DirectedCertificationTest.PACKS)
@ActiveProfiles("demo")
class DirectedCertificationTest {

	static final String PACKS = "target/test-policy-packs-directed";

	static {
		try {
			Path directory = Path.of(PACKS);
			Files.createDirectories(directory);
			try (Stream<Path> shipped = Files.list(Path.of("config", "policy-packs"))) {
				for (Path file : shipped.filter(f -> f.toString().endsWith(".yaml")).toList()) {
					Files.copy(file, directory.resolve(file.getFileName()),
							java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
			Files.writeString(directory.resolve("test-eryuan-2024-directed.yaml"), """
					id: TEST-ERYUAN-2024-DIRECTED
					name: 测试：洱源县2024年度定向评价
					track: DIRECTED
					jurisdiction: {name: 洱源县, regionPrefixes: ["532930"]}
					reviewYears: {from: 2024, to: 2024}
					certification:
					  rule: DY3
					  validRegions:
					    - {code: "532930", name: 洱源县（测试）}
					  documentRule: DY10
					  documentWorkingDays: 3
					  documentNumberPattern: "{issuer}人社定〔{year}〕{seq}号"
					""");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

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
	IdentityService identityService;

	@Autowired
	CertificateService certificates;

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

	@Test
	void thePacksDeadlinePatternAndValidRegionApply() {
		CertificationFixture.Cycle cycle = this.fixture.cycle(List.of("和丽娟:DIRECTED", "段志刚:GENERAL"), List.of());
		ClockUtil.setCurrentTime(beijing("2024-11-04T10:00:00"));
		ProcessInstance pi = this.runtimeService.createProcessInstanceByKey(CertificationProcess.KEY)
			.businessKey(cycle.cycle().businessKey())
			.setVariable(CertificationProcess.CYCLE_ID.name(), cycle.cycle().id())
			.setVariable(CertificationProcess.POST_FILING_APPROVED_AT.name(), beijing("2024-11-04T10:00:00"))
			.execute();
		Task document = this.taskService.createTaskQuery().processInstanceId(pi.getId())
			.taskDefinitionKey(CertificationProcess.TASK_ISSUE_DOCUMENT).singleResult();
		// DY10: within 3 working days of the approval (Monday → Thursday)
		assertThat(document.getDueDate()).isEqualTo(beijing("2024-11-07T23:59:59"));
		assertThat((String) this.runtimeService.getVariable(pi.getId(), "documentDeadline")).contains("3个工作日", "DY10");

		setClock("2024-11-06T09:00:00");
		this.fixture.driver.complete("eyrsj", document,
				Map.of("documentTitle", "关于和丽娟等2人取得中级专业技术职务任职资格的通知", "documentDate", "2024-11-06"));
		assertThat((String) this.runtimeService.getVariable(pi.getId(), "qualificationDocumentNumber"))
			.matches("洱人社定〔2024〕\\d+号");
		Task check = this.taskService.createTaskQuery().processInstanceId(pi.getId())
			.taskDefinitionKey(CertificationProcess.TASK_CHECK_NAMES).singleResult();
		this.fixture.driver.complete("eyzgb", check, Map.of("namesConfirmed", true));
		this.managementService.executeJob(this.managementService.createJobQuery().processInstanceId(pi.getId())
			.activityId(CertificationProcess.TASK_ISSUE_CERTIFICATES).singleResult().getId());

		List<Certificate> issued = this.certificates.certificates(cycle.cycle().id());
		assertThat(issued).hasSize(2);
		// DY3, C4: the directed certificate names the pack's region; the general one none
		assertThat(issued).filteredOn(c -> c.track() == Track.DIRECTED).singleElement()
			.satisfies(c -> assertThat(c.validRegion()).isEqualTo("洱源县（测试）"));
		assertThat(issued).filteredOn(c -> c.track() == Track.GENERAL).singleElement()
			.satisfies(c -> assertThat(c.validRegion()).isNull());
	}

}
