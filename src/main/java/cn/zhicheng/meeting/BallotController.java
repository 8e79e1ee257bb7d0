package cn.zhicheng.meeting;

import java.util.Map;

import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.system.CurrentUser;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * M4: the secret ballot, used by the ballot page (/ballot.html?meeting=…) the ballot task links to. An
 * attending expert reads and casts only their own open ballot of the meeting's current round; the choices
 * go to the ballot tables, never into the process engine. The body must be JSON (a cross-site form cannot
 * post it).
 */
@RestController
@RequestMapping("/api/meetings/{meetingId}/ballot")
class BallotController {

	/** Ballots cast at the same moment complete tasks of one multi-instance: the loser retries. */
	private static final int ATTEMPTS = 3;

	private final BallotService ballots;

	private final CurrentUser currentUser;

	BallotController(BallotService ballots, CurrentUser currentUser) {
		this.ballots = ballots;
		this.currentUser = currentUser;
	}

	@GetMapping
	BallotService.BallotPaper paper(@PathVariable String meetingId) {
		return this.ballots.paper(meetingId, this.currentUser.userId());
	}

	@PostMapping(consumes = "application/json")
	Cast cast(@PathVariable String meetingId, @RequestBody CastRequest request) {
		for (int attempt = 1;; attempt++) {
			try {
				this.ballots.cast(meetingId, this.currentUser.userId(), request == null ? null : request.choices());
				return new Cast(true, "投票成功。选票已密封投入票箱，计票时与投票人分离，任何人无法查询您的投票内容（M4）");
			}
			catch (OptimisticLockingException ex) {
				if (attempt == ATTEMPTS) {
					throw new RuleViolation("meetingId", "M4", "同时投票的人较多，本次未能投入票箱，请重新提交");
				}
			}
		}
	}

	/** {"choices": {"<applicationId>": "YES" | "NO" | "ABSTAIN", …}} */
	record CastRequest(Map<String, String> choices) {
	}

	record Cast(boolean voted, String message) {
	}

}
