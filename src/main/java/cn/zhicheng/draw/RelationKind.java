package cn.zhicheng.draw;

/** E6: kinds of declared interest between an expert and an applicant. */
public enum RelationKind {

	KIN("近亲属关系"), TEACHER_STUDENT("师生关系"), FORMER_COLLEAGUE("曾在同一单位工作"), OTHER("其他利害关系");

	private final String label;

	RelationKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
