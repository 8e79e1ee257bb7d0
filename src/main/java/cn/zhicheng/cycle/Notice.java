package cn.zhicheng.cycle;

import java.time.LocalDate;

/**
 * The notice (评审通知) with the fields N2 requires: basis (评审依据), scope and eligible applicants
 * (评审范围及对象), specialties (评审专业), review time (评审时间, the meeting date), publicity method
 * (公示方式), materials list and filling requirements (申报材料目录清单及填报要求), contact address and
 * telephone; plus the last day applications are accepted.
 */
public record Notice(String basis, String reviewScope, String specialties, LocalDate reviewDate,
		String publicityMethod, String materials, String contactAddress, String contactPhone,
		LocalDate windowClosesOn) {
}
