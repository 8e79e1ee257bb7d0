package cn.zhicheng.draw;

/** A stored draw attempt and the figures the forms show (no names, E7). */
public record DrawOutcome(Draw draw, String committeeName, int candidateCount, int excludedCount) {

	public boolean failed() {
		return this.draw.status() == DrawStatus.FAILED;
	}

}
