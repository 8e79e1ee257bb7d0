package cn.zhicheng.plan;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a row of the annual plan asks for: a committee's review (N3, one review cycle), or a year-level duty
 * that becomes a task in the responsible department's inbox (DY7, AR3, N1).
 */
public enum PlanItemKind {

	REVIEW("评审", "N3"), DIRECTED_POSTS("核定定向评价岗位", "DY7"), WORK_SUMMARY("报送工作总结", "AR3"),
	TYPICAL_CASES("报送典型案例", "AR3"), EXPERT_POOL("专家库换届", "N1");

	private final String label;

	private final String rule;

	PlanItemKind(String label, String rule) {
		this.label = label;
		this.rule = rule;
	}

	public String label() {
		return this.label;
	}

	public String rule() {
		return this.rule;
	}

	public boolean isDuty() {
		return this != REVIEW;
	}

	/** By label (as in the spreadsheet) or by name. */
	static Optional<PlanItemKind> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String v = value.strip();
		return Arrays.stream(values()).filter(k -> k.label.equals(v) || k.name().equalsIgnoreCase(v)).findFirst();
	}

}
