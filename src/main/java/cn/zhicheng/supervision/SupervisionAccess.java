package cn.zhicheng.supervision;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.OrganisationKind;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.organisation.Region;
import cn.zhicheng.system.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * Who may see the supervision figures (issue 8, E1, M1): system administrators ({@code camunda-admin}) see
 * everything; staff of a supervision department (纪检监察部门) see the committees it watches — those that
 * name it as their supervision, and those of its region and the regions below it. Everybody else: 403.
 */
@Component
class SupervisionAccess {

	static final String DENIED = "瓶颈监控仅向纪检监察部门和系统管理员开放，当前用户无权查看";

	private final CurrentUser currentUser;

	private final OrganisationService organisations;

	SupervisionAccess(CurrentUser currentUser, OrganisationService organisations) {
		this.currentUser = currentUser;
		this.organisations = organisations;
	}

	/** The committees the current user may watch; {@code null} means all (administrator). */
	Scope require() {
		if (this.currentUser.isAdministrator()) {
			return Scope.ALL;
		}
		List<String> groups = this.currentUser.groupIds();
		List<Organisation> supervision = this.organisations.organisations().stream()
			.filter(org -> org.kind() == OrganisationKind.SUPERVISION && groups.contains(org.groupId()))
			.toList();
		if (supervision.isEmpty()) {
			throw new SupervisionDenied(DENIED);
		}
		Map<String, String> parents = regionParents(this.organisations.regions());
		Set<String> committees = new HashSet<>();
		for (Committee committee : this.organisations.committees()) {
			for (Organisation org : supervision) {
				if (org.creditCode().equals(committee.supervisionCreditCode())
						|| within(committee.regionCode(), org.regionCode(), parents)) {
					committees.add(committee.code());
				}
			}
		}
		return new Scope(Set.copyOf(committees));
	}

	static Map<String, String> regionParents(List<Region> regions) {
		Map<String, String> parents = new HashMap<>();
		for (Region region : regions) {
			parents.put(region.code(), region.parentCode());
		}
		return parents;
	}

	/** Whether {@code code} is {@code ancestor} or lies below it in the region tree. */
	static boolean within(String code, String ancestor, Map<String, String> parents) {
		String current = code;
		int guard = 0;
		while (current != null && guard++ < 16) {
			if (current.equals(ancestor)) {
				return true;
			}
			current = parents.get(current);
		}
		return false;
	}

	/** The committees one may watch; {@link #ALL} for administrators (also instances without a committee). */
	record Scope(Set<String> committees) {

		static final Scope ALL = new Scope(null);

		boolean includes(String committeeCode) {
			return this.committees == null || (committeeCode != null && this.committees.contains(committeeCode));
		}

		boolean all() {
			return this.committees == null;
		}

	}

	/** 403 with the Chinese reason (answered by {@link SupervisionController}). */
	static class SupervisionDenied extends RuntimeException {

		SupervisionDenied(String message) {
			super(message);
		}

	}

}
