package cn.zhicheng.draw;

import cn.zhicheng.common.IdNumber;

/** An applicant of the committee and year, as far as recusal (E6) needs to know them. */
record Applicant(String idNumber, String name, String unitCreditCode, String unitName) {

	/** Name and masked ID number, for exclusion reasons: 杨丽芬（5329**********0117）. */
	String label() {
		return this.name + "（" + IdNumber.mask(this.idNumber) + "）";
	}

}
