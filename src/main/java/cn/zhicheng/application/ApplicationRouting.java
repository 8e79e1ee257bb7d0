package cn.zhicheng.application;

import java.util.List;

import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.OrganisationKind;
import cn.zhicheng.organisation.OrganisationService;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Service;

/** Which unit an application belongs to and which inboxes it passes through. No Camunda types in rules. */
@Service
class ApplicationRouting {

	private final OrganisationService organisations;

	private final IdentityService identityService;

	ApplicationRouting(OrganisationService organisations, IdentityService identityService) {
		this.organisations = organisations;
		this.identityService = identityService;
	}

	/**
	 * The unit of an application: the one named, which the submitter must belong to (administrators may
	 * submit for any unit), or else the submitter's only employer unit.
	 */
	Organisation unitOf(String submitter, String requestedUnit) {
		RuleViolation.require(submitter != null, "initiator", "A15", "无法确定申报提交人，请登录后提交");
		List<Organisation> ownUnits = this.organisations.membershipsOf(submitter).stream()
			.map(code -> this.organisations.organisation(code).orElseThrow())
			.filter(org -> org.kind() == OrganisationKind.UNIT)
			.toList();
		if (requestedUnit != null && !requestedUnit.isBlank()) {
			Organisation unit = this.organisations.organisation(requestedUnit)
				.orElseThrow(() -> new RuleViolation("unitCreditCode", "A1", "用人单位不存在：" + requestedUnit));
			RuleViolation.require(unit.kind() == OrganisationKind.UNIT, "unitCreditCode", "A1",
					"“" + unit.name() + "”不是用人单位，申报须由用人单位提交（A1、A15）");
			RuleViolation.require(ownUnits.contains(unit) || isAdministrator(submitter), "unitCreditCode", "A15",
					"只能为本单位人员提交申报，您不是“" + unit.name() + "”的工作人员（A15）");
			return unit;
		}
		RuleViolation.require(!ownUnits.isEmpty(), "unitCreditCode", "A15",
				"申报须由用人单位工作人员提交（A15）；您不属于任何用人单位，请填写用人单位统一社会信用代码（unitCreditCode）");
		RuleViolation.require(ownUnits.size() == 1, "unitCreditCode", "A15",
				"您属于多个用人单位，请填写用人单位统一社会信用代码（unitCreditCode）");
		return ownUnits.get(0);
	}

	/** A16: the competent department that reviews the unit's recommendation. */
	Organisation competentDepartmentOf(Organisation unit) {
		Organisation parent = unit.parentCreditCode() == null ? null
				: this.organisations.organisation(unit.parentCreditCode()).orElse(null);
		RuleViolation.require(parent != null, "unitCreditCode", "A16",
				"“" + unit.name() + "”未登记主管部门，无法送主管部门审核（A16）");
		return parent;
	}

	/** Q1: the committee office that runs the committee reviews what the rules could not decide. */
	Organisation committeeOfficeOf(Committee committee) {
		return this.organisations.organisation(committee.officeCreditCode()).orElseThrow();
	}

	/** Q1: the HR bureau of the committee's region, or of the nearest region above it. */
	Organisation hrBureauOf(Committee committee) {
		return this.organisations.hrBureauOf(committee)
			.orElseThrow(() -> new RuleViolation("committeeCode", "Q1",
					"评委会“" + committee.name() + "”所在地及上级地区均未登记人社部门，无法进行资格确认（Q1）"));
	}

	boolean isMember(String userId, String groupId) {
		return this.identityService.createGroupQuery().groupId(groupId).groupMember(userId).count() > 0;
	}

	boolean isAdministrator(String userId) {
		return this.identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).groupMember(userId).count() > 0;
	}

}
