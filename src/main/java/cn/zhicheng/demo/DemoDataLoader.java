package cn.zhicheng.demo;

import java.util.List;

import cn.zhicheng.demo.DemoProperties.DemoExpert;
import cn.zhicheng.demo.DemoProperties.Staff;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.Expert;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.organisation.Person;
import cn.zhicheng.organisation.Region;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo organisation, one login per department and the expert pools, through the same
 * service (and validation) as the API. Idempotent; active only in the demo profile, and says so.
 */
@Component
@Profile("demo")
@Order(10)
@EnableConfigurationProperties(DemoProperties.class)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final String BY = "demo-loader";

	private final DemoProperties demo;

	private final OrganisationService organisations;

	DemoDataLoader(DemoProperties demo, OrganisationService organisations) {
		this.demo = demo;
		this.organisations = organisations;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (Region region : this.demo.regions()) {
			this.organisations.saveRegion(region, BY);
		}
		for (Organisation organisation : this.demo.organisations()) {
			this.organisations.saveOrganisation(organisation, BY);
		}
		for (Staff staff : this.demo.staff()) {
			boolean exists = this.organisations.person(staff.userId()).isPresent();
			this.organisations.savePerson(new Person(staff.userId(), staff.name(), null, null),
					List.of(staff.organisation()), exists ? null : this.demo.password(), BY);
		}
		for (Committee committee : this.demo.committees()) {
			this.organisations.saveCommittee(committee, BY);
		}
		for (DemoExpert expert : this.demo.experts()) {
			boolean exists = this.organisations.person(expert.userId()).isPresent();
			this.organisations.savePerson(new Person(expert.userId(), expert.name(), null, null), List.of(),
					exists ? null : this.demo.password(), BY);
			this.organisations.saveExpert(new Expert(expert.userId(), expert.employerCode(), expert.series(),
					expert.specialty(), expert.titleLevel(), true), BY);
			for (String pool : expert.pools()) {
				this.organisations.addToPool(pool, expert.userId(), BY);
			}
		}
		log.warn("************************************************************************");
		log.warn("演示账号已启用（demo profile）：管理员 demo/demo，{} 个部门账号与 {} 名专家账号，密码均为 {}。",
				this.demo.staff().size(), this.demo.experts().size(), this.demo.password());
		log.warn("DEMO ACCOUNTS ARE ACTIVE. Never run the demo profile in production.");
		log.warn("************************************************************************");
	}

}
