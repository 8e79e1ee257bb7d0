package cn.zhicheng.meeting;

import java.util.List;

/**
 * Port to the expert draw (stage 5, E1-E3): the committee a meeting sits with. Implemented on top of
 * the draw's tables by the draw feature; the meeting only reads it.
 */
public interface DrawnCommittee {

	/** The drawn members (评委), expert user ids in draw order; their number is the committee size (E3, E4). */
	List<String> members(String drawId);

	/** The drawn alternates (备用评委), expert user ids in draw order; they step in in this order (E4). */
	List<String> alternates(String drawId);

}
