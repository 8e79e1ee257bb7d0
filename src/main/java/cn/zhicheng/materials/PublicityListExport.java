package cn.zhicheng.materials;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.materials.ApplicationRecords.Row;
import cn.zhicheng.qualification.Track;

import org.springframework.stereotype.Component;

/**
 * 会前公示名单 (Q2): those who passed the qualification check, for the pre-meeting publicity on the
 * platform and the portal (≥ 5 working days). Publicity shows name, unit and what is applied for, never
 * ID numbers.
 */
@Component
class PublicityListExport implements SpreadsheetExport {

	static final Set<ApplicationStatus> QUALIFIED = EnumSet.of(ApplicationStatus.QUALIFIED, ApplicationStatus.PASSED,
			ApplicationStatus.NOT_PASSED);

	private final ExportData data;

	PublicityListExport(ExportData data) {
		this.data = data;
	}

	@Override
	public String kind() {
		return "pre-publicity";
	}

	@Override
	public String title() {
		return "会前公示名单";
	}

	@Override
	public String rule() {
		return "Q2";
	}

	@Override
	public Table table(Scope scope) {
		Map<String, String> units = this.data.organisationNames();
		List<List<Object>> rows = new ArrayList<>();
		for (Row r : this.data.rows(scope)) {
			if (QUALIFIED.contains(r.status())) {
				rows.add(List.of(r.name(), r.sex().label(), units.getOrDefault(r.unitCreditCode(), r.unitCreditCode()),
						r.targetSeries(), r.targetSpecialty(), r.targetLevel().label(),
						r.track() == Track.DIRECTED ? "定向评价" : "通用"));
			}
		}
		return new Table(List.of("序号", "姓名", "性别", "工作单位", "申报系列", "申报专业", "申报级别", "评价方式"),
				ExportService.numbered(rows), "公示期不少于5个工作日（Q2），公示期间接受投诉。");
	}

}
