package cn.zhicheng.meeting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * E4: who sits on the committee at a meeting. The drawn members present sit; when alternates may step
 * in (a committee setting), the alternates present replace absent members one for one, in draw order,
 * up to the committee size, so the sitting committee never grows beyond the drawn one. The meeting is
 * quorate when the sitting experts are at least two thirds of the committee size, in exact integer
 * arithmetic: 3 × attending ≥ 2 × size.
 *
 * @param committeeSize the number of drawn members (E3)
 * @param presentMembers drawn members present, in draw order
 * @param steppingIn alternates replacing absent members, in draw order
 * @param absentMembers drawn members not present, in draw order
 * @param idleAlternates alternates present who do not sit (no absent member left to replace, or
 * alternates may not step in)
 */
record Attendance(int committeeSize, List<String> presentMembers, List<String> steppingIn, List<String> absentMembers,
		List<String> idleAlternates) {

	static Attendance of(List<String> members, List<String> alternates, Collection<String> present,
			boolean alternatesStepIn) {
		List<String> presentMembers = new ArrayList<>();
		List<String> absentMembers = new ArrayList<>();
		for (String member : members) {
			(present.contains(member) ? presentMembers : absentMembers).add(member);
		}
		List<String> steppingIn = new ArrayList<>();
		List<String> idle = new ArrayList<>();
		for (String alternate : alternates) {
			if (!present.contains(alternate)) {
				continue;
			}
			if (alternatesStepIn && steppingIn.size() < absentMembers.size()) {
				steppingIn.add(alternate);
			}
			else {
				idle.add(alternate);
			}
		}
		return new Attendance(members.size(), List.copyOf(presentMembers), List.copyOf(steppingIn),
				List.copyOf(absentMembers), List.copyOf(idle));
	}

	/** The experts who sit, review and vote: present members, then the alternates stepping in. */
	List<String> attending() {
		List<String> attending = new ArrayList<>(this.presentMembers);
		attending.addAll(this.steppingIn);
		return List.copyOf(attending);
	}

	/** E4: 3 × attending ≥ 2 × committee size. */
	boolean quorate() {
		return quorate(attending().size(), this.committeeSize);
	}

	static boolean quorate(int attending, int committeeSize) {
		return committeeSize > 0 && 3L * attending >= 2L * committeeSize;
	}

	/** The smallest quorate attendance: ⌈2 × size / 3⌉. */
	int quorum() {
		return (2 * this.committeeSize + 2) / 3;
	}

}
