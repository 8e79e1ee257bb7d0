package cn.zhicheng.publicity;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.system.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publicity lists and the complaint form's endpoint, without login (Q2, R1, R2). Lists show names and ID
 * numbers masked (杨**, 5329**********1234), unit, series, specialty and level; complaints enter the
 * running publicity as a message (request size is bounded by {@link PublicPagesConfiguration}). Bad input is a 400 with a Chinese message, an unknown publicity a 404,
 * too many complaints from one address a 429; none of them touches the process.
 */
@RestController
@RequestMapping("/public/api/publicity")
class PublicPublicityController {

	private final PublicityService publicities;

	private final OrganisationService organisations;

	PublicPublicityController(PublicityService publicities, OrganisationService organisations) {
		this.publicities = publicities;
		this.organisations = organisations;
	}

	@GetMapping
	List<PublicityView> list() {
		LocalDateTime now = PublicityService.now();
		return this.publicities.started().stream().map(p -> PublicityView.of(p, committeeName(p), List.of(), now))
			.toList();
	}

	@GetMapping("/{id}")
	PublicityView publicity(@PathVariable String id) {
		Publicity publicity = visible(id);
		return PublicityView.of(publicity, committeeName(publicity), this.publicities.entries(id),
				PublicityService.now());
	}

	@PostMapping("/{id}/complaints")
	@ResponseStatus(HttpStatus.CREATED)
	ComplaintReceipt complain(@PathVariable String id, @RequestBody(required = false) ComplaintForm form,
			HttpServletRequest request) {
		visible(id);
		Complaint complaint = this.publicities.submitComplaint(id, form, request.getRemoteAddr());
		String number = complaint.id().substring(0, 8).toUpperCase();
		return new ComplaintReceipt(number,
				"投诉已受理，受理编号 " + number + "。评委会组建部门将调查核实，并依法依规处理。");
	}

	private Publicity visible(String id) {
		return this.publicities.find(id)
			.filter(p -> p.status() != PublicityStatus.PREPARED)
			.orElseThrow(() -> new NotFoundException("publicityId", "公示不存在或尚未开始"));
	}

	private String committeeName(Publicity publicity) {
		return this.organisations.committee(publicity.committeeCode()).map(Committee::name)
			.orElse(publicity.committeeCode());
	}

	record ComplaintReceipt(String number, String message) {
	}

	record EntryView(int entryNumber, String name, String idNumber, String unitName, String series, String specialty,
			String level) {

		static EntryView of(PublicityEntry e) {
			return new EntryView(e.entryNumber(), e.maskedName(), e.maskedIdNumber(), e.unitName(), e.series(),
					e.specialty(), e.titleLevel().label());
		}

	}

	record PublicityView(String id, String subject, String subjectLabel, String title, String committeeCode,
			String committeeName, int reviewYear, String status, String statusLabel, int workingDays,
			String startsAt, String endsAt, boolean acceptingComplaints, List<EntryView> entries, long removedCount) {

		static PublicityView of(Publicity p, String committeeName, List<PublicityEntry> entries, LocalDateTime now) {
			return new PublicityView(p.id(), p.subject().name(), p.subject().label(), p.title(), p.committeeCode(),
					committeeName, p.reviewYear(), p.status().name(), p.status().label(), p.workingDays(),
					PublicityService.format(p.startsAt()), PublicityService.format(p.endsAt()),
					p.acceptsComplaintsAt(now),
					entries.stream().filter(e -> e.status() == EntryStatus.LISTED).map(EntryView::of).toList(),
					entries.stream().filter(e -> e.status() == EntryStatus.REMOVED).count());
		}

	}

}
