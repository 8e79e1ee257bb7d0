package cn.zhicheng.materials;

/**
 * The kinds of evidence an application carries (A18, A19, A2/A3, tables 1-11 of the 申报评审表, A21).
 * Each kind has a size limit and the formats it accepts ({@link MaterialsProperties}).
 */
enum AttachmentKind {

	DIPLOMA("学历证书", "A21"), DEGREE_CERTIFICATE("学位证书", "A21"), TITLE_CERTIFICATE("现职称证书", "A21"),
	QUALIFICATION_CERTIFICATE("职业资格证书", "A19"), EMPLOYMENT_CONTRACT("聘用合同或劳动合同、社保缴费证明", "A18"),
	APPOINTMENT_DOCUMENT("聘任文件", "A18"), ANNUAL_ASSESSMENT("年度考核登记表", "A21"),
	AWARD_CERTIFICATE("获奖证书", "A20"), PUBLICATION("论文、著作", "A21"), PROJECT_OR_PATENT("课题项目、专利证明", "A21"),
	CONTINUING_EDUCATION("继续教育证明", "A10"), ENTRUSTMENT_LETTER("委托评审函", "A2"), OTHER("其他", "A21");

	private final String label;

	private final String rule;

	AttachmentKind(String label, String rule) {
		this.label = label;
		this.rule = rule;
	}

	String label() {
		return this.label;
	}

	/** The rule that asks for this kind of evidence. */
	String rule() {
		return this.rule;
	}

}
