package cn.zhicheng.certificate;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.qualification.Track;

/**
 * A title certificate (C2, C4): one per passed application, with a unique number; what it certifies is copied
 * at issue. A directed one ({@link Track#DIRECTED}) is marked 定向评价 and names {@code validRegion}.
 */
public record Certificate(String id, String certificateNumber, String applicationId, String documentId,
		String cycleId, String holderName, String unitCreditCode, String unitName, String series, String specialty,
		TitleLevel titleLevel, String committeeName, Track track, String validRegion, LocalDate issuedOn,
		CertificateStatus status, LocalDateTime revokedAt, String revokedBy, String revocationReason) {

	public boolean directed() {
		return this.track == Track.DIRECTED;
	}

	/** The holder's name for public pages: the first and last character kept, e.g. 张*明, 李* (personal data). */
	public String maskedHolderName() {
		return maskName(this.holderName);
	}

	static String maskName(String name) {
		int[] cps = name.strip().codePoints().toArray();
		if (cps.length <= 1) {
			return name.strip();
		}
		StringBuilder masked = new StringBuilder().appendCodePoint(cps[0]);
		if (cps.length == 2) {
			return masked.append('*').toString();
		}
		masked.append("*".repeat(cps.length - 2));
		return masked.appendCodePoint(cps[cps.length - 1]).toString();
	}

}
