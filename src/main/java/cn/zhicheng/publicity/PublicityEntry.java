package cn.zhicheng.publicity;

import java.time.LocalDateTime;

import cn.zhicheng.common.TitleLevel;

/**
 * An applicant on a publicity list, as published: name and ID number already masked (杨**,
 * 5329**********1234), unit, series, specialty and level. {@code entryNumber} (序号) is how the public
 * names an entry in a complaint; the application id never leaves the server.
 */
public record PublicityEntry(String publicityId, String applicationId, int entryNumber, String maskedName,
		String maskedIdNumber, String unitName, String series, String specialty, TitleLevel titleLevel,
		EntryStatus status, String removedReason, LocalDateTime removedAt) {

	/** How the office's inbox names the entry, e.g. 第2号 杨**（洱源县第一中学，中小学教师 语文 中级）. */
	public String describe() {
		return "第" + this.entryNumber + "号 " + this.maskedName + "（" + this.unitName + "，" + this.series + " "
				+ this.specialty + " " + this.titleLevel.label() + "）";
	}

}
