package cn.zhicheng.cycle;

import java.time.LocalDate;

/**
 * N1: a review year's milestones (004: notice by 5-31, expert pool renewal by 6-15, all reviews by
 * 10-31, post-filing by 11-30). Configuration per year ({@code zhicheng.milestones.<year>.*}), not code.
 */
public record Milestones(LocalDate noticeBy, LocalDate expertPoolBy, LocalDate reviewsBy, LocalDate postFilingBy) {
}
