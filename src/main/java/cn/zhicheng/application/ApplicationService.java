package cn.zhicheng.application;

import static cn.zhicheng.application.ApplicationProcess.APPLICANT_NAME;
import static cn.zhicheng.application.ApplicationProcess.APPLICATION_ID;
import static cn.zhicheng.application.ApplicationProcess.BALLOT_PASSED;
import static cn.zhicheng.application.ApplicationProcess.COMMITTEE_CODE;
import static cn.zhicheng.application.ApplicationProcess.COMMITTEE_OFFICE_GROUP_ID;
import static cn.zhicheng.application.ApplicationProcess.COMPETENT_DEPT_DECISION;
import static cn.zhicheng.application.ApplicationProcess.COMPETENT_DEPT_GROUP_ID;
import static cn.zhicheng.application.ApplicationProcess.HR_BUREAU_GROUP_ID;
import static cn.zhicheng.application.ApplicationProcess.REVIEW_YEAR;
import static cn.zhicheng.application.ApplicationProcess.TRACK;
import static cn.zhicheng.application.ApplicationProcess.UNIT_CREDIT_CODE;
import static cn.zhicheng.application.ApplicationProcess.UNIT_GROUP_ID;
import static cn.zhicheng.application.ApplicationProcess.UNIT_NAME;
import static cn.zhicheng.application.ApplicationProcess.UNIT_RECOMMENDS;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.zhicheng.application.ApplicationForm.AssessmentEntry;
import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.qualification.ApplicantFacts;
import cn.zhicheng.qualification.ApplicantFacts.AssessmentResult;
import cn.zhicheng.qualification.ApplicantFacts.CurrentTitle;
import cn.zhicheng.qualification.ApplicantFacts.PovertyAlleviationService;
import cn.zhicheng.qualification.ApplicantFacts.SeriesChange;
import cn.zhicheng.qualification.ApplicantFacts.Unit;
import cn.zhicheng.qualification.QualificationReport;
import cn.zhicheng.system.EngineAccess;
import cn.zhicheng.system.ForbiddenException;
import cn.zhicheng.system.NotFoundException;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications: submission (REST or Tasklist start form), routing into the inboxes, status, withdrawal,
 * and the facts the qualification rules read. The process carries only the application's id and
 * routing facts; the 申报评审表 lives in {@code zc_application}.
 */
@Service
public class ApplicationService {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final ApplicationMapper mapper;

	private final ApplicationValidator validator;

	private final ApplicationRouting routing;

	private final OrganisationService organisations;

	private final RuntimeService runtimeService;

	private final EngineAccess engineAccess;

	private final ObjectMapper json;

	ApplicationService(ApplicationMapper mapper, ApplicationValidator validator, ApplicationRouting routing,
			OrganisationService organisations, RuntimeService runtimeService, EngineAccess engineAccess,
			ObjectMapper json) {
		this.mapper = mapper;
		this.validator = validator;
		this.routing = routing;
		this.organisations = organisations;
		this.runtimeService = runtimeService;
		this.engineAccess = engineAccess;
		this.json = json;
	}

