package cn.zhicheng.certificate;

import static cn.zhicheng.certificate.CertificationProcess.CERTIFICATES_ISSUED;
import static cn.zhicheng.certificate.CertificationProcess.COMMITTEE_CODE;
import static cn.zhicheng.certificate.CertificationProcess.COMMITTEE_NAME;
import static cn.zhicheng.certificate.CertificationProcess.COMMITTEE_OFFICE_GROUP_ID;
import static cn.zhicheng.certificate.CertificationProcess.CYCLE_ID;
import static cn.zhicheng.certificate.CertificationProcess.DOCUMENT_DATE;
import static cn.zhicheng.certificate.CertificationProcess.DOCUMENT_DEADLINE;
import static cn.zhicheng.certificate.CertificationProcess.DOCUMENT_DUE;
import static cn.zhicheng.certificate.CertificationProcess.DOCUMENT_TITLE;
import static cn.zhicheng.certificate.CertificationProcess.HR_BUREAU_GROUP_ID;
import static cn.zhicheng.certificate.CertificationProcess.HR_BUREAU_NAME;
import static cn.zhicheng.certificate.CertificationProcess.PASSED_COUNT;
import static cn.zhicheng.certificate.CertificationProcess.PASSED_LIST;
import static cn.zhicheng.certificate.CertificationProcess.POST_FILING_APPROVED_AT;
import static cn.zhicheng.certificate.CertificationProcess.REVIEW_YEAR;
import static cn.zhicheng.certificate.CertificationProcess.SUPERVISION_GROUP_ID;

import cn.zhicheng.cycle.ReviewCycleService;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PrepareCertification (C1, DY10). Inputs: cycleId, postFilingApprovedAt. Outputs: the inboxes
 * (hrBureauGroupId: the HR bureau of the committee's region issues the document; committeeOfficeGroupId checks
 * the list; supervisionGroupId watches the deadline), committeeCode, committeeName, reviewYear, hrBureauName,
 * passedCount and passedList (the applications of the cycle with status PASSED), documentDue (end of the
 * last working day: the pack's {@code certification.documentWorkingDays} after the approval, else the
 * configured default) and documentDeadline in words, and the form's defaults documentTitle and documentDate
 * (today). With nobody passed, certificatesIssued = 0.
 */
@Component
class PrepareCertificationDelegate implements JavaDelegate {

	private final CertificateService certificates;

	PrepareCertificationDelegate(CertificateService certificates) {
		this.certificates = certificates;
	}

	@Override
	public void execute(DelegateExecution execution) {
		CertificateService.Plan plan = this.certificates.plan(CYCLE_ID.require(execution),
				POST_FILING_APPROVED_AT.get(execution));
		COMMITTEE_CODE.set(execution, plan.committee().code());
		COMMITTEE_NAME.set(execution, plan.committee().name());
		REVIEW_YEAR.set(execution, plan.cycle().reviewYear());
		HR_BUREAU_GROUP_ID.set(execution, plan.hrBureau().groupId());
		HR_BUREAU_NAME.set(execution, plan.hrBureau().name());
		COMMITTEE_OFFICE_GROUP_ID.set(execution, plan.office().groupId());
		SUPERVISION_GROUP_ID.set(execution, plan.supervision().groupId());
		PASSED_COUNT.set(execution, plan.passed().size());
		PASSED_LIST.set(execution, cn.zhicheng.common.FormText.fit(plan.passedList(), "完整名单见评审结果和证书记录"));
		DOCUMENT_DUE.set(execution, plan.documentDue());
		DOCUMENT_DEADLINE.set(execution, plan.deadlineText());
		DOCUMENT_TITLE.set(execution, plan.draftTitle());
		DOCUMENT_DATE.set(execution, ReviewCycleService.today().toString());
		if (plan.passed().isEmpty()) {
			CERTIFICATES_ISSUED.set(execution, 0);
		}
	}

}
