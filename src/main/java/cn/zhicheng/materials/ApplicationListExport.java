package cn.zhicheng.materials;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.zhicheng.materials.ApplicationRecords.Row;
import cn.zhicheng.organisation.Committee;

import org.springframework.stereotype.Component;

/** 申报人员名单: every application of the committees and year with its status (Q1, AR1); ID numbers masked. */
@Component
class ApplicationListExport implements SpreadsheetExport {

	private final ExportData data;

	ApplicationListExport(ExportData data) {
		this.data = data;
	}

	@Override
	public String kind() {
		return "applications";
	}

	@Override
	public String title() {
		return "申报人员名单";
	}

	@Override
	public String rule() {
		return "Q1";
	}

	@Override
	public Table table(Scope scope) {
		Map<String, String> units = this.data.organisationNames();
		Map<String, Committee> committees = ExportData.committees(scope);
		List<List<Object>> rows = new ArrayList<>();
		for (Row r : this.data.rows(scope)) {
			rows.add(List.of(committees.get(r.committeeCode()).name(), r.name(), r.sex().label(), r.maskedIdNumber(),
					units.getOrDefault(r.unitCreditCode(), r.unitCreditCode()), r.targetSeries(), r.targetSpecialty(),
					r.targetLevel().label(), r.track() == cn.zhicheng.qualification.Track.DIRECTED ? "定向评价" : "通用",
					r.status().label(), r.createdAt().toLocalDate()));
		}
		return new Table(List.of("序号", "评审委员会", "姓名", "性别", "身份证号码", "工作单位", "申报系列", "申报专业", "申报级别", "评价方式",
				"状态", "提交日期"), ExportService.numbered(rows), null);
	}

}
