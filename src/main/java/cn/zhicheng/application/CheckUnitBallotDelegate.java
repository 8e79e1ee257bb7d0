package cn.zhicheng.application;

import static cn.zhicheng.application.ApplicationProcess.APPLICATION_ID;
import static cn.zhicheng.application.ApplicationProcess.BALLOT_ATTENDEES;
import static cn.zhicheng.application.ApplicationProcess.BALLOT_METHOD;
import static cn.zhicheng.application.ApplicationProcess.BALLOT_PASSED;
import static cn.zhicheng.application.ApplicationProcess.BALLOT_VERDICT;
import static cn.zhicheng.application.ApplicationProcess.BALLOT_VOTER_SCOPE;
import static cn.zhicheng.application.ApplicationProcess.BALLOT_YES;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_CheckUnitBallot (A14). Inputs: ballotMethod, ballotVoterScope, ballotAttendees, ballotYes.
 * Outputs: ballotPassed (yes ≥ 2/3 of attendees), ballotVerdict (Chinese). Impossible counts (more
 * yes-votes than attendees…) throw {@link NotValidException}, so the unit's task is not completed.
 */
@Component
class CheckUnitBallotDelegate implements JavaDelegate {

	private final ApplicationService applications;

	CheckUnitBallotDelegate(ApplicationService applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UnitBallot ballot = new UnitBallot(BALLOT_METHOD.get(execution), BALLOT_VOTER_SCOPE.get(execution),
				intOf(BALLOT_ATTENDEES.get(execution)), intOf(BALLOT_YES.get(execution)));
		ballot.problem().ifPresent(problem -> {
			throw new NotValidException(problem);
		});
		this.applications.recordBallot(APPLICATION_ID.require(execution), ballot, Actor.of(execution));
		BALLOT_PASSED.set(execution, ballot.passes());
		BALLOT_VERDICT.set(execution, ballot.verdict());
	}

	private static Integer intOf(Number number) {
		if (number == null) {
			return null;
		}
		if (number.doubleValue() != Math.rint(number.doubleValue())) {
			throw new NotValidException("票数应为整数（A14）");
		}
		return number.intValue();
	}

}
