package cn.zhicheng.cycle;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import cn.zhicheng.common.RuleViolation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * N1: the yearly milestones by review year, from {@code zhicheng.milestones} (application.yaml, or
 * config/application.yaml in the working directory to override or add a year), e.g.
 *
 * <pre>
 * zhicheng:
 *   milestones:
 *     2026: {notice-by: "2026-05-31", expert-pool-by: "2026-06-15", reviews-by: "2026-10-31", post-filing-by: "2026-11-30"}
 * </pre>
 *
 * A year without milestones cannot start a cycle: the rules of N1 would be unknown.
 */
@ConfigurationProperties("zhicheng")
public record MilestoneProperties(Map<Integer, Milestones> milestones) {

	public MilestoneProperties {
		milestones = milestones == null ? Map.of() : new TreeMap<>(milestones);
	}

	public Optional<Milestones> of(int year) {
		return Optional.ofNullable(this.milestones.get(year));
	}

	/** The year's milestones, complete; otherwise a violation of N1 naming the missing setting. */
	public Milestones require(int year) {
		Milestones m = this.milestones.get(year);
		RuleViolation.require(m != null, "reviewYear", "N1", year + "年度的评审时间节点未配置（zhicheng.milestones." + year
				+ "：notice-by、expert-pool-by、reviews-by、post-filing-by），请管理员先在配置文件中设置（N1）");
		RuleViolation.require(m.noticeBy() != null && m.reviewsBy() != null, "reviewYear", "N1",
				year + "年度的评审时间节点不完整：至少须配置 notice-by（评审通知发布截止）和 reviews-by（评审完成截止）（N1）");
		return m;
	}

}
