package cn.zhicheng.draw;

import java.time.LocalDate;

/**
 * A pool member as the draw's rules see it, and no more (issue 11: the draw reads 10 000 of them): login,
 * employer (E6 same unit), term (E5) and whether active. Names are looked up only where a page shows them.
 */
record PoolMember(String userId, String employerCode, LocalDate termStart, LocalDate termEnd, boolean active) {

	static PoolMember of(ExpertProfile expert) {
		return new PoolMember(expert.userId(), expert.employerCode(), expert.termStart(), expert.termEnd(),
				expert.active());
	}

}
