package cn.zhicheng.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A review meeting (row of {@code zc_meeting}) with the committee settings it copied when prepared. */
public record Meeting(String id, String cycleId, String committeeCode, int reviewYear, String drawId,
		String processInstanceId, String officeGroupId, String supervisionGroupId, MeetingStatus status,
		int committeeSize, int reviewersPerApplicant, boolean scoring, Integer passRateCapGeneral,
		Integer passRateCapDirected, boolean alternatesStepIn, int ballotMinutes, LocalDate meetingDate,
		LocalDateTime openedAt, String chairId, String supervisorName, boolean briefingConfirmed,
		String openingProblem, int rescheduleCount, String rescheduleNote, int ballotRound,
		LocalDateTime chairSignedAt, String chairSignedBy, String chairOpinion, LocalDateTime supervisorSignedAt,
		String supervisorSignedBy, String supervisorOpinion) {

	MeetingSettings settings() {
		return new MeetingSettings(this.reviewersPerApplicant, this.scoring, this.passRateCapGeneral,
				this.passRateCapDirected, this.alternatesStepIn, this.ballotMinutes);
	}

}
