package cn.zhicheng.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.zhicheng.calendar.WorkingDayCalendar;
import cn.zhicheng.cycle.CycleStatus;
import cn.zhicheng.cycle.ReviewCycle;

import org.junit.jupiter.api.Test;

/** N3: 按期 / 有风险 / 已逾期 of a plan row, on the 2024 working-day calendar. */
class ScheduleRulesTest {

	static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(Path.of("config/calendar"), Duration.ofHours(1),
			Clock.systemUTC());

	final ScheduleRules rules = new ScheduleRules(CALENDAR);

	static PlanItem review(String deadline, LocalDate due) {
		return new PlanItem("i", "p", 1, PlanItemKind.REVIEW, "C", "某评委会", "中小学教师", "INTERMEDIATE", "某办", null, "洱源县",
				"GENERAL", LocalDate.parse(deadline), due, null, null, null, null, null, null, null);
	}

	static ReviewCycle cycle(CycleStatus status, LocalDate reviewDate) {
		return new ReviewCycle("c", "C", 2024, status, "2024-C", "pi", null, null, null, reviewDate, null, null, null,
				null, null, null, null, null, null, null);
	}

	@Test
	void reviewWithoutPublishedNoticeIsAtRiskWithFewerThan30WorkingDaysLeft() {
		PlanItem item = review("2024-10-31", LocalDate.of(2024, 10, 31));
		// 2024-09-20 → 2024-10-31: 26 working days (National Day week off) < 30 (N2)
		assertThat(this.rules.review(item, null, LocalDate.of(2024, 9, 20)).status()).isEqualTo(ScheduleStatus.AT_RISK);
		assertThat(this.rules.review(item, cycle(CycleStatus.DRAFTING, null), LocalDate.of(2024, 9, 20)).reason())
			.contains("至少还需30个工作日");
		// on 2024-08-01 there are more than 30 left
		assertThat(this.rules.review(item, null, LocalDate.of(2024, 8, 1)).status()).isEqualTo(ScheduleStatus.ON_TIME);
		// a published notice needs only 15 (Q2 + F1)
		assertThat(this.rules.review(item, cycle(CycleStatus.PUBLISHED, LocalDate.of(2024, 10, 25)),
				LocalDate.of(2024, 9, 20)).status()).isEqualTo(ScheduleStatus.ON_TIME);
		// a review date after the deadline is at risk
		assertThat(this.rules.review(item, cycle(CycleStatus.FILING_APPROVED, LocalDate.of(2024, 11, 5)),
				LocalDate.of(2024, 9, 20)).reason()).contains("晚于计划时限");
	}

	@Test
	void lateAfterTheDueDayUnlessTheMeetingWasHeldInTime() {
		PlanItem item = review("2024-06-15", LocalDate.of(2024, 6, 14));
		assertThat(this.rules.review(item, cycle(CycleStatus.FILING, LocalDate.of(2024, 6, 14)), LocalDate.of(2024, 6, 15))
			.status()).isEqualTo(ScheduleStatus.LATE);
		assertThat(this.rules.review(item, cycle(CycleStatus.MEETING_HELD, LocalDate.of(2024, 6, 13)),
				LocalDate.of(2024, 7, 1)).status()).isEqualTo(ScheduleStatus.ON_TIME);
		assertThat(this.rules.review(item, cycle(CycleStatus.MEETING_HELD, LocalDate.of(2024, 6, 20)),
				LocalDate.of(2024, 7, 1)).status()).isEqualTo(ScheduleStatus.LATE);
		// the stages after the meeting (issue 7) still count as a review held
		for (CycleStatus after : List.of(CycleStatus.RESULT_PUBLICITY, CycleStatus.POST_FILING,
				CycleStatus.POST_FILING_APPROVED, CycleStatus.ARCHIVING, CycleStatus.ARCHIVED)) {
			assertThat(this.rules.review(item, cycle(after, LocalDate.of(2024, 6, 13)), LocalDate.of(2024, 7, 1)).status())
				.isEqualTo(ScheduleStatus.ON_TIME);
		}
	}

	@Test
	void dutyIsAtRiskInItsLastFiveWorkingDays() {
		PlanItem duty = new PlanItem("d", "p", 2, PlanItemKind.WORK_SUMMARY, null, "工作总结", null, null, "州人社局", "X",
				"迪庆州", "DIRECTED", LocalDate.of(2024, 9, 15), LocalDate.of(2024, 9, 13), null, null, null, null, null,
				null, null);
		assertThat(this.rules.duty(duty, LocalDate.of(2024, 9, 9)).status()).isEqualTo(ScheduleStatus.AT_RISK);
		assertThat(this.rules.duty(duty, LocalDate.of(2024, 9, 2)).status()).isEqualTo(ScheduleStatus.ON_TIME);
		assertThat(this.rules.duty(duty, LocalDate.of(2024, 9, 14)).status()).isEqualTo(ScheduleStatus.LATE);
	}

}
