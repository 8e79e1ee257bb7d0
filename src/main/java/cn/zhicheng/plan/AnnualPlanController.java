package cn.zhicheng.plan;

import java.io.IOException;
import java.util.List;

import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.system.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The annual review plan (N3): submit a version as JSON or import it from an xlsx (the owning HR
 * department approves it in Tasklist), read the versions of a year, and the schedule for supervisors.
 */
@RestController
@RequestMapping("/api/plans")
class AnnualPlanController {

	private final AnnualPlanService plans;

	private final CurrentUser currentUser;

	AnnualPlanController(AnnualPlanService plans, CurrentUser currentUser) {
		this.plans = plans;
		this.currentUser = currentUser;
	}

	/** Submits a plan version for approval (HR department staff, or committee offices in its region). */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	PlanView submit(@RequestBody PlanDraft draft) {
		AnnualPlan plan = this.plans.submit(draft, "FORM", this.currentUser.userId());
		return PlanView.of(plan, this.plans.items(plan.id()));
	}

	/** Imports a plan version from an xlsx (first sheet, heading row as in README); all rows or none. */
	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	PlanView importPlan(@RequestPart("file") MultipartFile file, @RequestParam("planYear") Integer planYear,
			@RequestParam("ownerCreditCode") String ownerCreditCode,
			@RequestParam(name = "title", required = false) String title) {
		byte[] content;
		try {
			content = file.getBytes();
		}
		catch (IOException ex) {
			throw new RuleViolation("file", "N3", "上传的文件无法读取");
		}
		AnnualPlan plan = this.plans.importSpreadsheet(content, planYear, ownerCreditCode, title,
				this.currentUser.userId());
		return PlanView.of(plan, this.plans.items(plan.id()));
	}

	/** Every version of the year (supervision and HR departments). */
	@GetMapping("/{year}")
	List<PlanView> versions(@PathVariable int year) {
		this.plans.requireScheduleReader(this.currentUser.userId(), this.currentUser.groupIds());
		return this.plans.plans(year).stream().map(p -> PlanView.of(p, this.plans.items(p.id()))).toList();
	}

	/** Per committee and duty: 按期 / 有风险 / 已逾期 with the reason (supervision and HR departments). */
	@GetMapping("/{year}/schedule")
	List<AnnualPlanService.PlanSchedule> schedule(@PathVariable int year) {
		this.plans.requireScheduleReader(this.currentUser.userId(), this.currentUser.groupIds());
		return this.plans.schedule(year);
	}

	record PlanView(String id, int planYear, int version, String ownerGroupId, String title, String status,
			String statusLabel, String processInstanceId, String decisionOpinion, List<PlanItem> items) {

		static PlanView of(AnnualPlan p, List<PlanItem> items) {
			return new PlanView(p.id(), p.planYear(), p.version(), p.ownerGroupId(), p.title(), p.status().name(),
					p.status().label(), p.processInstanceId(), p.decisionOpinion(), items);
		}

	}

}
