package cn.zhicheng.organisation;

import cn.zhicheng.common.TitleLevel;

/**
 * A review committee (评审委员会): the series and level it reviews, its region, the office that runs it,
 * the authority it files with and the supervision that watches it.
 */
public record Committee(String code, String name, String series, TitleLevel titleLevel, OrganisedBy organisedBy,
		String regionCode, String officeCreditCode, String filingAuthorityCode, String supervisionCreditCode,
		int memberCount) {
}
