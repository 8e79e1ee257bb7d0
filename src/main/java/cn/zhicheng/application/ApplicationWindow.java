package cn.zhicheng.application;

import java.time.LocalDate;

import cn.zhicheng.organisation.Committee;

/**
 * N2, A17: a committee accepts applications for a review year only while its application window is
 * open, i.e. its notice (评审通知) for that year is published and the window has not closed. Implemented
 * by the review cycle ({@code cn.zhicheng.cycle}); the application validator asks it before anything is
 * stored.
 */
public interface ApplicationWindow {

	/**
	 * @throws cn.zhicheng.common.RuleViolation on field {@code committeeCode}, rule N2, with a Chinese
	 * message, when the committee does not accept applications for the year on {@code today}
	 */
	void requireOpen(Committee committee, int reviewYear, LocalDate today);

}
