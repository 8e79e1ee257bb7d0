package cn.zhicheng.materials;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.materials.ApplicationRecords.Row;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.qualification.Track;

import org.springframework.stereotype.Component;

/**
 * 评审结果公示名单 (R1): those the committee passed (status 评审通过, set when the review cycle publishes
 * the result to the application, message ReviewResultPublished). A directed title is marked 定向评价 (C4).
 * Vote counts (M4) are not in the application data; they belong to the meeting's records.
 */
@Component
class ResultListExport implements SpreadsheetExport {

	private final ExportData data;

	ResultListExport(ExportData data) {
		this.data = data;
	}

	@Override
	public String kind() {
		return "results";
	}

	@Override
	public String title() {
		return "评审结果公示名单";
	}

	@Override
	public String rule() {
		return "R1";
	}

	@Override
	public Table table(Scope scope) {
		Map<String, String> units = this.data.organisationNames();
		Map<String, Committee> committees = ExportData.committees(scope);
		List<List<Object>> rows = new ArrayList<>();
		for (Row r : this.data.rows(scope)) {
			if (r.status() == ApplicationStatus.PASSED) {
				rows.add(List.of(r.name(), r.sex().label(), units.getOrDefault(r.unitCreditCode(), r.unitCreditCode()),
						r.targetSeries(), r.targetSpecialty(), r.targetLevel().label(),
						r.track() == Track.DIRECTED ? "定向评价" : "通用", committees.get(r.committeeCode()).name()));
			}
		}
		return new Table(List.of("序号", "姓名", "性别", "工作单位", "系列", "专业", "通过级别", "评价方式", "评审委员会"),
				ExportService.numbered(rows), "公示期不少于5个工作日（R1）；票数见评审会议记录（M4、M6）。");
	}

}
