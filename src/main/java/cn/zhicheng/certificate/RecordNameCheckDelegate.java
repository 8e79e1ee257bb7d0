package cn.zhicheng.certificate;

import static cn.zhicheng.certificate.CertificationProcess.NAMES_CONFIRMED;
import static cn.zhicheng.certificate.CertificationProcess.NAME_CHECK_NOTE;
import static cn.zhicheng.certificate.CertificationProcess.QUALIFICATION_DOCUMENT_ID;

import cn.zhicheng.common.CurrentActor;
import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_RecordNameCheck (C2), right after the committee office's Task_CheckNamesByOffice. Inputs:
 * qualificationDocumentId, namesConfirmed, nameCheckNote (optional). Records who checked the names and
 * specialties of the list, and when; without the confirmation the office's task stays open (HTTP 400).
 */
@Component
class RecordNameCheckDelegate implements JavaDelegate {

	private final CertificateService certificates;

	RecordNameCheckDelegate(CertificateService certificates) {
		this.certificates = certificates;
	}

	@Override
	public void execute(DelegateExecution execution) {
		try {
			this.certificates.recordNameCheck(QUALIFICATION_DOCUMENT_ID.require(execution),
					NAMES_CONFIRMED.get(execution), NAME_CHECK_NOTE.get(execution), CurrentActor.of(execution));
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage());
		}
	}

}
