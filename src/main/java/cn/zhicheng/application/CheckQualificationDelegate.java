package cn.zhicheng.application;

import static cn.zhicheng.application.ApplicationProcess.APPLICATION_ID;
import static cn.zhicheng.application.ApplicationProcess.QUALIFICATION_FINDINGS;
import static cn.zhicheng.application.ApplicationProcess.QUALIFICATION_OUTCOME;

import java.util.stream.Collectors;

import cn.zhicheng.qualification.Outcome;
import cn.zhicheng.qualification.QualificationReport;
import cn.zhicheng.qualification.QualificationService;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CheckQualification (Q1). Input: applicationId. Runs every applicable rule of the applicant's
 * policy pack and stores the verdicts with the application. Outputs: qualificationOutcome (FAIL when a
 * rule fails, else REVIEW when a rule asks for a person, else PASS) and qualificationFindings (the
 * reasons, one per line, failures and open questions first).
 */
@Component
class CheckQualificationDelegate implements JavaDelegate {

	private final ApplicationService applications;

	private final QualificationService qualification;

	CheckQualificationDelegate(ApplicationService applications, QualificationService qualification) {
		this.applications = applications;
		this.qualification = qualification;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Application application = this.applications.require(APPLICATION_ID.require(execution));
		QualificationReport report = this.qualification
			.check(this.applications.facts(application, ApplicationService.today()));
		Outcome outcome = !report.eligible() ? Outcome.FAIL : report.needsReview() ? Outcome.REVIEW : Outcome.PASS;
		this.applications.recordQualification(application.id(), report, switch (outcome) {
			case PASS -> ApplicationStatus.QUALIFIED;
			case FAIL -> ApplicationStatus.NOT_QUALIFIED;
			case REVIEW -> ApplicationStatus.IN_QUALIFICATION_REVIEW;
		});
		QUALIFICATION_OUTCOME.set(execution, outcome.name());
		QUALIFICATION_FINDINGS.set(execution, findings(report));
	}

	/** Failures first, then questions for a person, then passes; one line each. */
	static String findings(QualificationReport report) {
		return report.results().stream()
			.sorted((a, b) -> Integer.compare(rank(a.outcome()), rank(b.outcome())))
			.map(r -> "【" + r.outcome().label() + "】" + r.message())
			.collect(Collectors.joining("\n"));
	}

	private static int rank(Outcome outcome) {
		return switch (outcome) {
			case FAIL -> 0;
			case REVIEW -> 1;
			case PASS -> 2;
		};
	}

}
