package cn.zhicheng.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import cn.zhicheng.calendar.WorkingDayCalendar;
import cn.zhicheng.common.RuleViolation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cycle's timing and content rules (N1, N2, Q2, F1) without an engine, on the shipped State Council
 * calendar (config/calendar). 2024: 清明 04-04..06 off with Sunday 04-07 worked; 劳动节 05-01..05 off with
 * Sunday 04-28 and Saturday 05-11 worked; 中秋 09-15..17 off with Saturday 09-14 worked.
 */
class NoticeRulesTest {

	static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(Path.of("config/calendar"), Duration.ofHours(1),
			Clock.systemUTC());

	static final Milestones M2024 = new Milestones(LocalDate.parse("2024-05-31"), LocalDate.parse("2024-06-15"),
			LocalDate.parse("2024-10-31"), LocalDate.parse("2024-11-30"));

	final NoticeRules rules = new NoticeRules(CALENDAR);

	static NoticeRules.Draft draft(String reviewDate, String windowClosesOn) {
		return new NoticeRules.Draft("《职称评审管理暂行规定》", "洱源县中小学在职教师", "语文、数学", reviewDate, "平台和门户网站公示5个工作日",
				"申报评审表及证明材料", "洱源县人社局三楼", "0872-5121234", windowClosesOn);
	}

	static NoticeRules.Draft without(String field) {
		NoticeRules.Draft d = draft("2024-09-20", "2024-06-28");
		Map<String, String> values = new java.util.HashMap<>(Map.of("basis", d.basis(), "reviewScope", d.reviewScope(),
				"specialties", d.specialties(), "reviewDate", d.reviewDate(), "publicityMethod", d.publicityMethod(),
				"materials", d.materials(), "contactAddress", d.contactAddress(), "contactPhone", d.contactPhone(),
				"windowClosesOn", d.windowClosesOn()));
		values.put(field, null);
		return new NoticeRules.Draft(values.get("basis"), values.get("reviewScope"), values.get("specialties"),
				values.get("reviewDate"), values.get("publicityMethod"), values.get("materials"),
				values.get("contactAddress"), values.get("contactPhone"), values.get("windowClosesOn"));
	}

	Notice notice(String reviewDate, String windowClosesOn) {
		return this.rules.read(draft(reviewDate, windowClosesOn));
	}

	@ParameterizedTest
	@CsvSource({ "basis,评审依据", "reviewScope,评审范围及对象", "specialties,评审专业", "reviewDate,评审时间",
			"publicityMethod,公示方式", "materials,申报材料目录清单及填报要求", "contactAddress,联系地址", "contactPhone,联系电话",
			"windowClosesOn,申报截止日期" })
	void everyN2ItemIsRequired(String field, String label) {
		assertThatThrownBy(() -> this.rules.read(without(field))).isInstanceOf(RuleViolation.class)
			.hasMessage("评审通知缺少“" + label + "”（" + field + "），不能发布（N2）")
			.extracting("field", "rule")
			.containsExactly(field, "N2");
	}

