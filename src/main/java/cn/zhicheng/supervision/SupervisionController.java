package cn.zhicheng.supervision;

import java.util.List;

import cn.zhicheng.supervision.BottleneckReport.ActivityFigures;
import cn.zhicheng.supervision.BottleneckReport.ProcessFigures;
import cn.zhicheng.system.ApiError;
import cn.zhicheng.system.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data of the Cockpit plugin 瓶颈监控 and of its diagram heatmap (issue 8). Authenticated like all of
 * {@code /api} (webapp session or HTTP basic); only supervision departments and administrators get data,
 * everyone else 403 with the reason in Chinese.
 */
@RestController
@RequestMapping("/api/supervision")
class SupervisionController {

	private final BottleneckService bottlenecks;

	private final SupervisionAccess access;

	SupervisionController(BottleneckService bottlenecks, SupervisionAccess access) {
		this.bottlenecks = bottlenecks;
		this.access = access;
	}

	/** Per process and stage: open count, median/p90 waiting time, overdue, inbox backlog, weekly trend. */
	@GetMapping("/bottlenecks")
	BottleneckReport bottlenecks(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String committee, @RequestParam(required = false) String region,
			@RequestParam(required = false) String track, @RequestParam(required = false) String processKey) {
		SupervisionAccess.Scope scope = this.access.require();
		return this.bottlenecks.report(BottleneckFilter.of(year, committee, region, track, processKey), scope);
	}

	/** The figures of one process definition's stages, for colouring its diagram in Cockpit. */
	@GetMapping("/heatmap")
	Heatmap heatmap(@RequestParam String processDefinitionId, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String committee, @RequestParam(required = false) String region,
			@RequestParam(required = false) String track) {
		SupervisionAccess.Scope scope = this.access.require();
		String key = this.bottlenecks.processKeyOf(processDefinitionId);
		if (key == null) {
			throw new NotFoundException("processDefinitionId", "流程定义不存在：" + processDefinitionId);
		}
		BottleneckReport report = this.bottlenecks.report(BottleneckFilter.of(year, committee, region, track, key),
				scope);
		List<ActivityFigures> activities = report.processes().stream()
			.filter(p -> p.key().equals(key))
			.findFirst()
			.map(ProcessFigures::activities)
			.orElse(List.of());
		return new Heatmap(processDefinitionId, key, activities);
	}

	record Heatmap(String processDefinitionId, String processKey, List<ActivityFigures> activities) {
	}

	@ExceptionHandler(SupervisionAccess.SupervisionDenied.class)
	ResponseEntity<ApiError> denied(SupervisionAccess.SupervisionDenied ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(new ApiError(403, "无权查看", null, "权限", ex.getMessage()));
	}

}
