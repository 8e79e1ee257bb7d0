package cn.zhicheng.draw;

/**
 * E6: what an expert (or the committee office for them) declares: the kind of interest and the person,
 * by ID number, or by name and unit credit code when the ID number is not known.
 */
public record RelationDeclaration(String kind, String applicantIdNumber, String applicantName,
		String applicantUnitCode, String description) {
}
