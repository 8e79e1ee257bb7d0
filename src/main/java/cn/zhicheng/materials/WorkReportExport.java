package cn.zhicheng.materials;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.materials.ApplicationRecords.Row;
import cn.zhicheng.organisation.Committee;

import org.springframework.stereotype.Component;

/**
 * 评审工作情况表 (AR1, PF1): one line per committee with the counts the platform holds so far: the
 * committee and pool size, applications by stage, qualification results, review results and the pass
 * rate. Meeting figures (review date, attending experts, complaints) come from the review cycle once it
 * records them; until then the note says so.
 */
@Component
class WorkReportExport implements SpreadsheetExport {

	private final ExportData data;

	WorkReportExport(ExportData data) {
		this.data = data;
	}

	@Override
	public String kind() {
		return "work-report";
	}

	@Override
	public String title() {
		return "评审工作情况表";
	}

	@Override
	public String rule() {
		return "AR1";
	}

	@Override
	public Table table(Scope scope) {
		Map<String, String> names = this.data.organisationNames();
		Map<String, Map<ApplicationStatus, Integer>> counts = new java.util.HashMap<>();
		for (Row r : this.data.rows(scope)) {
			counts.computeIfAbsent(r.committeeCode(), k -> new EnumMap<>(ApplicationStatus.class))
				.merge(r.status(), 1, Integer::sum);
		}
		List<List<Object>> rows = new ArrayList<>();
		for (Committee c : scope.committees()) {
			Map<ApplicationStatus, Integer> n = counts.getOrDefault(c.code(), Map.of());
			int total = n.values().stream().mapToInt(Integer::intValue).sum();
			int withdrawn = n.getOrDefault(ApplicationStatus.WITHDRAWN, 0);
			// appointed applicants passed (C3); a result revoked after the result publicity did not (R2)
			int passed = n.getOrDefault(ApplicationStatus.PASSED, 0) + n.getOrDefault(ApplicationStatus.APPOINTED, 0);
			int notPassed = n.getOrDefault(ApplicationStatus.NOT_PASSED, 0)
					+ n.getOrDefault(ApplicationStatus.RESULT_REVOKED, 0);
			int qualified = n.getOrDefault(ApplicationStatus.QUALIFIED, 0) + passed + notPassed;
			int reviewed = passed + notPassed;
			rows.add(List.of(c.name(), c.series(), c.titleLevel().label(), names.getOrDefault(c.officeCreditCode(), ""),
					c.memberCount(), this.data.poolSize(c.code()), total - withdrawn, withdrawn,
					n.getOrDefault(ApplicationStatus.NOT_RECOMMENDED, 0), qualified,
					n.getOrDefault(ApplicationStatus.NOT_QUALIFIED, 0),
					n.getOrDefault(ApplicationStatus.IN_QUALIFICATION_REVIEW, 0), reviewed, passed,
					reviewed == 0 ? "无" : String.format("%.1f%%", 100.0 * passed / reviewed)));
		}
		return new Table(List.of("序号", "评审委员会", "系列", "级别", "组建部门", "评委会人数", "专家库人数", "申报人数（不含撤回）", "撤回",
				"单位未推荐", "资格审查通过", "资格审查未通过", "资格复核中", "参加评审", "评审通过", "通过率"), ExportService.numbered(rows),
				"评审时间、参会评委人数、投诉及处理情况见各评审周期归档时生成的评审工作情况表（GET /api/cycles/{评审周期编号}/archive/work-report，AR1、PF1）。");
	}

}
