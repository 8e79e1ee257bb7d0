package cn.zhicheng.meeting;

/**
 * A drawn expert of a meeting with their attendance (E4) and, for lists and minutes, their name and
 * employer.
 *
 * @param role MEMBER (评委) or ALTERNATE (备用评委)
 */
public record MeetingExpert(String expertId, String role, int drawOrder, boolean present, boolean attending,
		String name, String employerCode, String employerName, String series, String specialty) {

	static final String MEMBER = "MEMBER";

	static final String ALTERNATE = "ALTERNATE";

	boolean member() {
		return MEMBER.equals(this.role);
	}

	String roleLabel() {
		return member() ? "评委" : "备用评委";
	}

}
