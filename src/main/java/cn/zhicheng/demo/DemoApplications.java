package cn.zhicheng.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.application.ApplicationForm;
import cn.zhicheng.application.ApplicationForm.AssessmentEntry;
import cn.zhicheng.application.ApplicationForm.HistoryEntry;
import cn.zhicheng.application.ApplicationService;
import cn.zhicheng.common.IdNumber;
import cn.zhicheng.cycle.ReviewCycle;
import cn.zhicheng.cycle.ReviewCycleService;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo work in the inboxes: each demo unit's staff submits one application for the review year whose
 * application window is open (opened by {@link DemoCycles}; N2, A17), the way a user would (as that user, through the same service and validation as the API). Skipped for a
 * person who already has an application this year.
 */
@Component
@Profile("demo")
@Order(30)
class DemoApplications implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);

	/** login, applicant, birth date, series, specialty, current level, target level, committee, track */
	private static final List<List<String>> SAMPLES = List.of(
			List.of("ey1z", "杨丽芬", "19880315", "中小学教师", "语文", "JUNIOR", "INTERMEDIATE", "EYTEACHERINT", "GENERAL"),
			List.of("ey2z", "李家兴", "19860921", "中小学教师", "数学", "JUNIOR", "INTERMEDIATE", "EYTEACHERINT", "GENERAL"),
			List.of("eyrmyy", "赵春燕", "19870604", "卫生技术", "护理", "JUNIOR", "INTERMEDIATE", "EYHEALTHINT", "GENERAL"),
			List.of("dqrmyy", "扎西顿珠", "19800112", "卫生技术", "内科", "INTERMEDIATE", "ASSOCIATE_SENIOR", "DQHEALTHSENIOR",
					"DIRECTED"),
			List.of("hz1z", "陈玉梅", "19790830", "中小学教师", "英语", "INTERMEDIATE", "ASSOCIATE_SENIOR", "QJTEACHERSENIOR",
					"DIRECTED"));

	private final ApplicationService applications;

	private final IdentityService identityService;

	private final ReviewCycleService cycles;

	DemoApplications(ApplicationService applications, IdentityService identityService, ReviewCycleService cycles) {
		this.applications = applications;
		this.identityService = identityService;
		this.cycles = cycles;
	}

	@Override
	public void run(ApplicationArguments args) {
		LocalDate today = ReviewCycleService.today();
		int sequence = 11;
		for (List<String> sample : SAMPLES) {
			String login = sample.get(0);
			String first17 = "532930" + sample.get(2) + String.format("%03d", sequence);
			sequence += 10;
			String idNumber = first17 + IdNumber.checkCharacter(first17);
			// N2, A17: the year whose notice is published and whose window is open today (DemoCycles)
			Optional<ReviewCycle> cycle = this.cycles.openFor(sample.get(7), today);
			if (cycle.isEmpty()) {
				log.warn("演示申报未提交：评委会 {} 当前不受理申报", sample.get(7));
				continue;
			}
			int year = cycle.get().reviewYear();
			if (this.applications.hasApplication(idNumber, year)) {
				continue;
			}
			List<String> groups = this.identityService.createGroupQuery().groupMember(login).list().stream()
				.map(Group::getId)
				.toList();
			this.identityService.setAuthentication(login, groups);
			try {
				this.applications.submit(form(sample, idNumber, year), login);
			}
			finally {
				this.identityService.clearAuthentication();
			}
			log.info("演示申报已提交：{} {}（{}）", sample.get(1), sample.get(7), login);
		}
	}

	private static ApplicationForm form(List<String> s, String idNumber, int year) {
		int birthYear = Integer.parseInt(s.get(2).substring(0, 4));
		String graduated = (birthYear + 22) + "-07-01";
		String started = (birthYear + 22) + "-08-01";
		String titleDate = (s.get(5).equals("JUNIOR") ? birthYear + 24 : birthYear + 30) + "-09-01";
		List<AssessmentEntry> assessments = new ArrayList<>();
		for (int y = year - 5; y < year; y++) {
			assessments.add(new AssessmentEntry(y, "COMPETENT"));
		}
		boolean directed = "DIRECTED".equals(s.get(8));
		return new ApplicationForm(year, s.get(7), s.get(8), s.get(1), idNumber, null, null, null, null,
				"PUBLIC_INSTITUTION", "BACHELOR", graduated, "大理大学", s.get(4), started, s.get(5), s.get(3), titleDate,
				null, false, false, s.get(3), s.get(4), s.get(6), 15, directed ? 15 : 0, 3, 0, "NONE", null, false,
				false, false, false, false, false, false, 0, false, false, false, null, false, true, true,
				"任现职以来，扎根基层，认真履行岗位职责，业务能力和工作实绩突出。",
				List.of(new HistoryEntry((birthYear + 18) + "-09-01", graduated, "大理大学", s.get(4) + "专业本科")),
				List.of(new HistoryEntry(started, null, "现单位", s.get(4))), List.of(), List.of(), List.of(), List.of(),
				List.of(), assessments);
	}

}
