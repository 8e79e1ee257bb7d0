package cn.zhicheng.certificate;

import static cn.zhicheng.certificate.CertificationProcess.APPLICATIONS_NOTIFIED;
import static cn.zhicheng.certificate.CertificationProcess.CERTIFICATE_NUMBER;
import static cn.zhicheng.certificate.CertificationProcess.CYCLE_ID;
import static cn.zhicheng.certificate.CertificationProcess.MESSAGE_CERTIFICATE_ISSUED;
import static cn.zhicheng.certificate.CertificationProcess.QUALIFICATION_DOCUMENT_DATE;
import static cn.zhicheng.certificate.CertificationProcess.QUALIFICATION_DOCUMENT_NUMBER;

import cn.zhicheng.application.ApplicationProcess;
import cn.zhicheng.application.ApplicationService;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.springframework.stereotype.Component;

/**
 * Task_SendCertificateMessages (C2, C3), asynchronous. Inputs: cycleId, qualificationDocumentNumber,
 * qualificationDocumentDate. Correlates {@code CertificateIssued} to the application instance of each
 * certificate (by the process instance stored with the application, else by its process variable applicationId)
 * with certificateNumber, qualificationDocumentNumber and
 * qualificationDocumentDate (a certificate revoked in the meantime is skipped). An application not waiting for it is skipped (no error), so a retry never sends
 * twice to the same wait. Output: applicationsNotified.
 */
@Component
class SendCertificateMessagesDelegate implements JavaDelegate {

	private final CertificateService certificates;

	private final ApplicationService applications;

	private final RuntimeService runtimeService;

	SendCertificateMessagesDelegate(CertificateService certificates, ApplicationService applications,
			RuntimeService runtimeService) {
		this.certificates = certificates;
		this.applications = applications;
		this.runtimeService = runtimeService;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int notified = 0;
		for (Certificate certificate : this.certificates.certificates(CYCLE_ID.require(execution))) {
			if (certificate.status() != CertificateStatus.VALID) {
				// revoked before the message went out (X1): the application is not told it holds the title
				continue;
			}
			MessageCorrelationBuilder message = this.runtimeService.createMessageCorrelation(MESSAGE_CERTIFICATE_ISSUED);
			// by the stored instance id: a lookup by key, where the variable needs a query over every waiting instance
			String processInstanceId = this.applications.processInstanceId(certificate.applicationId()).orElse(null);
			message = processInstanceId != null ? message.processInstanceId(processInstanceId)
					: message.processInstanceVariableEquals(ApplicationProcess.APPLICATION_ID.name(),
							certificate.applicationId());
			notified += message.setVariable(CERTIFICATE_NUMBER.name(), certificate.certificateNumber())
				.setVariable(QUALIFICATION_DOCUMENT_NUMBER.name(), QUALIFICATION_DOCUMENT_NUMBER.require(execution))
				.setVariable(QUALIFICATION_DOCUMENT_DATE.name(), QUALIFICATION_DOCUMENT_DATE.require(execution))
				.correlateAllWithResult()
				.size();
		}
		APPLICATIONS_NOTIFIED.set(execution, notified);
	}

}
