package cn.zhicheng.demo;

import java.time.Year;
import java.util.List;
import java.util.Map;

import cn.zhicheng.application.ApplicationProcess;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo work in the inboxes: each demo unit's staff submits one application, the way a user would
 * (as that user, through the engine's authorization). Skipped for a unit that already has it.
 */
@Component
@Profile("demo")
@Order(30)
class DemoApplications implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);

	/** login of the unit's staff, applicant, series, level, track */
	private static final List<List<String>> SAMPLES = List.of(
			List.of("ey1z", "杨丽芬", "中小学教师", "INTERMEDIATE", "GENERAL"),
			List.of("ey2z", "李家兴", "中小学教师", "INTERMEDIATE", "GENERAL"),
			List.of("eyrmyy", "赵春燕", "卫生技术", "INTERMEDIATE", "GENERAL"),
			List.of("dqrmyy", "扎西顿珠", "卫生技术", "ASSOCIATE_SENIOR", "DIRECTED"),
			List.of("hz1z", "陈玉梅", "中小学教师", "ASSOCIATE_SENIOR", "DIRECTED"));

	private final RuntimeService runtimeService;

	private final IdentityService identityService;

	DemoApplications(RuntimeService runtimeService, IdentityService identityService) {
		this.runtimeService = runtimeService;
		this.identityService = identityService;
	}

	@Override
	public void run(ApplicationArguments args) {
		int year = Year.now().getValue();
		for (List<String> sample : SAMPLES) {
			String login = sample.get(0);
			String businessKey = year + "-DEMO-" + login;
			if (this.runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() > 0) {
				continue;
			}
			List<String> groups = this.identityService.createGroupQuery().groupMember(login).list().stream()
				.map(Group::getId)
				.toList();
			this.identityService.setAuthentication(login, groups);
			try {
				this.runtimeService.startProcessInstanceByKey(ApplicationProcess.KEY, businessKey,
						Map.of(ApplicationProcess.APPLICANT_NAME.name(), sample.get(1), "targetSeries", sample.get(2),
								"targetLevel", sample.get(3), "track", sample.get(4)));
			}
			finally {
				this.identityService.clearAuthentication();
			}
			log.info("演示申报已提交：{}（{}）", businessKey, login);
		}
	}

}
