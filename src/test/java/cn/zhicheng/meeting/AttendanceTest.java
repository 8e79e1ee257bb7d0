package cn.zhicheng.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** E4: quorum and alternates stepping in, without engine or database. */
class AttendanceTest {

	static final List<String> MEMBERS = List.of("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10", "m11");

	static final List<String> ALTERNATES = List.of("a1", "a2", "a3");

	@Test
	void twoThirdsOfTheCommitteeInExactArithmetic() {
		assertThat(Attendance.quorate(8, 11)).isTrue(); // 24 ≥ 22
		assertThat(Attendance.quorate(7, 11)).isFalse(); // 21 < 22
		assertThat(Attendance.quorate(17, 25)).isTrue(); // 51 ≥ 50
		assertThat(Attendance.quorate(16, 25)).isFalse();
		assertThat(Attendance.quorate(10, 15)).isTrue();
		assertThat(Attendance.quorate(9, 15)).isFalse();
	}

	@Test
	void alternatesReplaceAbsentMembersInDrawOrderUpToTheCommitteeSize() {
		// 4 members absent, alternates a1 and a3 present: both step in, a3 after a1
		Attendance attendance = Attendance.of(MEMBERS, ALTERNATES,
				Set.of("m1", "m2", "m3", "m4", "m5", "m6", "m7", "a3", "a1"), true);
		assertThat(attendance.absentMembers()).containsExactly("m8", "m9", "m10", "m11");
		assertThat(attendance.steppingIn()).containsExactly("a1", "a3");
		assertThat(attendance.attending()).hasSize(9).endsWith("a1", "a3");
		assertThat(attendance.quorate()).isTrue();
		assertThat(attendance.quorum()).isEqualTo(8);
	}

	@Test
	void alternatesNeverGrowTheCommitteeBeyondItsSize() {
		Attendance attendance = Attendance.of(MEMBERS, ALTERNATES,
				Set.of("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10", "a1", "a2", "a3"), true);
		assertThat(attendance.steppingIn()).containsExactly("a1");
		assertThat(attendance.idleAlternates()).containsExactly("a2", "a3");
		assertThat(attendance.attending()).hasSize(11);
	}

	@Test
	void withoutSteppingInAlternatesDoNotCount() {
		Attendance attendance = Attendance.of(MEMBERS, ALTERNATES,
				Set.of("m1", "m2", "m3", "m4", "m5", "m6", "m7", "a1", "a2"), false);
		assertThat(attendance.steppingIn()).isEmpty();
		assertThat(attendance.attending()).hasSize(7);
		assertThat(attendance.quorate()).isFalse();
	}

}
