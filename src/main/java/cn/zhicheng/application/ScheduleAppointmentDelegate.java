package cn.zhicheng.application;

import static cn.zhicheng.application.ApplicationProcess.APPLICANT_NAME;
import static cn.zhicheng.application.ApplicationProcess.APPLICATION_ID;
import static cn.zhicheng.application.ApplicationProcess.APPOINTMENT_DUE_AT;
import static cn.zhicheng.application.ApplicationProcess.CERTIFICATE_NUMBER;
import static cn.zhicheng.application.ApplicationProcess.HR_BUREAU_GROUP_ID;
import static cn.zhicheng.application.ApplicationProcess.OVERDUE_MATTER;
import static cn.zhicheng.application.ApplicationProcess.QUALIFICATION_DOCUMENT_DATE;
import static cn.zhicheng.application.ApplicationProcess.QUALIFICATION_DOCUMENT_NUMBER;
import static cn.zhicheng.application.ApplicationProcess.UNIT_GROUP_ID;
import static cn.zhicheng.application.ApplicationProcess.UNIT_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ScheduleAppointment (C3, DY10, DB8). Inputs: applicationId and what message CertificateIssued
 * brought (certificateNumber, qualificationDocumentNumber, qualificationDocumentDate). Outputs
 * appointmentDueAt (end of the first working day on or after document date + the pack's months: the unit's
 * due date and the timer of the HR bureau's escalation), unitGroupId, unitName, applicantName,
 * hrBureauGroupId and overdueMatter.
 */
@Component
class ScheduleAppointmentDelegate implements JavaDelegate {

	private final AppointmentService appointments;

	ScheduleAppointmentDelegate(AppointmentService appointments) {
		this.appointments = appointments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		AppointmentService.Schedule schedule = this.appointments.schedule(APPLICATION_ID.require(execution),
				CERTIFICATE_NUMBER.get(execution), QUALIFICATION_DOCUMENT_NUMBER.get(execution),
				QUALIFICATION_DOCUMENT_DATE.get(execution));
		APPOINTMENT_DUE_AT.set(execution, schedule.dueAt());
		UNIT_GROUP_ID.set(execution, schedule.unitGroupId());
		UNIT_NAME.set(execution, schedule.unitName());
		APPLICANT_NAME.set(execution, schedule.applicantName());
		HR_BUREAU_GROUP_ID.set(execution, schedule.hrBureauGroupId());
		OVERDUE_MATTER.set(execution, schedule.overdueMatter());
	}

}
