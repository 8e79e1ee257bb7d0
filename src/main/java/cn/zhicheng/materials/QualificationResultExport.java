package cn.zhicheng.materials;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.zhicheng.materials.ApplicationRecords.Row;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.qualification.Outcome;

import org.springframework.stereotype.Component;

/**
 * 资格审查结果 (Q1): every checked application with its current verdict, the policy pack, and the rules
 * that failed or asked for a person, with their reasons.
 */
@Component
class QualificationResultExport implements SpreadsheetExport {

	private final ExportData data;

	private final ObjectMapper json;

	QualificationResultExport(ExportData data, ObjectMapper json) {
		this.data = data;
		this.json = json;
	}

	@Override
	public String kind() {
		return "qualification";
	}

	@Override
	public String title() {
		return "资格审查结果";
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
			if (r.qualificationResult() == null) {
				continue;
			}
			JsonNode report = report(r.qualificationResult());
			rows.add(List.of(committees.get(r.committeeCode()).name(), r.name(), r.maskedIdNumber(),
					units.getOrDefault(r.unitCreditCode(), r.unitCreditCode()),
					r.targetSeries() + r.targetLevel().label() + "（" + r.targetSpecialty() + "）", r.status().label(),
					report.path("policyPack").asText(""), reasons(report, Outcome.FAIL), reasons(report, Outcome.REVIEW)));
		}
		return new Table(List.of("序号", "评审委员会", "姓名", "身份证号码", "工作单位", "申报职称", "审查结论", "政策包", "未通过的规则",
				"需人工审核的规则"), ExportService.numbered(rows), "审查结论为当前状态：规则无法判定的事项经评委会办公室复核、人社部门确认后为最终结论（Q1）。");
	}

	private JsonNode report(String text) {
		try {
			return this.json.readTree(text);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("资格审查结果数据损坏", ex);
		}
	}

	private static String reasons(JsonNode report, Outcome outcome) {
		List<String> reasons = new ArrayList<>();
		for (JsonNode result : report.path("results")) {
			if (outcome.name().equals(result.path("outcome").asText())) {
				reasons.add(result.path("message").asText());
			}
		}
		return reasons.isEmpty() ? "无" : String.join("\n", reasons);
	}

}
