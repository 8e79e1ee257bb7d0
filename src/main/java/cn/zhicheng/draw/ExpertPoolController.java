package cn.zhicheng.draw;

import java.util.List;

import cn.zhicheng.common.IdNumber;
import cn.zhicheng.draw.ExpertPoolService.Caller;
import cn.zhicheng.draw.ExpertPoolService.ImportResult;
import cn.zhicheng.draw.ImportRejected.RowError;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.OrganisationKind;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.system.CurrentUser;
import cn.zhicheng.system.ForbiddenException;
import cn.zhicheng.system.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The expert pools over HTTP: bulk import (all or nothing), a committee's pool and whether it can
 * supply the draw, the number of alternates, and declared relations (E6). Committee offices manage the
 * pools of the committees they run; administrators all pools; supervision reads.
 */
@RestController
@RequestMapping("/api")
class ExpertPoolController {

	private final ExpertPoolService experts;

	private final DrawService draws;

	private final OrganisationService organisations;

	private final CurrentUser currentUser;

	ExpertPoolController(ExpertPoolService experts, DrawService draws, OrganisationService organisations,
			CurrentUser currentUser) {
		this.experts = experts;
		this.draws = draws;
		this.organisations = organisations;
		this.currentUser = currentUser;
	}

	record ImportRequest(List<ExpertImportRow> experts) {
	}

	@PostMapping("/experts/import")
	ImportResult importExperts(@RequestBody ImportRequest request) {
		Caller caller = caller();
		boolean office = caller.groups().stream()
			.map(group -> this.organisations.organisation(group).orElse(null))
			.anyMatch(org -> org != null && org.kind() == OrganisationKind.COMMITTEE_OFFICE);
		if (!caller.administrator() && !office) {
			throw new ForbiddenException("只有评委会组建部门或系统管理员可以导入专家");
		}
		return this.experts.importExperts(request.experts(), caller);
	}

	/** The committee's pool for a review year (default: this year), as the draw would see it today. */
	@GetMapping("/committees/{code}/pool")
	PoolReadiness pool(@PathVariable String code, @RequestParam(required = false) Integer year) {
		Committee committee = committee(code);
		if (!caller().oversees(committee)) {
			throw new ForbiddenException("只有评委会组建部门、纪检监察部门或系统管理员可以查看专家库");
		}
		return this.draws.readiness(committee.code(), year == null ? DrawService.now().getYear() : year);
	}

	record DrawSettings(Integer alternateCount) {
	}

	/** E1: the committee's number of alternates; null for the default (20 % of the members, rounded up). */
	@PutMapping("/committees/{code}/draw-settings")
	PoolReadiness drawSettings(@PathVariable String code, @RequestBody DrawSettings settings) {
		Committee committee = committee(code);
		if (!caller().runs(committee)) {
			throw new ForbiddenException("只有评委会组建部门或系统管理员可以设置备用评委人数");
		}
		this.experts.setAlternates(committee.code(), settings.alternateCount(), this.currentUser.userId());
		return this.draws.readiness(committee.code(), DrawService.now().getYear());
	}

	@GetMapping("/experts/{userId}/relations")
	List<RelationView> relations(@PathVariable String userId) {
		requireRelationsAccess(userId);
		return this.experts.relations(userId).stream().map(RelationView::of).toList();
	}

	@PostMapping("/experts/{userId}/relations")
	@ResponseStatus(HttpStatus.CREATED)
	RelationView declare(@PathVariable String userId, @RequestBody RelationDeclaration declaration) {
		requireRelationsAccess(userId);
		return RelationView.of(this.experts.declareRelation(userId, declaration, this.currentUser.userId()));
	}

	private void requireRelationsAccess(String userId) {
		if (this.experts.expert(userId).isEmpty() || !this.experts.mayManageRelations(userId, caller())) {
			throw new NotFoundException("userId", "专家不存在或无权查看其利害关系：" + userId);
		}
	}

	/** A declared relation as the API shows it: the ID number masked. */
	record RelationView(String id, String expertUserId, String kind, String kindLabel, String applicantIdNumber,
			String applicantName, String applicantUnitCode, String description, String createdBy) {

		static RelationView of(ExpertRelation r) {
			return new RelationView(r.id(), r.expertUserId(), r.kind().name(), r.kind().label(),
					r.applicantIdNumber() == null ? null : IdNumber.mask(r.applicantIdNumber()), r.applicantName(),
					r.applicantUnitCode(), r.description(), r.createdBy());
		}

	}

	/** A refused import: the usual error fields plus every row's problems. */
	record ImportErrorBody(int status, String error, String field, String rule, String message, List<RowError> errors) {
	}

	@ExceptionHandler(ImportRejected.class)
	ResponseEntity<ImportErrorBody> rejected(ImportRejected ex) {
		return ResponseEntity.badRequest()
			.body(new ImportErrorBody(400, "输入不符合规则", "experts", "导入", ex.getMessage(), ex.errors()));
	}

	private Committee committee(String code) {
		return this.organisations.committee(code)
			.orElseThrow(() -> new NotFoundException("code", "评委会不存在：" + code));
	}

	private Caller caller() {
		return new Caller(this.currentUser.userId(), this.currentUser.groupIds(), this.currentUser.isAdministrator());
	}

}
