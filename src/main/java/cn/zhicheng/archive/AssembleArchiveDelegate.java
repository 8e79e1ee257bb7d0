package cn.zhicheng.archive;

import cn.zhicheng.common.CurrentActor;
import cn.zhicheng.cycle.ReviewCycleProcess;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_AssembleArchive (AR1). Inputs: cycleId; qualificationDocumentNumber and certificatesIssued when
 * the certification returned them. Assembles the cycle's archive and its 评审工作情况表; outputs archiveId
 * and archiveSummary (the supervision department's form, AR2).
 */
@Component
class AssembleArchiveDelegate implements JavaDelegate {

	private final ArchiveService archives;

	AssembleArchiveDelegate(ArchiveService archives) {
		this.archives = archives;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Archive archive = this.archives.assemble(ReviewCycleProcess.CYCLE_ID.require(execution),
				ReviewCycleProcess.QUALIFICATION_DOCUMENT_NUMBER.get(execution),
				ReviewCycleProcess.CERTIFICATES_ISSUED.get(execution), CurrentActor.of(execution));
		ReviewCycleProcess.ARCHIVE_ID.set(execution, archive.id());
		ReviewCycleProcess.ARCHIVE_SUMMARY.set(execution, this.archives.summary(archive.id()));
	}

}
