package cn.zhicheng.application;

import java.util.List;

import cn.zhicheng.qualification.QualificationReport;
import cn.zhicheng.qualification.QualificationService;
import cn.zhicheng.qualification.RuleResult;
import cn.zhicheng.system.CurrentUser;
import cn.zhicheng.system.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Submitting, reading and withdrawing applications, and the precheck a unit runs before it submits.
 * The same JSON ({@link ApplicationForm}) serves submission and precheck.
 */
@RestController
@RequestMapping("/api")
class ApplicationController {

	private final ApplicationService applications;

	private final QualificationService qualification;

	private final CurrentUser currentUser;

	ApplicationController(ApplicationService applications, QualificationService qualification,
			CurrentUser currentUser) {
		this.applications = applications;
		this.qualification = qualification;
		this.currentUser = currentUser;
	}

	/** Stores the application and starts its process (unit staff, or an administrator). */
	@PostMapping("/applications")
	@ResponseStatus(HttpStatus.CREATED)
	ApplicationView submit(@RequestBody ApplicationForm form) {
		return ApplicationView.of(this.applications.submit(form, this.currentUser.userId()));
	}

	@GetMapping("/applications/{id}")
	ApplicationView get(@PathVariable String id) {
		return ApplicationView.of(readable(id));
	}

	@PostMapping("/applications/{id}/withdraw")
	ApplicationView withdraw(@PathVariable String id) {
		readable(id);
		return ApplicationView.of(this.applications.withdraw(id, this.currentUser.userId()));
	}

	/** Q1 before submission: validates like submission, runs the rules, stores nothing. */
	@PostMapping("/qualification/precheck")
	Precheck precheck(@RequestBody ApplicationForm form) {
		Application application = this.applications.validateOnly(form, this.currentUser.userId());
		QualificationReport report = this.qualification
			.check(this.applications.facts(application, ApplicationService.today()));
		return new Precheck(report.eligible(), report.needsReview(), report.policyPack(), report.results());
	}

	private Application readable(String id) {
		Application application = this.applications.find(id)
			.filter(a -> this.applications.mayRead(a, this.currentUser.userId(), this.currentUser.groupIds()))
			.orElseThrow(() -> new NotFoundException("id", "申报不存在或无权查看：" + id));
		return application;
	}

	record Precheck(boolean eligible, boolean needsReview, String policyPack, List<RuleResult> results) {
	}

	/** What the API shows of an application; the ID number is masked. */
	record ApplicationView(String id, String status, String statusLabel, String processInstanceId,
			String businessKey, int reviewYear, String committeeCode, String track, String name, String idNumber,
			String unitCreditCode, String targetSeries, String targetSpecialty, String targetLevel) {

		static ApplicationView of(Application a) {
			return new ApplicationView(a.id(), a.status().name(), a.status().label(), a.processInstanceId(),
					ApplicationService.businessKey(a), a.reviewYear(), a.committeeCode(), a.track().name(), a.name(),
					a.maskedIdNumber(), a.unitCreditCode(), a.targetSeries(), a.targetSpecialty(), a.targetLevel().name());
		}

	}

}
