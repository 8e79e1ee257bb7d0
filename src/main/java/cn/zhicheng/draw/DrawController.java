package cn.zhicheng.draw;

import java.util.List;

import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.organisation.Person;
import cn.zhicheng.system.CurrentUser;
import cn.zhicheng.system.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Draws over HTTP (E7): until the meeting only the committee office and supervision of the draw see
 * it; everyone else, administrators included, gets 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/draws")
class DrawController {

	private final DrawService draws;

	private final OrganisationService organisations;

	private final CurrentUser currentUser;

	DrawController(DrawService draws, OrganisationService organisations, CurrentUser currentUser) {
		this.draws = draws;
		this.organisations = organisations;
		this.currentUser = currentUser;
	}

	/** The draws of a review cycle the user may see, without their lists. */
	@GetMapping
	List<Summary> ofCycle(@RequestParam String cycleId) {
		return this.draws.drawsOfCycle(cycleId).stream().filter(this::readable).map(Summary::of).toList();
	}

	@GetMapping("/{id}")
	DrawView get(@PathVariable String id) {
		return view(readable(id));
	}

	/** E1: re-runs the draw from its seed and recomputes the hash chain. */
	@GetMapping("/{id}/verification")
	DrawVerification verification(@PathVariable String id) {
		return this.draws.verify(readable(id).id());
	}

	/** The printable 抽取结果表 the signing forms link to. */
	@GetMapping(value = "/{id}/sheet", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
	String sheet(@PathVariable String id) {
		Draw draw = readable(id);
		return DrawSheet.html(view(draw), this.draws.verify(draw.id()));
	}

	private DrawView view(Draw draw) {
		String committeeName = this.organisations.committee(draw.committeeCode()).map(Committee::name).orElse(null);
		DrawRecord record = this.draws.record(draw.id());
		return DrawView.of(record, committeeName, this.draws.expertsNamedIn(record),
				userId -> this.organisations.person(userId).map(Person::name).orElse(null));
	}

	private Draw readable(String id) {
		return this.draws.find(id)
			.filter(this::readable)
			.orElseThrow(() -> new NotFoundException("id", "抽取记录不存在或无权查看：" + id));
	}

	private boolean readable(Draw draw) {
		return this.draws.mayRead(draw, this.currentUser.groupIds(), this.currentUser.isAdministrator());
	}

	record Summary(String id, String cycleId, int attempt, String committeeCode, int reviewYear, String status,
			String statusLabel, int memberCount, int alternateCount, String drawnAt, String failureReason,
			int signatureCount, String digest) {

		static Summary of(Draw d) {
			return new Summary(d.id(), d.cycleId(), d.attempt(), d.committeeCode(), d.reviewYear(), d.status().name(),
					d.status().label(), d.memberCount(), d.alternateCount(), d.drawnAt(), d.failureReason(),
					d.signatureCount(), d.digest());
		}

	}

}
