package cn.zhicheng.archive;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import cn.zhicheng.cycle.ReviewCycle;
import cn.zhicheng.cycle.ReviewCycleService;
import cn.zhicheng.system.CurrentUser;
import cn.zhicheng.system.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A cycle's archive (AR1, AR2) for its committee office and supervision department: the items, and the
 * 评审工作情况表 as .xlsx.
 */
@RestController
@RequestMapping("/api/cycles/{cycleId}/archive")
class ArchiveController {

	private final ArchiveService archives;

	private final ReviewCycleService cycles;

	private final CurrentUser currentUser;

	ArchiveController(ArchiveService archives, ReviewCycleService cycles, CurrentUser currentUser) {
		this.archives = archives;
		this.cycles = cycles;
		this.currentUser = currentUser;
	}

	record ItemView(int itemNo, String kind, String title, String referenceId, String summary) {
	}

	record ArchiveView(String id, String cycleId, String status, LocalDateTime assembledAt,
			LocalDateTime acknowledgedAt, String acknowledgedBy, String acknowledgement, List<ItemView> items) {
	}

	@GetMapping
	ArchiveView get(@PathVariable String cycleId) {
		readable(cycleId);
		Archive a = this.archives.require(cycleId);
		return new ArchiveView(a.id(), a.cycleId(), a.status(), a.assembledAt(), a.acknowledgedAt(), a.acknowledgedBy(),
				a.acknowledgement(), this.archives.items(a.id()).stream()
					.map(i -> new ItemView(i.itemNo(), i.kind(), i.title(), i.referenceId(), i.summary()))
					.toList());
	}

	@GetMapping("/work-report")
	ResponseEntity<byte[]> workReport(@PathVariable String cycleId) {
		ReviewCycle cycle = readable(cycleId);
		byte[] content = this.archives.workReport(cycleId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ArchiveService.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(cycle.reviewYear() + "-" + cycle.committeeCode() + "-评审工作情况表.xlsx", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(content);
	}

	private ReviewCycle readable(String cycleId) {
		return this.cycles.find(cycleId)
			.filter(c -> this.cycles.mayReadArchive(c, this.currentUser.userId(), this.currentUser.groupIds()))
			.orElseThrow(() -> new NotFoundException("cycleId", "评审周期不存在或无权查看其归档：" + cycleId));
	}

}
