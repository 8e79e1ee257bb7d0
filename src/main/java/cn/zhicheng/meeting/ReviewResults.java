package cn.zhicheng.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.zhicheng.application.ApplicationProcess;
import cn.zhicheng.common.TitleLevel;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.springframework.stereotype.Service;

/**
 * What the stages after the meeting (result publicity R1–R3, post-filing PF1, archive AR1) read of a
 * closed meeting, and the step that finally tells each application its result. The meeting itself only
 * closes with its results (Task_PublishReviewResults); the review cycle sends them once the result
 * publicity is over, with the results revoked during it (R2, X1) as not passed.
 */
@Service
public class ReviewResults {

	private final MeetingService meetings;

	private final RuntimeService runtimeService;

	ReviewResults(MeetingService meetings, RuntimeService runtimeService) {
		this.meetings = meetings;
		this.runtimeService = runtimeService;
	}

	/** One applicant's result at the meeting (M4, M7, M8). */
	public record Result(String applicationId, String name, String idNumber, String unitCreditCode, String unitName,
			String reviewGroup, boolean directed, boolean passed, String verdict, String targetSeries,
			String targetSpecialty, TitleLevel targetLevel, boolean published) {
	}

	/** The meeting's facts for the post-filing dossier (PF1) and the archive (AR1). */
	public record Facts(String meetingId, String cycleId, String committeeCode, int reviewYear, String status,
			LocalDate meetingDate, LocalDateTime openedAt, int committeeSize, int attendingCount, String supervisorName,
			LocalDateTime supervisorSignedAt, String supervisorSignedBy, String supervisorOpinion,
			LocalDateTime chairSignedAt, String drawId) {
	}

	public Optional<Facts> facts(String meetingId) {
		return this.meetings.find(meetingId).map(m -> new Facts(m.id(), m.cycleId(), m.committeeCode(), m.reviewYear(),
				m.status().label(), m.meetingDate(), m.openedAt(), m.committeeSize(),
				this.meetings.attending(meetingId).size(), m.supervisorName(), m.supervisorSignedAt(),
				m.supervisorSignedBy(), m.supervisorOpinion(), m.chairSignedAt(), m.drawId()));
	}

	public List<Result> results(String meetingId) {
		return this.meetings.applicants(meetingId).stream()
			.map(a -> new Result(a.applicationId(), a.name(), a.idNumber(), a.unitCreditCode(), a.unitName(),
					a.reviewGroup().label(), a.reviewGroup() == ReviewGroup.DIRECTED, a.passed(),
					a.passed() ? "通过" : a.verdict() == null ? "未通过" : a.verdict().label(), a.targetSeries(),
					a.targetSpecialty(), a.targetLevel(), a.published()))
			.toList();
	}

	public Optional<String> minutes(String meetingId) {
		return this.meetings.minutes(meetingId);
	}

	/**
	 * Sends {@value ApplicationProcess#MESSAGE_REVIEW_RESULT} to each application of the meeting not yet told
	 * (by the process instance stored with the application, else by its process variable applicationId): reviewPassed, and for a result revoked during the result publicity
	 * resultRevoked with its reason (R2, X1). All or nothing within the caller's transaction; applications
	 * already told are skipped on a retry. Returns how many were told now.
	 */
	public int notifyApplications(String meetingId, Map<String, String> revoked) {
		int told = 0;
		for (MeetingApplicant applicant : this.meetings.applicants(meetingId)) {
			if (applicant.published()) {
				continue;
			}
			String reason = revoked.get(applicant.applicationId());
			MessageCorrelationBuilder message = this.runtimeService
				.createMessageCorrelation(ApplicationProcess.MESSAGE_REVIEW_RESULT);
			// by the instance id stored with the application: a lookup by key, where the variable needs a query
			// over every waiting instance
			message = applicant.processInstanceId() != null ? message.processInstanceId(applicant.processInstanceId())
					: message.processInstanceVariableEquals(ApplicationProcess.APPLICATION_ID.name(),
							applicant.applicationId());
			message.setVariable(ApplicationProcess.REVIEW_PASSED.name(), applicant.passed() && reason == null)
				.setVariable(ApplicationProcess.RESULT_REVOKED.name(), reason != null)
				.setVariable(ApplicationProcess.REMOVAL_REASON.name(), reason)
				.correlate();
			this.meetings.markPublished(meetingId, applicant.applicationId());
			told++;
		}
		return told;
	}

}
