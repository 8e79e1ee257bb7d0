package cn.zhicheng.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The {@code workingDays} bean in a BPMN model as a Modeler user writes it: timer {@code timeDate},
 * user task {@code camunda:dueDate} / {@code camunda:followUpDate} and a gateway condition, evaluated
 * by the application's own engine (Spring expression manager) on a moved engine clock. Engine calls run
 * without an authenticated user, so authorization checks are skipped.
 */
class WorkingDayTimerProcessTest extends ApplicationTestSupport {

	static final String PROCESS = "Process_WorkingDayTimer";

	static final String TIMER = "TimerEvent_FiveWorkingDays";

	static final String TASK = "Task_FileReport";

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	final List<String> deployments = new ArrayList<>();

	@BeforeEach
	void deployTestModel() {
		BpmnAwareTests.init(this.processEngine);
		this.deployments.add(this.repositoryService.createDeployment()
			.name("working-day-timer-test")
			.addClasspathResource("cn/zhicheng/calendar/working-day-timer.bpmn")
			.deploy()
			.getId());
	}

	@AfterEach
	void cleanUp() {
		ClockUtil.reset();
		this.deployments.forEach(id -> this.repositoryService.deleteDeployment(id, true));
		BpmnAwareTests.reset();
	}

	@Test
	void timerWaitsFiveWorkingDaysAcrossNationalDay() {
		ClockUtil.setCurrentTime(beijing("2024-09-27T10:00")); // Friday
		ProcessInstance pi = this.runtimeService.startProcessInstanceByKey(PROCESS,
				Map.of("meetingDate", beijing("2024-10-24T09:00")));

		assertThat(pi).isWaitingAt(TIMER);
		Job timer = job();
		// Sunday 09-29 (make-up) and Monday 09-30, then 10-08, 10-09, 10-10; 10-01..07 are off
		assertThat(timer.getDuedate()).isEqualTo(beijing("2024-10-10T10:00"));

		ClockUtil.setCurrentTime(beijing("2024-10-09T23:59:59"));
		assertThat(executableJobs(pi)).as("due on 2024-10-09").isZero();

		ClockUtil.setCurrentTime(beijing("2024-10-10T10:00"));
		assertThat(executableJobs(pi)).as("due on 2024-10-10").isOne();
		execute(job());

		assertThat(pi).isWaitingAt(TASK);
		Task fileReport = task();
		// 3 working days after Thursday 10-10: Friday 10-11, Saturday 10-12 (make-up), Monday 10-14
		assertThat(fileReport.getDueDate()).isEqualTo(beijing("2024-10-14T10:00"));
		assertThat(fileReport.getFollowUpDate()).isEqualTo(beijing("2024-10-11T23:59:59"));
	}

	@Test
	void conditionComparesWithWorkingDaysBeforeAMeeting() {
		ClockUtil.setCurrentTime(beijing("2024-10-10T10:00"));
		// F1: at least 10 working days before the meeting; before Thursday 10-24 that is Friday 10-11 09:00
		ProcessInstance inTime = startAtTask(beijing("2024-10-24T09:00"));
		complete(task(inTime));
		assertThat(inTime).hasPassed("EndEvent_FiledInTime").isEnded();

		// before Wednesday 10-23 it is Thursday 10-10 09:00, an hour ago; the meeting date as an ISO string
		ProcessInstance late = startAtTask("2024-10-23T09:00:00");
		complete(task(late));
		assertThat(late).hasPassed("EndEvent_FiledLate").isEnded();
	}

	private ProcessInstance startAtTask(Object meetingDate) {
		ProcessInstance pi = this.runtimeService.createProcessInstanceByKey(PROCESS)
			.setVariable("meetingDate", meetingDate)
			.startBeforeActivity(TASK)
			.execute();
		assertThat(pi).isWaitingAt(TASK);
		return pi;
	}

	private long executableJobs(ProcessInstance pi) {
		return this.managementService.createJobQuery().processInstanceId(pi.getId()).executable().count();
	}

	static Date beijing(String localDateTime) {
		return Date.from(LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.ZONE).toInstant());
	}

}
