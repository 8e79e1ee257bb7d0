package cn.zhicheng.organisation;

import java.util.List;

import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.system.CurrentUser;
import cn.zhicheng.system.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation tree over HTTP. Everyone signed in may read it (it is public administrative
 * information); only administrators change it, and every change is synced into the inboxes.
 */
@RestController
@RequestMapping("/api")
class OrganisationController {

	private final OrganisationService organisations;

	private final CurrentUser currentUser;

	OrganisationController(OrganisationService organisations, CurrentUser currentUser) {
		this.organisations = organisations;
		this.currentUser = currentUser;
	}

	@GetMapping("/regions")
	List<Region> regions() {
		return this.organisations.regions();
	}

	@GetMapping("/organisations")
	List<Organisation> list() {
		return this.organisations.organisations();
	}

	@GetMapping("/organisations/{creditCode}")
	Organisation get(@PathVariable String creditCode) {
		return this.organisations.organisation(creditCode)
			.orElseThrow(() -> new NotFoundException("creditCode", "机构不存在：" + creditCode));
	}

	@PostMapping("/organisations")
	@ResponseStatus(HttpStatus.CREATED)
	Organisation create(@RequestBody Organisation organisation) {
		this.currentUser.requireAdministrator();
		// creating must not silently overwrite an existing organisation (its name, kind, parent): PUT changes one
		String creditCode = organisation == null || organisation.creditCode() == null ? null
				: organisation.creditCode().strip();
		RuleViolation.require(creditCode == null || this.organisations.organisation(creditCode).isEmpty(), "creditCode",
				"唯一", "统一社会信用代码 " + creditCode + " 的机构已存在，修改请用 PUT /api/organisations/" + creditCode);
		RuleViolation.require(organisation != null, "organisation", "必填", "机构信息不能为空");
		return this.organisations.saveOrganisation(organisation, this.currentUser.userId());
	}

	@PutMapping("/organisations/{creditCode}")
	Organisation update(@PathVariable String creditCode, @RequestBody Organisation organisation) {
		this.currentUser.requireAdministrator();
		get(creditCode);
		RuleViolation.require(organisation != null, "organisation", "必填", "机构信息不能为空");
		return this.organisations.saveOrganisation(new Organisation(creditCode, organisation.name(),
				organisation.kind(), organisation.regionCode(), organisation.parentCreditCode(),
				organisation.unitLevel(), null), this.currentUser.userId());
	}

	@GetMapping("/committees")
	List<Committee> committees() {
		return this.organisations.committees();
	}

}
