package cn.zhicheng.plan;

import java.time.LocalDate;

import cn.zhicheng.calendar.WorkingDayCalendar;
import cn.zhicheng.cycle.CycleStatus;
import cn.zhicheng.cycle.ReviewCycle;

import org.springframework.stereotype.Component;

/**
 * N3 schedule tracking: a plan row against its deadline. Every deadline falls due on the last working day
 * on or before it ({@link #dueOn}). The status of a row:
 * <ul>
 * <li>已逾期 (late): the due day has passed and the review (or duty) is not done, or it was done after it;</li>
 * <li>有风险 (at risk): the working days left until the due day are fewer than the stage still needs —
 * a review whose notice is not yet published needs 30 (N2: notice at least 30 WD before the review); one
 * whose notice is published but whose qualified list is not confirmed needs 15 (Q2 pre-meeting publicity 5
 * WD + F1 filing 10 WD before the meeting); one in publicity or filing needs 10 (F1); a duty needs
 * {@link #DUTY_WARNING} working days of warning; or the cycle's review date lies after the plan deadline;</li>
 * <li>按期 (on time): otherwise, including done in time.</li>
 * </ul>
 */
@Component
class ScheduleRules {

	/** N2: the notice is published at least 30 working days before the review. */
	static final int NOTICE_LEAD = 30;

	/** Q2 + F1: pre-meeting publicity (5 WD) and filing approved 10 WD before the meeting. */
	static final int LIST_LEAD = 15;

	/** F1: the filing is approved at least 10 working days before the meeting. */
	static final int FILING_LEAD = 10;

	/** A duty is at risk in its last 5 working days. */
	static final int DUTY_WARNING = 5;

	private final WorkingDayCalendar calendar;

	ScheduleRules(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	/** The due day of a deadline: the deadline itself, or the last working day before it. */
	LocalDate dueOn(LocalDate deadline) {
		return this.calendar.isWorkingDay(deadline) ? deadline : this.calendar.addWorkingDays(deadline, -1);
	}

	record Verdict(ScheduleStatus status, String reason) {
	}

	/** A review row and its cycle (null when none is linked) on {@code today}. */
	Verdict review(PlanItem item, ReviewCycle cycle, LocalDate today) {
		LocalDate due = item.dueOn();
		CycleStatus status = cycle == null || cycle.status() == CycleStatus.CANCELLED ? null : cycle.status();
		if ((status != null && status.meetingHeld()) || status == CycleStatus.CLOSED_NO_APPLICANTS) {
			if (cycle.reviewDate() != null && cycle.reviewDate().isAfter(due)) {
				return new Verdict(ScheduleStatus.LATE,
						"评审于" + cycle.reviewDate() + "完成，晚于计划时限" + due + "（N3）");
			}
			return new Verdict(ScheduleStatus.ON_TIME, "已完成：" + status.label());
		}
		String stage = status == null ? (item.cycleNote() == null ? "尚未启动评审周期" : item.cycleNote()) : status.label();
		if (today.isAfter(due)) {
			return new Verdict(ScheduleStatus.LATE, "计划时限" + due + "已过，评审尚未完成（当前：" + stage + "）（N3）");
		}
		long left = this.calendar.countWorkingDays(today, due);
		if (cycle != null && status != null && cycle.reviewDate() != null && cycle.reviewDate().isAfter(due)) {
			return new Verdict(ScheduleStatus.AT_RISK,
					"评审时间" + cycle.reviewDate() + "晚于计划时限" + due + "（N3）");
		}
		int needed = needed(status);
		if (left < needed) {
			return new Verdict(ScheduleStatus.AT_RISK, "距计划时限" + due + "仅剩" + left + "个工作日，当前阶段（" + stage
					+ "）至少还需" + needed + "个工作日（" + neededRule(status) + "）");
		}
		return new Verdict(ScheduleStatus.ON_TIME, "距计划时限" + due + "还有" + left + "个工作日（当前：" + stage + "）");
	}

	/** A duty row on {@code today}. */
	Verdict duty(PlanItem item, LocalDate today) {
		LocalDate due = item.dueOn();
		if (item.doneOn() != null) {
			if (item.doneOn().isAfter(due)) {
				return new Verdict(ScheduleStatus.LATE,
						"已于" + item.doneOn() + "完成，晚于截止日" + due + "（" + item.kind().rule() + "）");
			}
			return new Verdict(ScheduleStatus.ON_TIME, "已于" + item.doneOn() + "完成");
		}
		if (today.isAfter(due)) {
			return new Verdict(ScheduleStatus.LATE, "截止日" + due + "已过，尚未完成（" + item.kind().rule() + "）");
		}
		long left = this.calendar.countWorkingDays(today, due);
		if (left < DUTY_WARNING) {
			return new Verdict(ScheduleStatus.AT_RISK, "距截止日" + due + "仅剩" + left + "个工作日，尚未完成");
		}
		return new Verdict(ScheduleStatus.ON_TIME, "距截止日" + due + "还有" + left + "个工作日");
	}

	static int needed(CycleStatus status) {
		if (status == null || status == CycleStatus.DRAFTING || status == CycleStatus.AWAITING_APPROVAL) {
			return NOTICE_LEAD;
		}
		return switch (status) {
			case PUBLISHED, WINDOW_CLOSED -> LIST_LEAD;
			case PRE_MEETING_PUBLICITY, FILING -> FILING_LEAD;
			default -> 0;
		};
	}

	private static String neededRule(CycleStatus status) {
		int needed = needed(status);
		return needed == NOTICE_LEAD ? "N2：评审通知须在评审前至少30个工作日发布"
				: needed == LIST_LEAD ? "Q2、F1：会前公示5个工作日，会前备案须在评审前10个工作日核准" : "F1：会前备案须在评审前10个工作日核准";
	}

}