	@Test
	void textIsPlainAndBounded() {
		NoticeRules.Draft markup = new NoticeRules.Draft("<a href=x>依据</a>", "范围", "专业", "2024-09-20", "公示", "材料", "地址",
				"0872-5121234", "2024-06-28");
		assertThatThrownBy(() -> this.rules.read(markup)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("网页标记")
			.extracting("field")
			.isEqualTo("basis");
		NoticeRules.Draft longScope = new NoticeRules.Draft("依据", "范".repeat(2001), "专业", "2024-09-20", "公示", "材料", "地址",
				"0872-5121234", "2024-06-28");
		assertThatThrownBy(() -> this.rules.read(longScope)).hasMessageContaining("不能超过2000个字符，实为2001个");
		NoticeRules.Draft phone = new NoticeRules.Draft("依据", "范围", "专业", "2024-09-20", "公示", "材料", "地址", "电话号码",
				"2024-06-28");
		assertThatThrownBy(() -> this.rules.read(phone)).extracting("field").isEqualTo("contactPhone");
		assertThatThrownBy(() -> this.rules.read(draft("2024-02-30", "2024-06-28"))).hasMessageContaining("不是有效日期")
			.extracting("field")
			.isEqualTo("reviewDate");
		assertThat(this.rules.read(draft(" 2024-09-20T00:00:00 ", "2024-06-28")).reviewDate())
			.isEqualTo(LocalDate.parse("2024-09-20"));
	}

	@Test
	void publicationAtLeast30WorkingDaysBeforeTheReview() {
		LocalDate day = LocalDate.parse("2024-04-01");
		// 30 working days after Monday 04-01 across 清明 and 劳动节 with their make-up days
		assertThat(this.rules.earliestReviewDate(day)).isEqualTo(LocalDate.parse("2024-05-15"));
		assertThat(this.rules.timingProblem(notice("2024-05-15", "2024-04-10"), 2024, M2024, day)).isEmpty();
		Optional<RuleViolation> short1 = this.rules.timingProblem(notice("2024-05-14", "2024-04-10"), 2024, M2024, day);
		assertThat(short1).get().extracting(RuleViolation::field, RuleViolation::rule).containsExactly("reviewDate", "N2");
		assertThat(short1.get().getMessage()).contains("最早为2024-05-15");
	}

	@Test
	void theYearsMilestonesBoundTheNoticeAndTheReview() {
		LocalDate day = LocalDate.parse("2024-04-01");
		assertThat(this.rules.timingProblem(notice("2024-10-31", "2024-09-30"), 2024, M2024, day)).isEmpty();
		assertThat(this.rules.timingProblem(notice("2024-11-01", "2024-09-30"), 2024, M2024, day)).get()
			.extracting(RuleViolation::rule)
			.isEqualTo("N1");
		assertThat(this.rules.timingProblem(notice("2025-03-20", "2025-01-10"), 2024, M2024, day)).get()
			.extracting(RuleViolation::getMessage)
			.asString()
			.contains("不在2024年度内");
		assertThat(this.rules.timingProblem(notice("2024-10-30", "2024-09-30"), 2024, M2024, LocalDate.parse("2024-05-31")))
			.isEmpty();
		assertThat(this.rules.timingProblem(notice("2024-10-30", "2024-09-30"), 2024, M2024, LocalDate.parse("2024-06-01")))
			.get()
			.extracting(RuleViolation::getMessage)
			.asString()
			.contains("应于2024-05-31前发布");
	}

	@Test
	void theWindowClosesAfterPublicationAndInTimeForPublicityAndFiling() {
		LocalDate day = LocalDate.parse("2024-04-01");
		// 15 working days before Friday 09-20: Saturday 09-14 counts, 09-15..17 do not
		assertThat(this.rules.latestWindowClose(LocalDate.parse("2024-09-20"))).isEqualTo(LocalDate.parse("2024-08-29"));
		assertThat(this.rules.timingProblem(notice("2024-09-20", "2024-08-29"), 2024, M2024, day)).isEmpty();
		assertThat(this.rules.timingProblem(notice("2024-09-20", "2024-08-30"), 2024, M2024, day)).get()
			.extracting(RuleViolation::field)
			.isEqualTo("windowClosesOn");
		assertThat(this.rules.timingProblem(notice("2024-09-20", "2024-04-01"), 2024, M2024, day)).get()
			.extracting(RuleViolation::getMessage)
			.asString()
			.contains("应晚于通知发布日期");
	}

	@Test
	void theFilingIsApprovedAtLeast10WorkingDaysBeforeTheMeeting() {
		LocalDate meeting = LocalDate.parse("2024-09-20");
		assertThat(this.rules.filedInTime(LocalDate.parse("2024-09-05"), meeting)).isTrue();
		assertThat(this.rules.filedInTime(LocalDate.parse("2024-09-06"), meeting)).isFalse();
		assertThat(this.rules.filedInTime(LocalDate.parse("2024-09-10"), meeting)).isFalse();
		assertThat(this.rules.earliestMeetingDate(LocalDate.parse("2024-09-10"))).isEqualTo(LocalDate.parse("2024-09-25"));
		// National Day: approved Friday 09-27, 10-01..07 off, Sunday 09-29 and Saturday 10-12 worked
		assertThat(this.rules.earliestMeetingDate(LocalDate.parse("2024-09-27"))).isEqualTo(LocalDate.parse("2024-10-16"));
	}

	@Test
	void aMovedMeetingIsAtLeast10WorkingDaysAheadAndInTheYear() {
		LocalDate today = LocalDate.parse("2024-09-10");
		assertThat(this.rules.newMeetingDate("2024-09-25", today, today, 2024, M2024)).isEqualTo(LocalDate.parse("2024-09-25"));
		assertThatThrownBy(() -> this.rules.newMeetingDate("2024-09-24", today, today, 2024, M2024))
			.hasMessageContaining("最早为2024-09-25")
			.extracting("rule")
			.isEqualTo("F1");
		assertThatThrownBy(() -> this.rules.newMeetingDate("2024-11-01", today, today, 2024, M2024)).extracting("rule")
			.isEqualTo("N1");
		assertThatThrownBy(() -> this.rules.newMeetingDate(null, today, today, 2024, M2024)).extracting("field")
			.isEqualTo("newReviewDate");
	}

	@Test
	void aYearWithoutMilestonesCannotStart() {
		MilestoneProperties properties = new MilestoneProperties(Map.of(2024, M2024));
		assertThat(properties.require(2024)).isEqualTo(M2024);
		assertThatThrownBy(() -> properties.require(2031)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("zhicheng.milestones.2031")
			.extracting("rule")
			.isEqualTo("N1");
	}

}
