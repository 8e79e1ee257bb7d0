package cn.zhicheng.cycle;

/** An applicant on the qualified list the committee office confirms (Q2). */
record QualifiedApplicant(String id, String name, String unitName, String targetSpecialty) {
}
