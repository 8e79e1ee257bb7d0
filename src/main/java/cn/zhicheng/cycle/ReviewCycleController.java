package cn.zhicheng.cycle;

import java.time.LocalDate;
import java.util.List;

import cn.zhicheng.system.CurrentUser;
import cn.zhicheng.system.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Starting and reading review cycles. The notice, its approval, the qualified list and the filing are
 * worked as tasks in Tasklist (or {@code /engine-rest/task/{id}/complete}).
 */
@RestController
@RequestMapping("/api/cycles")
class ReviewCycleController {

	private final ReviewCycleService cycles;

	private final CurrentUser currentUser;

	ReviewCycleController(ReviewCycleService cycles, CurrentUser currentUser) {
		this.cycles = cycles;
		this.currentUser = currentUser;
	}

	/** Starts the cycle of a committee and year (committee office staff). */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CycleView start(@RequestBody StartCycle request) {
		return CycleView.of(this.cycles.start(request.committeeCode(), request.reviewYear(), this.currentUser.userId()),
				List.of());
	}

	@GetMapping("/{id}")
	CycleView get(@PathVariable String id) {
		ReviewCycle cycle = this.cycles.find(id)
			.filter(c -> this.cycles.mayRead(c, this.currentUser.userId(), this.currentUser.groupIds()))
			.orElseThrow(() -> new NotFoundException("id", "评审周期不存在或无权查看：" + id));
		return CycleView.of(cycle, this.cycles.filings(id));
	}

	record StartCycle(String committeeCode, Integer reviewYear) {
	}

	record FilingView(String id, int version, String status, String statusLabel, LocalDate meetingDate,
			LocalDate approvedOn, String decisionOpinion) {
	}

	record CycleView(String id, String businessKey, String committeeCode, int reviewYear, String status,
			String statusLabel, String processInstanceId, LocalDate reviewDate, LocalDate windowClosesOn,
			LocalDate publishedOn, Integer qualifiedCount, String publicityId, List<FilingView> filings) {

		static CycleView of(ReviewCycle c, List<Filing> filings) {
			return new CycleView(c.id(), c.businessKey(), c.committeeCode(), c.reviewYear(), c.status().name(),
					c.status().label(), c.processInstanceId(), c.reviewDate(), c.windowClosesOn(), c.publishedOn(),
					c.qualifiedCount(), c.publicityId(),
					filings.stream()
						.map(f -> new FilingView(f.id(), f.version(), f.status().name(), f.status().label(),
								f.meetingDate(), f.approvedOn(), f.decisionOpinion()))
						.toList());
		}

	}

}
