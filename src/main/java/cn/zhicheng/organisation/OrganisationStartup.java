package cn.zhicheng.organisation;

import cn.zhicheng.inbox.InboxFilters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, after the demo organisation (if any) is loaded: sync the whole organisation into
 * Camunda's identity service and create the Tasklist filters. Both steps are idempotent.
 */
@Component
@Order(20)
class OrganisationStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OrganisationStartup.class);

	private final OrganisationService organisations;

	private final InboxFilters inboxFilters;

	OrganisationStartup(OrganisationService organisations, InboxFilters inboxFilters) {
		this.organisations = organisations;
		this.inboxFilters = inboxFilters;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.organisations.syncAll();
		this.inboxFilters.createOrUpdate();
		log.info("机构与待办同步完成：{} 个机构，{} 个评委会", this.organisations.organisations().size(),
				this.organisations.committees().size());
	}

}
