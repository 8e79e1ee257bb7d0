package cn.zhicheng.cycle;

import java.time.LocalDate;
import java.util.List;

import cn.zhicheng.organisation.Committee;
import cn.zhicheng.system.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published notices (N2: "on the platform and the government portal"), without login, for the public
 * pages under /public. Drafts and cancelled cycles are not shown.
 */
@RestController
@RequestMapping("/public/api/notices")
class PublicNoticeController {

	private final ReviewCycleService cycles;

	PublicNoticeController(ReviewCycleService cycles) {
		this.cycles = cycles;
	}

	@GetMapping
	List<NoticeView> notices() {
		LocalDate today = ReviewCycleService.today();
		return this.cycles.publishedNotices().stream().map(c -> NoticeView.of(c, this.cycles.committeeOf(c), today))
			.toList();
	}

	@GetMapping("/{id}")
	NoticeView notice(@PathVariable String id) {
		ReviewCycle cycle = this.cycles.find(id)
			.filter(c -> c.publishedOn() != null && c.status().published())
			.orElseThrow(() -> new NotFoundException("id", "评审通知不存在或尚未发布"));
		return NoticeView.of(cycle, this.cycles.committeeOf(cycle), ReviewCycleService.today());
	}

	record NoticeView(String id, String committeeCode, String committeeName, int reviewYear, String status,
			String statusLabel, String basis, String reviewScope, String specialties, LocalDate reviewDate,
			String publicityMethod, String materials, String contactAddress, String contactPhone,
			LocalDate windowClosesOn, LocalDate publishedOn, boolean acceptingApplications) {

		static NoticeView of(ReviewCycle c, Committee committee, LocalDate today) {
			return new NoticeView(c.id(), c.committeeCode(), committee.name(), c.reviewYear(), c.status().name(),
					c.status().label(), c.basis(), c.reviewScope(), c.specialties(), c.reviewDate(), c.publicityMethod(),
					c.materials(), c.contactAddress(), c.contactPhone(), c.windowClosesOn(), c.publishedOn(),
					c.acceptsApplicationsOn(today));
		}

	}

}
