package cn.zhicheng.certificate;

/** Whether a certificate stands (C2) or was revoked (X1). */
public enum CertificateStatus {

	VALID("有效"), REVOKED("已撤销");

	private final String label;

	CertificateStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
