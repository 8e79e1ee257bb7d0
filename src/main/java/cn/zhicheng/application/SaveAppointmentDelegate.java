package cn.zhicheng.application;

import static cn.zhicheng.application.ApplicationProcess.APPLICATION_ID;
import static cn.zhicheng.application.ApplicationProcess.APPOINTED_ON;
import static cn.zhicheng.application.ApplicationProcess.APPOINTED_POST;
import static cn.zhicheng.application.ApplicationProcess.APPOINTMENT_NOTE;
import static cn.zhicheng.application.ApplicationProcess.PAY_STARTS_ON;

import cn.zhicheng.common.CurrentActor;
import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_SaveAppointment (C3). Inputs: appointedPost, appointedOn, payStartsOn, appointmentNote (the
 * unit's form). Stores the appointment with who and when; the application becomes APPOINTED. Bad input
 * throws {@link NotValidException} (HTTP 400) and the task stays open.
 */
@Component
class SaveAppointmentDelegate implements JavaDelegate {

	private final AppointmentService appointments;

	SaveAppointmentDelegate(AppointmentService appointments) {
		this.appointments = appointments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		try {
			this.appointments.record(APPLICATION_ID.require(execution), APPOINTED_POST.get(execution),
					APPOINTED_ON.get(execution), PAY_STARTS_ON.get(execution), APPOINTMENT_NOTE.get(execution),
					CurrentActor.of(execution));
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage());
		}
	}

}
