package cn.zhicheng.archive;

import cn.zhicheng.common.CurrentActor;
import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.cycle.ReviewCycleProcess;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Task_CloseArchive (AR2). Inputs: archiveId, archiveReceived, archiveOpinion (the supervision
 * department's form). Closes the archive; the cycle becomes ARCHIVED. An unticked receipt throws
 * {@link NotValidException} (HTTP 400) and the task stays open.
 */
@Component
class CloseArchiveDelegate implements JavaDelegate {

	private final ArchiveService archives;

	CloseArchiveDelegate(ArchiveService archives) {
		this.archives = archives;
	}

	@Override
	public void execute(DelegateExecution execution) {
		try {
			this.archives.close(ReviewCycleProcess.ARCHIVE_ID.require(execution),
					ReviewCycleProcess.ARCHIVE_RECEIVED.get(execution), ReviewCycleProcess.ARCHIVE_OPINION.get(execution),
					CurrentActor.of(execution));
		}
		catch (RuleViolation violation) {
			throw new NotValidException(violation.getMessage());
		}
		execution.removeVariable(ReviewCycleProcess.ARCHIVE_SUMMARY.name());
	}

}
