package cn.zhicheng.meeting;

import cn.zhicheng.qualification.Track;

/**
 * M7: directed applicants (双定向) are reviewed in their own group at the same meeting, with their own
 * pass rate (001, DG5); everyone else in the general group.
 */
public enum ReviewGroup {

	GENERAL("普通评审组"), DIRECTED("定向评价评审组");

	private final String label;

	ReviewGroup(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	static ReviewGroup of(Track track) {
		return track == Track.DIRECTED ? DIRECTED : GENERAL;
	}

}
