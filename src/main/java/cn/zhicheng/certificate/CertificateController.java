package cn.zhicheng.certificate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.zhicheng.cycle.ReviewCycleService;
import cn.zhicheng.system.CurrentUser;
import cn.zhicheng.system.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Certificates for the departments (C2, C4, X1): a cycle's list and one certificate for its HR bureau and
 * committee office (and the holder's unit), the printable PDF, and the revocation, which only the HR bureau of
 * the certificate's committee may make. Issuing is the certification process's job, not an API call.
 */
@RestController
@RequestMapping("/api/certificates")
class CertificateController {

	private final CertificateService certificates;

	private final ReviewCycleService cycles;

	private final CurrentUser currentUser;

	CertificateController(CertificateService certificates, ReviewCycleService cycles, CurrentUser currentUser) {
		this.certificates = certificates;
		this.cycles = cycles;
		this.currentUser = currentUser;
	}

	/** The certificates of a cycle, for whoever may read the cycle. */
	@GetMapping
	List<CertificateView> list(@RequestParam String cycleId) {
		this.cycles.find(cycleId)
			.filter(c -> this.cycles.mayRead(c, this.currentUser.userId(), this.currentUser.groupIds()))
			.orElseThrow(() -> new NotFoundException("cycleId", "评审周期不存在或无权查看：" + cycleId));
		return this.certificates.certificates(cycleId).stream().map(CertificateView::of).toList();
	}

	@GetMapping("/{number}")
	CertificateView get(@PathVariable String number) {
		Certificate certificate = this.certificates.require(number);
		this.certificates.requireMayRead(certificate, this.currentUser.groupIds());
		return CertificateView.of(certificate);
	}

	/** The printable certificate; the file is named by its number only (no personal data in names). */
	@GetMapping(path = "/{number}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@PathVariable String number) {
		byte[] pdf = this.certificates.pdf(number, this.currentUser.groupIds());
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_PDF);
		headers.setContentDisposition(ContentDisposition.inline()
			.filename("职称证书-" + number.strip().toUpperCase() + ".pdf", StandardCharsets.UTF_8)
			.build());
		return ResponseEntity.ok().headers(headers).body(pdf);
	}

	/** X1: the HR bureau revokes a certificate, with its reason; for fraud the holder enters the integrity record. */
	@PostMapping("/{number}/revocation")
	CertificateView revoke(@PathVariable String number, @RequestBody(required = false) Revocation revocation) {
		return CertificateView.of(this.certificates.revoke(number, revocation == null ? null : revocation.reason(),
				revocation == null ? null : revocation.fraud(), this.currentUser.userId(), this.currentUser.groupIds()));
	}

	/** {@code fraud} (default true): the holder also enters the integrity record for 3 years (X1). */
	record Revocation(String reason, Boolean fraud) {
	}

	record CertificateView(String certificateNumber, String applicationId, String holderName, String unitName,
			String series, String specialty, String titleLevel, String titleLevelLabel, String committeeName,
			String track, boolean directed, String validRegion, LocalDate issuedOn, String status,
			String statusLabel, LocalDateTime revokedAt, String revokedBy, String revocationReason) {

		static CertificateView of(Certificate c) {
			return new CertificateView(c.certificateNumber(), c.applicationId(), c.holderName(), c.unitName(),
					c.series(), c.specialty(), c.titleLevel().name(), c.titleLevel().label(), c.committeeName(),
					c.track().name(), c.directed(), c.validRegion(), c.issuedOn(), c.status().name(),
					c.status().label(), c.revokedAt(), c.revokedBy(), c.revocationReason());
		}

	}

}
