package cn.zhicheng.certificate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationService;
import cn.zhicheng.calendar.WorkingDays;
import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.cycle.ReviewCycle;
import cn.zhicheng.cycle.ReviewCycleService;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.organisation.Region;
import cn.zhicheng.qualification.CertificationPolicy;
import cn.zhicheng.qualification.PolicyPack;
import cn.zhicheng.qualification.PolicyPackDirectory;
import cn.zhicheng.qualification.Track;
import cn.zhicheng.system.ForbiddenException;
import cn.zhicheng.system.NotFoundException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The qualification document and the certificates of a review cycle (C1, C2, C4) and their revocation (X1).
 * Knows nothing of the engine: the certification process calls it through thin delegates.
 * <p>
 * Issuing is idempotent and safe on several nodes: one document per cycle and one certificate per application
 * (unique constraints), existing rows are returned, never recreated; numbers come from locked counters
 * ({@link NumberSequences}). Two nodes issuing for the same cycle at once: the second waits for the first's
 * counter lock, then its insert of an existing application's certificate fails on the constraint, its
 * transaction rolls back (counter included) and its retry (the job's) finds the first one's certificates.
 */
@Service
@EnableConfigurationProperties(CertificationProperties.class)
public class CertificateService {

	static final String DIRECTED_MARK = "定向评价";

	private final CertificateMapper mapper;

	private final NumberSequences sequences;

	private final ReviewCycleService cycles;

	private final OrganisationService organisations;

	private final PolicyPackDirectory packs;

	private final WorkingDays workingDays;

	private final CertificationProperties properties;

	private final ApplicationService applications;

	private final CertificatePdf pdf;

	CertificateService(CertificateMapper mapper, NumberSequences sequences, ReviewCycleService cycles,
			OrganisationService organisations, PolicyPackDirectory packs, WorkingDays workingDays,
			CertificationProperties properties, ApplicationService applications, CertificatePdf pdf) {
		this.applications = applications;
		this.pdf = pdf;
		this.mapper = mapper;
		this.sequences = sequences;
		this.cycles = cycles;
		this.organisations = organisations;
		this.packs = packs;
		this.workingDays = workingDays;
		this.properties = properties;
	}

	// the plan of a cycle's certification

	/**
	 * What the certification of a cycle needs: its inboxes (the HR bureau of the committee's region issues the
	 * document, the committee office checks the list, supervision watches the deadline), the passed
	 * applications and the document's deadline (C1, DY10).
	 */
	public record Plan(ReviewCycle cycle, Committee committee, Organisation hrBureau, Organisation office,
			Organisation supervision, List<PassedApplicant> passed, int documentWorkingDays, String documentRule,
			Date documentDue) {

		/** The list as the forms show it, one line per person. */
		public String passedList() {
			if (this.passed.isEmpty()) {
				return "无评审通过人员";
			}
			StringBuilder text = new StringBuilder("评审通过" + this.passed.size() + "人：");
			int i = 1;
			for (PassedApplicant p : this.passed) {
				text.append('\n').append(i++).append(". ").append(p.name()).append("（").append(p.unitName())
					.append("，").append(p.targetSeries()).append(" ").append(p.targetSpecialty()).append("，")
					.append(p.targetLevel().label()).append(p.track() == Track.DIRECTED ? "，定向评价" : "")
					.append("）");
			}
			return text.toString();
		}

		/** The default title of the document. */
		public String draftTitle() {
			return "关于" + this.committee.name() + this.cycle.reviewYear() + "年度评审通过人员取得专业技术职务任职资格的通知";
		}

		public String deadlineText() {
			return "应于" + DateTexts.chinese(this.documentDue) + "前印发（评审结果核准备案后" + this.documentWorkingDays
					+ "个工作日内，" + this.documentRule + "）";
		}

	}

	/** The plan of the cycle's certification, the deadline counted from the post-filing approval. */
	public Plan plan(String cycleId, Date postFilingApprovedAt) {
		ReviewCycle cycle = this.cycles.require(cycleId);
		Committee committee = this.cycles.committeeOf(cycle);
		Organisation hr = this.organisations.hrBureauOf(committee)
			.orElseThrow(() -> new RuleViolation("cycleId", "C1",
					"评委会“" + committee.name() + "”所在地及上级地区均未登记人社部门，无人印发任职资格文件（C1）"));
		Organisation office = this.organisations.organisation(committee.officeCreditCode()).orElseThrow();
		Organisation supervision = this.organisations.supervisionOf(committee)
			.orElseThrow(() -> new RuleViolation("cycleId", "C1",
					"评委会“" + committee.name() + "”及其所在地未登记纪检监察部门，超期无人督办"));
		List<PassedApplicant> passed = this.mapper.findPassed(cycle.committeeCode(), cycle.reviewYear());
		Optional<CertificationPolicy> policy = cyclePolicy(cycle, committee, passed)
			.filter(p -> p.documentWorkingDays() != null);
		int days = policy.map(CertificationPolicy::documentWorkingDays).orElse(this.properties.documentWorkingDays());
		String rule = policy.map(CertificationPolicy::documentRule).filter(r -> r != null && !r.isBlank()).orElse("C1");
		Date from = postFilingApprovedAt != null ? postFilingApprovedAt
				: java.util.Date.from(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant());
		return new Plan(cycle, committee, hr, office, supervision, passed, days, rule,
				this.workingDays.endOfDayAfter(days, from));
	}

	/**
	 * The certification policy of the pack for the cycle: the directed pack of the committee's region and year
	 * when someone passed on the directed track, else the general one.
	 */
	private Optional<CertificationPolicy> cyclePolicy(ReviewCycle cycle, Committee committee,
			List<PassedApplicant> passed) {
		boolean directed = passed.stream().anyMatch(p -> p.track() == Track.DIRECTED);
		Optional<PolicyPack> pack = directed
				? this.packs.get().select(Track.DIRECTED, committee.regionCode(), cycle.reviewYear())
				: Optional.empty();
		if (pack.isEmpty() || pack.get().certification() == null) {
			pack = this.packs.get().select(Track.GENERAL, committee.regionCode(), cycle.reviewYear());
		}
		return pack.map(PolicyPack::certification);
	}

	// the qualification document (C1)

	public Optional<QualificationDocument> document(String cycleId) {
		return Optional.ofNullable(this.mapper.findDocumentByCycle(cycleId));
	}

	/**
	 * Task_RecordQualificationDocument (C1): the HR bureau issues the cycle's document with the title and date it
	 * confirmed; the number (文号) is the next of the issuer and year in the configured pattern. A cycle has one
	 * document: when it exists already (a retry), it is returned as it is.
	 */
	@Transactional
	public QualificationDocument issueDocument(String cycleId, String title, String date, String by) {
		return issueDocument(cycleId, title, date, null, by);
	}

	/** As {@link #issueDocument(String, String, String, String)}, dated no earlier than the filing approval. */
	@Transactional
	public QualificationDocument issueDocument(String cycleId, String title, String date, Date approvedAt,
			String by) {
		QualificationDocument existing = this.mapper.findDocumentByCycle(cycleId);
		if (existing != null) {
			return existing;
		}
		String cleanTitle = RuleViolation.requireText(title, "documentTitle", "文件标题", 200);
		RuleViolation.require(date != null && !date.isBlank(), "documentDate", "C1", "发文日期（documentDate）不能为空（C1）");
		LocalDate day;
		try {
			day = LocalDate.parse(date.strip().length() > 10 ? date.strip().substring(0, 10) : date.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation("documentDate", "C1", "发文日期（documentDate）应为 yyyy-MM-dd 格式的日期：" + date);
		}
		ReviewCycle cycle = this.cycles.require(cycleId);
		LocalDate today = ReviewCycleService.today();
		RuleViolation.require(!day.isAfter(today), "documentDate", "C1", "发文日期（documentDate）不能晚于今天（" + today + "）");
		RuleViolation.require(day.getYear() >= cycle.reviewYear(), "documentDate", "C1",
				"发文日期（documentDate）不能早于评审年度" + cycle.reviewYear() + "年");
		if (approvedAt != null) {
			LocalDate approved = LocalDate.ofInstant(approvedAt.toInstant(), cn.zhicheng.calendar.WorkingDayCalendar.ZONE);
			RuleViolation.require(!day.isBefore(approved), "documentDate", "C1",
					"发文日期（documentDate）不能早于会后备案核准日期" + DateTexts.chinese(approved) + "（C1：核准后发文）");
		}
		Committee committee = this.cycles.committeeOf(cycle);
		Organisation issuer = this.organisations.hrBureauOf(committee)
			.orElseThrow(() -> new RuleViolation("cycleId", "C1", "评委会所在地未登记人社部门，无法发文（C1）"));
		String pattern = cyclePolicy(cycle, committee, this.mapper.findPassed(cycle.committeeCode(), cycle.reviewYear()))
			.map(CertificationPolicy::documentNumberPattern)
			.filter(p -> p != null && !p.isBlank())
			.orElse(this.properties.documentNumberPattern());
		DocumentNumbers.requireValid(pattern);
		String scope = DocumentNumbers.scope(issuer.creditCode(), day.getYear());
		this.sequences.ensure(scope);
		int sequence = this.sequences.next(scope);
		String number = DocumentNumbers.format(pattern, abbreviation(issuer), day.getYear(), sequence);
		QualificationDocument document = new QualificationDocument(UUID.randomUUID().toString(), cycleId,
				cycle.committeeCode(), cycle.reviewYear(), issuer.creditCode(), day.getYear(), sequence, number,
				cleanTitle, day, null, null, null, null, by);
		this.mapper.insertDocument(document, by);
		return this.mapper.findDocument(document.id());
	}

	/** The issuer's abbreviation in document numbers: configured, or the first character of its region. */
	String abbreviation(Organisation issuer) {
		String configured = this.properties.issuerAbbreviations().get(issuer.creditCode());
		if (configured != null && !configured.isBlank()) {
			return configured.strip();
		}
		String region = this.organisations.region(issuer.regionCode()).map(Region::name).orElse(issuer.name());
		return region.substring(0, region.offsetByCodePoints(0, 1));
	}

	/**
	 * Task_RecordNameCheck (C2): the committee office checked the names and specialties of the list against
	 * the document before certificates are issued.
	 */
	@Transactional
	public void recordNameCheck(String documentId, Boolean confirmed, String note, String by) {
		RuleViolation.require(Boolean.TRUE.equals(confirmed), "namesConfirmed", "C2",
				"请逐一核对评审通过人员的姓名和专业后勾选“已核对”（C2）；有误的须先更正申报信息");
		String cleanNote = note == null || note.isBlank() ? null : RuleViolation.requireText(note, "nameCheckNote",
				"核对说明", 1000);
		if (this.mapper.recordNameCheck(documentId, cleanNote, by) != 1) {
			throw new NotFoundException("qualificationDocumentId", "任职资格文件不存在：" + documentId);
		}
	}

	// certificates (C2, C4)

	/**
	 * Task_IssueCertificates (C2, C4): one certificate per passed application of the document's cycle, each with
	 * the next number of its year and region. Idempotent: applications that have their certificate keep it (a
	 * retry returns the same certificates); a concurrent issue on another node makes this transaction fail on
	 * the unique constraints, and its retry finds the other's certificates. Returns the cycle's certificates.
	 */
	@Transactional
	public List<Certificate> issueCertificates(String documentId, String by) {
		QualificationDocument document = this.mapper.findDocument(documentId);
		if (document == null) {
			throw new NotFoundException("qualificationDocumentId", "任职资格文件不存在：" + documentId);
		}
		if (document.namesCheckedAt() == null) {
			throw new IllegalStateException("评委会组建部门尚未核对名单的姓名和专业，不能发证（C2）");
		}
		ReviewCycle cycle = this.cycles.require(document.cycleId());
		Committee committee = this.cycles.committeeOf(cycle);
		List<PassedApplicant> passed = this.mapper.findPassed(cycle.committeeCode(), cycle.reviewYear());
		String scope = CertificateNumbers.scope(cycle.reviewYear(), committee.regionCode());
		this.sequences.ensure(scope);
		Optional<PolicyPack> directedPack = this.packs.get()
			.select(Track.DIRECTED, committee.regionCode(), cycle.reviewYear());
		for (PassedApplicant applicant : passed) {
			if (this.mapper.findByApplication(applicant.applicationId()) != null) {
				continue;
			}
			String number = CertificateNumbers.format(cycle.reviewYear(), committee.regionCode(),
					this.sequences.next(scope));
			String validRegion = applicant.track() == Track.DIRECTED
					? validRegion(applicant, cycle.reviewYear(), directedPack) : null;
			Certificate certificate = new Certificate(UUID.randomUUID().toString(), number, applicant.applicationId(),
					document.id(), cycle.id(), applicant.name(), applicant.unitCreditCode(), applicant.unitName(),
					applicant.targetSeries(), applicant.targetSpecialty(), applicant.targetLevel(), committee.name(),
					applicant.track(), validRegion, document.documentDate(), CertificateStatus.VALID, null, null, null);
			this.mapper.insertCertificate(certificate, by);
		}
		return this.mapper.findByCycle(cycle.id());
	}

	/**
	 * C4: where a directed certificate is valid. The applicant's own pack (track, region and year of the
	 * application) names it (DY3: the prefecture or county where it was obtained; DG6: the 8 counties; DB2:
	 * 南疆); without a pack that says, the county of the application.
	 */
	String validRegion(PassedApplicant applicant, int reviewYear, Optional<PolicyPack> committeePack) {
		Optional<String> fromPack = this.packs.get()
			.select(Track.DIRECTED, applicant.regionCode(), reviewYear)
			.or(() -> committeePack)
			.map(PolicyPack::certification)
			.flatMap(c -> c.validRegionFor(applicant.regionCode()));
		return fromPack.orElseGet(() -> this.organisations.region(applicant.regionCode())
			.map(Region::name)
			.orElse(applicant.regionCode()));
	}

	public List<Certificate> certificates(String cycleId) {
		return this.mapper.findByCycle(cycleId);
	}

	public Optional<Certificate> find(String number) {
		return Optional.ofNullable(number == null ? null : this.mapper.findByNumber(number.strip().toUpperCase()));
	}

	public Certificate require(String number) {
		return find(number).orElseThrow(() -> new NotFoundException("certificateNumber", "证书不存在：" + number));
	}

	public Optional<Certificate> forApplication(String applicationId) {
		return Optional.ofNullable(this.mapper.findByApplication(applicationId));
	}

	public QualificationDocument documentOf(Certificate certificate) {
		return this.mapper.findDocument(certificate.documentId());
	}

	// revocation (X1)

	/** X1: a person in the integrity record cannot apply for this many years. */
	static final int INTEGRITY_RECORD_YEARS = 3;

	/**
	 * X1: revokes a certificate: status REVOKED with who, when and why. Only the HR bureau of the certificate's
	 * committee may; revoking twice is refused. For fraud ({@code fraud} true, the default) the holder also
	 * enters the integrity record (诚信档案库) for 3 years from today, which the qualification check reads.
	 */
	@Transactional
	public Certificate revoke(String number, String reason, Boolean fraud, String by, List<String> groups) {
		Certificate certificate = require(number);
		requireHrBureau(certificate, groups);
		String cleanReason = RuleViolation.requireText(reason, "reason", "撤销理由", 1000);
		RuleViolation.require(certificate.status() == CertificateStatus.VALID, "certificateNumber", "X1",
				"证书" + certificate.certificateNumber() + "已于" + DateTexts.chinese(certificate.revokedAt())
						+ "撤销，不能重复撤销（X1）");
		if (this.mapper.revoke(certificate.certificateNumber(), cleanReason, by) != 1) {
			throw new RuleViolation("certificateNumber", "X1", "证书" + certificate.certificateNumber() + "已撤销（X1）");
		}
		if (!Boolean.FALSE.equals(fraud)) {
			Application holder = this.applications.require(certificate.applicationId());
			LocalDate today = ReviewCycleService.today();
			String recorded = "撤销职称证书" + certificate.certificateNumber() + "：" + cleanReason;
			if (recorded.length() > 500) {
				recorded = recorded.substring(0, 499) + "…";
			}
			this.mapper.insertIntegrityRecord(UUID.randomUUID().toString(), holder.idNumber(), holder.name(), recorded,
					today, today.plusYears(INTEGRITY_RECORD_YEARS), by);
		}
		return require(certificate.certificateNumber());
	}

	/** X1 with the holder entering the integrity record. */
	public Certificate revoke(String number, String reason, String by, List<String> groups) {
		return revoke(number, reason, true, by, groups);
	}

	// who may see what

	private Committee committeeOf(Certificate certificate) {
		return this.cycles.committeeOf(this.cycles.require(certificate.cycleId()));
	}

	private void requireHrBureau(Certificate certificate, List<String> groups) {
		Organisation hr = this.organisations.hrBureauOf(committeeOf(certificate)).orElseThrow();
		if (!groups.contains(hr.groupId())) {
			throw new ForbiddenException("只有" + hr.name() + "可以撤销本证书（X1）");
		}
	}

	/** The certificate PDF: the HR bureau, the committee office and the holder's unit (C2). */
	public void requireMayRead(Certificate certificate, List<String> groups) {
		Committee committee = committeeOf(certificate);
		boolean allowed = groups.contains(certificate.unitCreditCode())
				|| groups.contains(committee.officeCreditCode())
				|| this.organisations.hrBureauOf(committee).map(o -> groups.contains(o.groupId())).orElse(false);
		if (!allowed) {
			throw new ForbiddenException("只有人社部门、评委会组建部门和持证人所在单位可以查看证书");
		}
	}

	// the printable certificate and the public verification (C4)

	/** Where the QR code of a certificate leads: the public verification page. */
	public String verificationUrl(String number) {
		return this.properties.verificationBaseUrl() + "/public/certificates/" + number;
	}

	/** The certificate as PDF for the HR bureau, the committee office or the holder's unit. */
	public byte[] pdf(String number, List<String> groups) {
		Certificate certificate = require(number);
		requireMayRead(certificate, groups);
		QualificationDocument document = documentOf(certificate);
		String issuer = this.organisations.organisation(document.issuerCode())
			.map(Organisation::name)
			.orElse(document.issuerCode());
		return this.pdf.render(new CertificatePdf.Content(certificate,
				this.applications.find(certificate.applicationId()).orElse(null), document, issuer,
				verificationUrl(certificate.certificateNumber())));
	}

}
