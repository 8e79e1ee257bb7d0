package cn.zhicheng.certificate;

import static cn.zhicheng.certificate.CertificationProcess.CYCLE_ID;
import static cn.zhicheng.certificate.CertificationProcess.DOCUMENT_DATE;
import static cn.zhicheng.certificate.CertificationProcess.DOCUMENT_TITLE;
import static cn.zhicheng.certificate.CertificationProcess.POST_FILING_APPROVED_AT;
import static cn.zhicheng.certificate.CertificationProcess.QUALIFICATION_DOCUMENT_DATE;
import static cn.zhicheng.certificate.CertificationProcess.QUALIFICATION_DOCUMENT_ID;
import static cn.zhicheng.certificate.CertificationProcess.QUALIFICATION_DOCUMENT_NUMBER;

import cn.zhicheng.common.CurrentActor;
import cn.zhicheng.common.RuleViolation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_RecordQualificationDocument (C1), right after the HR bureau's Task_IssueQualificationDocument. Inputs:
 * cycleId, documentTitle, documentDate (yyyy-MM-dd, not in the future nor before postFilingApprovedAt). Stores the cycle's document with the
 * next number (文号) of the HR bureau and year in the configured pattern. Outputs: qualificationDocumentId,
 * qualificationDocumentNumber, qualificationDocumentDate. A cycle has one document; bad input throws
 * {@link NotValidException} (HTTP 400) and the HR bureau's task stays open.
 */
@Component
class RecordQualificationDocumentDelegate implements JavaDelegate {

	private final CertificateService certificates;

	RecordQualificationDocumentDelegate(CertificateService certificates) {
		this.certificates = certificates;
	}

	@Override
	public void execute(DelegateExecution execution) {
		QualificationDocument document;
		try {
			document = this.certificates.issueDocument(CYCLE_ID.require(execution), DOCUMENT_TITLE.get(execution),
					DOCUMENT_DATE.get(execution), POST_FILING_APPROVED_AT.get(execution), CurrentActor.of(execution));
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage());
		}
		QUALIFICATION_DOCUMENT_ID.set(execution, document.id());
		QUALIFICATION_DOCUMENT_NUMBER.set(execution, document.documentNumber());
		QUALIFICATION_DOCUMENT_DATE.set(execution, DateTexts.startOfDay(document.documentDate()));
	}

}
