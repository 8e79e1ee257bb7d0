package cn.zhicheng.cycle;

import java.time.LocalDate;

import cn.zhicheng.application.ApplicationWindow;
import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.organisation.Committee;

import org.springframework.stereotype.Component;

/**
 * N2, A17: applications for a committee and year are accepted only from the day its notice is published
 * through the window's closing day, and not after the window timer closed it. Reads the cycle table
 * only, so that the application side does not depend on the rest of the cycle.
 */
@Component
class CycleApplicationWindow implements ApplicationWindow {

	private final ReviewCycleMapper mapper;

	CycleApplicationWindow(ReviewCycleMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public void requireOpen(Committee committee, int reviewYear, LocalDate today) {
		ReviewCycle cycle = this.mapper.findActive(ReviewCycleService.businessKey(reviewYear, committee.code()));
		String who = "评委会“" + committee.name() + "”" + reviewYear + "年度";
		RuleViolation.require(cycle != null && cycle.publishedOn() != null, "committeeCode", "N2",
				who + "的评审通知尚未发布，暂不受理申报（N2）");
		RuleViolation.require(!today.isBefore(cycle.publishedOn()), "committeeCode", "N2",
				who + "的评审通知将于" + cycle.publishedOn() + "发布，届时开始受理申报（N2）");
		RuleViolation.require(cycle.acceptsApplicationsOn(today), "committeeCode", "N2",
				who + "的申报已于" + cycle.windowClosesOn() + "截止，不再受理（N2、A17）");
	}

}
