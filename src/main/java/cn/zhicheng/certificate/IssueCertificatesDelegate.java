package cn.zhicheng.certificate;

import static cn.zhicheng.certificate.CertificationProcess.CERTIFICATES_ISSUED;
import static cn.zhicheng.certificate.CertificationProcess.QUALIFICATION_DOCUMENT_ID;

import cn.zhicheng.common.CurrentActor;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_IssueCertificates (C2, C4), asynchronous with retries. Input: qualificationDocumentId. Issues one
 * certificate per passed application of the cycle, exactly once: certificates that exist are kept (a retry
 * or a second node finds them), a concurrent duplicate fails on the unique constraints and the job retries.
 * Output: certificatesIssued (the cycle's certificates).
 */
@Component
class IssueCertificatesDelegate implements JavaDelegate {

	private final CertificateService certificates;

	IssueCertificatesDelegate(CertificateService certificates) {
		this.certificates = certificates;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int issued = this.certificates
			.issueCertificates(QUALIFICATION_DOCUMENT_ID.require(execution), CurrentActor.of(execution))
			.size();
		CERTIFICATES_ISSUED.set(execution, issued);
	}

}
