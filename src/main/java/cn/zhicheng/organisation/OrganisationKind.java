package cn.zhicheng.organisation;

/** The kinds of organisation in the review procedure (domain.md glossary). */
public enum OrganisationKind {

	UNIT("用人单位"), COMPETENT_DEPT("主管部门"), HR_BUREAU("人力资源和社会保障部门"), COMMITTEE_OFFICE("评委会组建部门"),
	FILING_AUTHORITY("核准备案部门"), SUPERVISION("纪检监察部门");

	private final String label;

	OrganisationKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
