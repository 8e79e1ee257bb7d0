package cn.zhicheng.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;

import cn.zhicheng.calendar.WorkingDayCalendar;
import cn.zhicheng.calendar.WorkingDays;
import cn.zhicheng.common.EngineClock;
import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.OrganisationKind;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.qualification.DeadlineSelector;
import cn.zhicheng.qualification.PackDeadlines;
import cn.zhicheng.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * C3, DY10, DB8: after the certificate the unit appoints the applicant to the post and starts the pay
 * within the months of the application's policy pack (1 Yunnan, 2 Bazhou) of the qualification document;
 * the due day is the first working day on or after that date. An overdue appointment goes to the HR
 * bureau of the unit's region.
 */
@Service
public class AppointmentService {

	private final AppointmentMapper mapper;

	private final ApplicationService applications;

	private final OrganisationService organisations;

	private final DeadlineSelector deadlines;

	private final WorkingDayCalendar calendar;

	AppointmentService(AppointmentMapper mapper, ApplicationService applications, OrganisationService organisations,
			DeadlineSelector deadlines, WorkingDayCalendar calendar) {
		this.mapper = mapper;
		this.applications = applications;
		this.organisations = organisations;
		this.deadlines = deadlines;
		this.calendar = calendar;
	}


	public Optional<Appointment> find(String applicationId) {
		return Optional.ofNullable(this.mapper.find(applicationId));
	}

	/** Who does what, and by when. */
	public record Schedule(Appointment appointment, Date dueAt, String unitGroupId, String unitName,
			String hrBureauGroupId, String applicantName, String overdueMatter) {
	}

	/** Task_ScheduleAppointment: the due day (C3, DY10, DB8) and the inboxes of the unit and the HR bureau. */
	@Transactional
	public Schedule schedule(String applicationId, String certificateNumber, String documentNumber,
			Date documentDate) {
		Application a = this.applications.require(applicationId);
		LocalDate documentDay = documentDate == null ? EngineClock.now().toLocalDate()
				: LocalDate.ofInstant(documentDate.toInstant(), WorkingDayCalendar.ZONE);
		DeadlineSelector.Selection selection = this.deadlines.forApplication(a.track(), a.regionCode(), a.reviewYear());
		PackDeadlines d = selection.deadlines();
		LocalDate due = firstWorkingDayFrom(documentDay.plusMonths(d.appointmentMonths()));
		this.mapper.deleteUnrecorded(applicationId);
		if (this.mapper.find(applicationId) == null) {
			this.mapper.insert(applicationId, certificateNumber, documentNumber, documentDay, due, d.appointmentRule());
		}
		Organisation unit = this.organisations.organisation(a.unitCreditCode())
			.orElseThrow(() -> new NotFoundException("unitCreditCode", "用人单位不存在：" + a.unitCreditCode()));
		Organisation hr = this.organisations.nearest(OrganisationKind.HR_BUREAU, unit.regionCode())
			.orElseThrow(() -> new RuleViolation("unitCreditCode", "C3", unit.name() + "所在地未登记人社部门，聘任逾期无人督办（C3）"));
		String matter = unit.name() + "应于" + due + "前聘任" + a.name() + "（" + a.targetSeries() + " "
				+ (a.targetLevel() == null ? "" : a.targetLevel().label()) + "，文号" + (documentNumber == null ? "未记录" : documentNumber)
				+ "，" + documentDay + "发文）并兑现工资（发文后" + d.appointmentMonths() + "个月内，" + d.appointmentRule() + "），截至该日未登记聘任。";
		return new Schedule(this.mapper.find(applicationId), endOf(due), unit.groupId(), unit.name(), hr.groupId(),
				a.name(), matter);
	}

	/** Task_SaveAppointment (C3): the unit's appointment, post and start of pay, with who and when. */
	@Transactional
	public Appointment record(String applicationId, String post, String appointedOn, String payStartsOn, String note,
			String by) {
		Appointment appointment = find(applicationId)
			.orElseThrow(() -> new NotFoundException("applicationId", "尚未发证，不能登记聘任：" + applicationId));
		String rule = appointment.deadlineRule();
		RuleViolation.require(post != null && !post.isBlank(), "appointedPost", rule, "聘任岗位（appointedPost）不能为空（" + rule + "）");
		RuleViolation.require(post.strip().length() <= 200, "appointedPost", rule, "聘任岗位（appointedPost）不能超过200个字符");
		LocalDate appointed = date(appointedOn, "appointedOn", "聘任日期", rule);
		LocalDate pay = date(payStartsOn, "payStartsOn", "兑现工资起始日期", rule);
		LocalDate today = EngineClock.now().toLocalDate();
		RuleViolation.require(!appointed.isBefore(appointment.qualificationDocumentDate()), "appointedOn", rule,
				"聘任日期（appointedOn）不能早于任职资格文件日期" + appointment.qualificationDocumentDate() + "（" + rule + "）");
		RuleViolation.require(!appointed.isAfter(today), "appointedOn", rule, "聘任日期（appointedOn）不能晚于今天（" + today + "）");
		RuleViolation.require(!pay.isBefore(appointed), "payStartsOn", rule, "兑现工资起始日期（payStartsOn）不能早于聘任日期（" + rule + "）");
		String cleanNote = note == null || note.isBlank() ? null : note.strip();
		RuleViolation.require(cleanNote == null || cleanNote.length() <= 1000, "appointmentNote", rule, "备注（appointmentNote）不能超过1000个字符");
		RuleViolation.require(this.mapper.record(applicationId, post.strip(), appointed, pay, cleanNote, EngineClock.now(), by) == 1,
				"applicationId", rule, "聘任情况已登记，不能重复登记");
		this.applications.changeStatus(applicationId, ApplicationStatus.APPOINTED);
		return find(applicationId).orElseThrow();
	}

	LocalDate firstWorkingDayFrom(LocalDate day) {
		LocalDate d = day;
		while (!this.calendar.isWorkingDay(d)) {
			d = d.plusDays(1);
		}
		return d;
	}

	static Date endOf(LocalDate day) {
		return Date.from(LocalDateTime.of(day, WorkingDays.END_OF_DAY).atZone(WorkingDayCalendar.ZONE).toInstant());
	}

	private static LocalDate date(String value, String field, String label, String rule) {
		RuleViolation.require(value != null && !value.isBlank(), field, rule, label + "（" + field + "）不能为空（" + rule + "）");
		try {
			return LocalDate.parse(value.strip().length() > 10 ? value.strip().substring(0, 10) : value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation(field, rule, label + "（" + field + "）应为日期 yyyy-MM-dd，实为“" + value + "”");
		}
	}

}