	/** Today in Beijing, on the engine's clock (which tests may move). */
	static LocalDate today() {
		return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), BEIJING);
	}

	public Optional<Application> find(String id) {
		return Optional.ofNullable(this.mapper.find(id));
	}

	/** Whether the person already applied in the review year (any committee, any status). */
	public boolean hasApplication(String idNumber, int reviewYear) {
		return !this.mapper.findByPerson(idNumber, reviewYear).isEmpty();
	}

	public Application require(String id) {
		return find(id).orElseThrow(() -> new NotFoundException("id", "申报不存在：" + id));
	}

	/**
	 * The application's process instance as stored at submission (zc_application.process_instance_id), so
	 * that a message reaches it by id instead of a query over the process variable applicationId; empty if
	 * the application is unknown or was never started.
	 */
	public Optional<String> processInstanceId(String id) {
		return Optional.ofNullable(this.mapper.findProcessInstanceId(id));
	}

	/**
	 * Validates and stores the form for {@code submitter} (staff of the unit, or an administrator) and
	 * starts its application process. All or nothing: a refusal stores nothing.
	 */
	@Transactional
	public Application submit(ApplicationForm form, String submitter) {
		Application application = register(form, submitter);
		this.runtimeService.createProcessInstanceByKey(ApplicationProcess.KEY)
			.businessKey(businessKey(application))
			.setVariable(APPLICATION_ID.name(), application.id())
			.execute();
		return require(application.id());
	}

	/** Validates and stores the form without starting a process (the process start form path). */
	@Transactional
	public Application register(ApplicationForm form, String submitter) {
		Application application = this.validator.validate(form, unitOf(form, submitter),
				UUID.randomUUID().toString(), ApplicationStatus.SUBMITTED, today());
		this.mapper.insert(application, submitter == null ? "system" : submitter);
		return application;
	}

	/** The business key Cockpit shows: year, committee, masked name and a short id. */
	static String businessKey(Application application) {
		return application.reviewYear() + "-" + application.committeeCode() + "-" + application.maskedName() + "-"
				+ application.id().substring(0, 8);
	}

	/** Puts the application's routing facts into the process (unit, competent department, office, HR). */
	void route(Application application, VariableScope process) {
		Organisation unit = this.organisations.organisation(application.unitCreditCode()).orElseThrow();
		Committee committee = this.organisations.committee(application.committeeCode()).orElseThrow();
		APPLICATION_ID.set(process, application.id());
		APPLICANT_NAME.set(process, application.name());
		REVIEW_YEAR.set(process, application.reviewYear());
		COMMITTEE_CODE.set(process, application.committeeCode());
		TRACK.set(process, application.track().name());
		UNIT_CREDIT_CODE.set(process, unit.creditCode());
		UNIT_NAME.set(process, unit.name());
		UNIT_GROUP_ID.set(process, unit.groupId());
		COMPETENT_DEPT_GROUP_ID.set(process, this.routing.competentDepartmentOf(unit).groupId());
		COMMITTEE_OFFICE_GROUP_ID.set(process, this.routing.committeeOfficeOf(committee).groupId());
		HR_BUREAU_GROUP_ID.set(process, this.routing.hrBureauOf(committee).groupId());
		BALLOT_PASSED.set(process, false);
		// no default: a recommendation form submitted without the decision is refused (A15), not read as "no"
		UNIT_RECOMMENDS.set(process, null);
		COMPETENT_DEPT_DECISION.set(process, "NONE");
	}

	@Transactional
	public void withProcessInstance(String id, String processInstanceId) {
		this.mapper.updateProcessInstance(id, processInstanceId);
	}

	@Transactional
	public void changeStatus(String id, ApplicationStatus status) {
		RuleViolation.require(this.mapper.updateStatus(id, status, "system") == 1, "applicationId", "A21",
				"申报不存在：" + id);
	}

	@Transactional
	public void recordBallot(String id, UnitBallot ballot, String by) {
		this.mapper.updateBallot(id, ballot, by);
	}

	@Transactional
	public void recordUnitOpinion(String id, String opinion, String by) {
		this.mapper.updateUnitOpinion(id, opinion, by);
	}

	@Transactional
	public void recordCompetentDeptOpinion(String id, String opinion, String by) {
		this.mapper.updateCompetentDeptOpinion(id, opinion, by);
	}

	@Transactional
	public void recordQualification(String id, QualificationReport report, ApplicationStatus status) {
		try {
			this.mapper.updateQualificationResult(id, this.json.writeValueAsString(report), "system");
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		changeStatus(id, status);
	}

	/**
	 * The applicant withdraws, through their unit's staff, until the qualification check begins. Who may:
	 * staff of the application's unit, or an administrator.
	 */
	@Transactional
	public Application withdraw(String id, String user) {
		Application application = require(id);
		boolean allowed = this.routing.isAdministrator(user)
				|| this.routing.isMember(user, Organisation.groupIdOf(application.unitCreditCode()));
		if (!allowed) {
			throw new ForbiddenException("只有申报单位的工作人员可以撤回申报");
		}
		RuleViolation.require(application.status().withdrawable() && application.processInstanceId() != null, "status",
				"A4", "申报当前状态为“" + application.status().label() + "”，资格审查开始后不能撤回");
		this.engineAccess.asSystem(() -> this.runtimeService.createMessageCorrelation(ApplicationProcess.MESSAGE_WITHDRAWN)
			.processInstanceId(application.processInstanceId())
			.correlate());
		return require(id);
	}

	/** Who may read an application: its unit, competent department, committee office and HR, or admins. */
	public boolean mayRead(Application application, String user, List<String> groups) {
		if (this.routing.isAdministrator(user)) {
			return true;
		}
		Organisation unit = this.organisations.organisation(application.unitCreditCode()).orElseThrow();
		Committee committee = this.organisations.committee(application.committeeCode()).orElseThrow();
		return groups.contains(unit.groupId()) || groups.contains(unit.parentCreditCode())
				|| groups.contains(committee.officeCreditCode())
				|| groups.contains(this.routing.hrBureauOf(committee).groupId());
	}

	/** Q1: the HR bureau that confirms a committee's qualification checks (its region's, or the nearest above). */
	public Organisation hrBureauOf(Committee committee) {
		return this.routing.hrBureauOf(committee);
	}

	/** What the qualification rules need, read from the stored application (checked on {@code checkDate}). */
	public ApplicantFacts facts(Application a, LocalDate checkDate) {
		List<AssessmentEntry> assessments = readList(a.annualAssessmentsJson(), new TypeReference<>() {
		});
		return ApplicantFacts.builder()
			.applicationId(a.id())
			.reviewYear(a.reviewYear())
			.checkDate(checkDate)
			.idNumber(a.idNumber())
			.birthDate(a.birthDate())
			.sex(a.sex())
			.track(a.track())
			.regionCode(a.regionCode())
			.committeeCode(a.committeeCode())
			.target(a.targetSeries(), a.targetSpecialty(), a.targetLevel())
			.currentTitle(a.currentTitleLevel() == null ? null
					: new CurrentTitle(a.currentTitleLevel(), a.currentTitleSeries(), a.currentTitleDate(),
							a.currentTitleSameLevelSince(), a.currentTitleDirected(), a.currentTitleByCertificate()))
			.education(a.education(), a.graduationDate())
			.workStartDate(a.workStartDate())
			.employmentKind(a.employmentKind())
			.unit(new Unit(a.unitCreditCode(), a.unitLevel(), a.unitStationed(), a.unitCombinesReviewAndAppointment()))
			.unitEntrustmentLetter(a.unitEntrustmentLetter())
			.countyEntrustmentLetter(a.countyEntrustmentLetter())
			.yearsAtBaseLevel(a.yearsAtBaseLevel())
			.yearsInDirectedArea(a.yearsInDirectedArea())
			.ruralServiceYears(a.ruralServiceYears())
			.townshipYearsAfterIntermediate(a.townshipYearsAfterIntermediate())
			.punishment(a.punishmentKind(), a.punishmentUntil())
			.specialTalent(a.specialTalent())
			.postExempt(a.postExempt())
			.continuingEducationCompleted(a.continuingEducationCompleted())
			.pledgeSigned(a.pledgeSigned())
			.assessments(assessments.stream()
				.map(e -> new ApplicantFacts.AnnualAssessment(e.year(), AssessmentResult.valueOf(e.result())))
				.toList())
			.seriesChange(a.seriesChangeFrom() == null ? null
					: new SeriesChange(a.seriesChangeFrom(), a.seriesChangeAssessmentPassed()))
			.exceptionalApplication(a.exceptionalApplication())
			.povertyAlleviation(a.povertyAlleviationYears() == 0 ? null
					: new PovertyAlleviationService(a.povertyAlleviationYears(), a.povertyAlleviationCompetent()))
			.enterprisePostdocFunded(a.enterprisePostdocFunded())
			.townshipGraduateFirstApplication(a.townshipGraduateFirstApplication())
			.build();
	}

	/** A form as it would be stored, without storing it (precheck). */
	public Application validateOnly(ApplicationForm form, String submitter) {
		return this.validator.validate(form, unitOf(form, submitter), null, ApplicationStatus.SUBMITTED, today());
	}

	/** A1, A15: the unit named in the form, which the submitter must belong to, or the submitter's own unit. */
	private Organisation unitOf(ApplicationForm form, String submitter) {
		RuleViolation.require(form != null, "form", "A21", "申报评审表不能为空");
		String code = form.unitCreditCode();
		if (code != null && !code.isBlank()) {
			cn.zhicheng.organisation.CreditCode.problem(code.strip()).ifPresent(problem -> {
				throw new RuleViolation("unitCreditCode", cn.zhicheng.organisation.CreditCode.RULE, problem);
			});
		}
		return this.routing.unitOf(submitter, code == null ? null : code.strip());
	}

	/** Reads a Tasklist start form's variables as a form (dynamic lists arrive as JSON). */
	ApplicationForm formFromVariables(Map<String, Object> variables) {
		Map<String, Object> values = new LinkedHashMap<>();
		variables.forEach((name, value) -> {
			if (value != null && value.getClass().getName().startsWith("org.camunda.spin")) {
				try {
					values.put(name, this.json.readTree(value.toString()));
				}
				catch (JsonProcessingException ex) {
					throw new RuleViolation(name, "A21", "字段 " + name + " 不是有效的 JSON");
				}
			}
			else {
				values.put(name, value);
			}
		});
		try {
			return this.json.convertValue(values, ApplicationForm.class);
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation("form", "A21", "申报评审表字段类型不正确：" + ex.getMessage().split("\n")[0]);
		}
	}

	private <T> T readList(String text, TypeReference<T> type) {
		try {
			return this.json.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("申报数据损坏", ex);
		}
	}

}
