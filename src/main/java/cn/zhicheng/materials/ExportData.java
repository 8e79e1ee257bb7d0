package cn.zhicheng.materials;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.zhicheng.materials.ApplicationRecords.Row;
import cn.zhicheng.materials.SpreadsheetExport.Scope;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.OrganisationService;

import org.springframework.stereotype.Component;

/** What the exports read: the applications of a scope, and names of units and committees. */
@Component
class ExportData {

	private final ApplicationRecords records;

	private final OrganisationService organisations;

	ExportData(ApplicationRecords records, OrganisationService organisations) {
		this.records = records;
		this.organisations = organisations;
	}

	List<Row> rows(Scope scope) {
		return this.records.rows(scope.committees().stream().map(Committee::code).toList(), scope.year());
	}

	/** Credit code → organisation name. */
	Map<String, String> organisationNames() {
		return this.organisations.organisations().stream()
			.collect(Collectors.toMap(Organisation::creditCode, Organisation::name));
	}

	/** Committee code → committee. */
	static Map<String, Committee> committees(Scope scope) {
		return scope.committees().stream().collect(Collectors.toMap(Committee::code, Function.identity()));
	}

	int poolSize(String committeeCode) {
		return this.organisations.pool(committeeCode).size();
	}

}
