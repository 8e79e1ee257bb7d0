package cn.zhicheng.meeting;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationService;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.system.CurrentUser;
import cn.zhicheng.system.ForbiddenException;
import cn.zhicheng.system.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review meeting over HTTP: its state for the committee office and supervision, the minutes (M6, to
 * the office and supervision only), an applicant's materials for the experts assigned to read them (M3),
 * and the committee's meeting settings (M3, M5, M7, M9, E4).
 */
@RestController
@RequestMapping("/api")
class MeetingController {

	private final MeetingService meetings;

	private final BallotService ballots;

	private final ApplicationService applications;

	private final OrganisationService organisations;

	private final CurrentUser currentUser;

	private final ObjectMapper json;

	MeetingController(MeetingService meetings, BallotService ballots, ApplicationService applications,
			OrganisationService organisations, CurrentUser currentUser, ObjectMapper json) {
		this.meetings = meetings;
		this.ballots = ballots;
		this.applications = applications;
		this.organisations = organisations;
		this.currentUser = currentUser;
		this.json = json;
	}

	/** The meeting for the committee office and supervision: attendance, rounds with totals, results. */
	@GetMapping("/meetings/{id}")
	MeetingView get(@PathVariable String id) {
		Meeting meeting = readable(id);
		List<RoundView> rounds = this.ballots.rounds(id).stream()
			.map(r -> new RoundView(r.ballotRound(), r.reviewGroup().name(), r.seats(), r.status(),
					this.ballots.voters(id, r.ballotRound())))
			.toList();
		return new MeetingView(meeting.id(), meeting.status().name(), meeting.status().label(), meeting.committeeCode(),
				meeting.reviewYear(), meeting.meetingDate(), meeting.committeeSize(), meeting.chairId(),
				meeting.supervisorName(), meeting.openingProblem(), meeting.rescheduleCount(),
				this.meetings.experts(id).stream()
					.map(e -> new ExpertView(e.expertId(), e.name(), e.role(), e.drawOrder(), e.present(), e.attending()))
					.toList(),
				rounds, this.ballots.candidates(id),
				this.meetings.applicants(id).stream()
					.map(a -> new ApplicantView(a.applicationId(), a.name(), a.unitName(), a.reviewGroup().name(),
							a.vetoed(), a.result(), a.verdict() == null ? null : a.verdict().label(), a.published()))
					.toList());
	}

	/** M6: the minutes, a Markdown document, to the committee office and supervision only. */
	@GetMapping(value = "/meetings/{id}/minutes", produces = "text/markdown;charset=UTF-8")
	ResponseEntity<String> minutes(@PathVariable String id) {
		Meeting meeting = this.meetings.require(id);
		if (!this.meetings.mayReadMinutes(meeting, this.currentUser.groupIds())) {
			throw new ForbiddenException("会议记录只向评委会组建部门和监督部门提供（M6）");
		}
		String minutes = this.meetings.minutes(id)
			.orElseThrow(() -> new NotFoundException("id", "会议记录尚未形成：投票结束并计票后生成"));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/markdown;charset=UTF-8")).body(minutes);
	}

	/** M3: an applicant's materials, for the experts assigned to read them, the office and supervision. */
	@GetMapping("/meetings/{id}/applications/{applicationId}")
	MaterialsView materials(@PathVariable String id, @PathVariable String applicationId) {
		Meeting meeting = this.meetings.require(id);
		if (!this.meetings.mayReadMaterials(meeting, applicationId, this.currentUser.userId(),
				this.currentUser.groupIds())) {
			throw new NotFoundException("applicationId", "申报材料不存在或无权查看：" + applicationId);
		}
		Application a = this.applications.require(applicationId);
		return new MaterialsView(a.id(), a.name(), a.maskedIdNumber(), a.sex().label(),
				this.organisations.organisation(a.unitCreditCode()).map(o -> o.name()).orElse(a.unitCreditCode()),
				a.unitLevel() == null ? null : a.unitLevel().label(), a.track().label(), a.targetSeries(),
				a.targetSpecialty(), a.targetLevel().label(), a.education().label(), a.graduationSchool(), a.major(),
				a.workStartDate(), a.currentTitleLevel() == null ? null : a.currentTitleLevel().label(),
				a.currentTitleSeries(), a.currentTitleDate(), a.yearsAtBaseLevel(), a.ruralServiceYears(),
				a.workSummary(), tree(a.studyHistoryJson()), tree(a.workHistoryJson()), tree(a.achievementsJson()),
				tree(a.continuingEducationJson()), tree(a.annualAssessmentsJson()));
	}

	@GetMapping("/committees/{code}/meeting-settings")
	MeetingSettings settings(@PathVariable String code) {
		requireOfficeOf(code);
		return this.meetings.settings(code);
	}

	@PutMapping("/committees/{code}/meeting-settings")
	MeetingSettings saveSettings(@PathVariable String code, @RequestBody MeetingSettings settings) {
		requireOfficeOf(code);
		return this.meetings.saveSettings(code, settings, this.currentUser.userId());
	}

	private void requireOfficeOf(String code) {
		Committee committee = this.organisations.committee(code)
			.orElseThrow(() -> new NotFoundException("code", "评委会不存在：" + code));
		if (!this.currentUser.isAdministrator() && !this.currentUser.groupIds().contains(committee.officeCreditCode())) {
			throw new ForbiddenException("只有评委会组建部门或系统管理员可以查看和修改评审会议设置");
		}
	}

	private Meeting readable(String id) {
		return this.meetings.find(id)
			.filter(m -> this.meetings.mayReadMinutes(m, this.currentUser.groupIds()))
			.orElseThrow(() -> new NotFoundException("id", "评审会议不存在或无权查看：" + id));
	}

	private JsonNode tree(String text) {
		try {
			return this.json.readTree(text);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("申报数据损坏", ex);
		}
	}

	record ExpertView(String expertId, String name, String role, int drawOrder, boolean present, boolean attending) {
	}

	/** A ballot round: totals of who voted, never who voted how. */
	record RoundView(int round, String group, Integer seats, String status, int voters) {
	}

	record ApplicantView(String applicationId, String name, String unitName, String group, boolean vetoed,
			String result, String verdict, boolean published) {
	}

	record MeetingView(String id, String status, String statusLabel, String committeeCode, int reviewYear,
			LocalDate meetingDate, int committeeSize, String chairId, String supervisorName, String openingProblem,
			int rescheduleCount, List<ExpertView> experts, List<RoundView> rounds, List<BallotCandidate> totals,
			List<ApplicantView> applicants) {
	}

	record MaterialsView(String applicationId, String name, String idNumber, String sex, String unitName,
			String unitLevel, String track, String targetSeries, String targetSpecialty, String targetLevel,
			String education, String graduationSchool, String major, LocalDate workStartDate, String currentTitleLevel,
			String currentTitleSeries, LocalDate currentTitleDate, int yearsAtBaseLevel, int ruralServiceYears,
			String workSummary, JsonNode studyHistory, JsonNode workHistory, JsonNode achievements,
			JsonNode continuingEducation, JsonNode annualAssessments) {
	}

}
