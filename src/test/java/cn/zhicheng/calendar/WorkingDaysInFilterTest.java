package cn.zhicheng.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import cn.zhicheng.inbox.InboxFilters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Tasklist evaluates a filter's query on the server when it lists the filter; these tests list filters
 * the way Tasklist does ({@code GET /engine-rest/filter/{id}/list} as a signed-in user) to show that the
 * {@code workingDays} bean resolves in stored filter queries.
 */
class WorkingDaysInFilterTest extends ApplicationTestSupport {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ObjectMapper json;

	@Autowired
	TaskService taskService;

	@Autowired
	FilterService filterService;

	final List<String> tasks = new ArrayList<>();

	final List<String> filters = new ArrayList<>();

	String dueMonday;

	String dueTuesday;

	@BeforeEach
	void tasksDueAfterNationalDay() {
		// Thursday 10-10 10:01: 3 working days later is Monday 10-14 10:01 (Saturday 10-12 is worked);
		// 3 calendar days later would be Sunday 10-13 10:01
		ClockUtil.setCurrentTime(beijing("2024-10-10T10:01"));
		this.dueMonday = newTask("截止周一的任务", beijing("2024-10-14T10:00"));
		this.dueTuesday = newTask("截止周二的任务", beijing("2024-10-15T10:00"));
	}

	@AfterEach
	void cleanUp() {
		ClockUtil.reset();
		this.tasks.forEach(id -> this.taskService.deleteTask(id, true));
		this.filters.forEach(this.filterService::deleteFilter);
	}

	@Test
	void storedFilterQueryResolvesTheWorkingDaysBean() throws Exception {
		Filter filter = this.filterService.newTaskFilter("工作日表达式测试")
			.setQuery(this.taskService.createTaskQuery().dueBeforeExpression("${workingDays.after(3)}"));
		this.filterService.saveFilter(filter);
		this.filters.add(filter.getId());

		assertThat(listAsDemo(filter.getId())).contains(this.dueMonday).doesNotContain(this.dueTuesday);
	}

	@Test
	void dueSoonInboxCountsThreeWorkingDays() throws Exception {
		Filter dueSoon = this.filterService.createFilterQuery().filterName(InboxFilters.DUE_SOON).singleResult();
		assertThat(dueSoon).as("created at start-up").isNotNull();

		// a calendar-day filter (${dateTime().plusDays(3).toDate()}) would miss the task due on Monday
		assertThat(listAsDemo(dueSoon.getId())).contains(this.dueMonday).doesNotContain(this.dueTuesday);
	}

	private List<String> listAsDemo(String filterId) throws Exception {
		ResponseEntity<String> response = this.rest.withBasicAuth("demo", "demo")
			.getForEntity("/engine-rest/filter/{id}/list", String.class, filterId);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<String> ids = new ArrayList<>();
		for (JsonNode task : this.json.readTree(response.getBody())) {
			ids.add(task.get("id").asText());
		}
		return ids;
	}

	private String newTask(String name, Date due) {
		Task task = this.taskService.newTask();
		task.setName(name);
		task.setDueDate(due);
		this.taskService.saveTask(task);
		this.tasks.add(task.getId());
		return task.getId();
	}

	static Date beijing(String localDateTime) {
		return Date.from(LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.ZONE).toInstant());
	}

}
