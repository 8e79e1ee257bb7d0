package cn.zhicheng.draw;

import java.util.List;

import cn.zhicheng.meeting.DrawnCommittee;

import org.springframework.stereotype.Component;

/** The review meeting's view of a signed draw (E1, E4): members and alternates in draw order. */
@Component
class DrawnCommitteeFromDraws implements DrawnCommittee {

	private final DrawService draws;

	DrawnCommitteeFromDraws(DrawService draws) {
		this.draws = draws;
	}

	@Override
	public List<String> members(String drawId) {
		return this.draws.members(drawId);
	}

	@Override
	public List<String> alternates(String drawId) {
		return this.draws.alternates(drawId);
	}

}
