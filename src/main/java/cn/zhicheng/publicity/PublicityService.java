package cn.zhicheng.publicity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationProcess;
import cn.zhicheng.application.ApplicationService;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.calendar.WorkingDayCalendar;
import cn.zhicheng.calendar.WorkingDays;
import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.system.NotFoundException;
import cn.zhicheng.system.TooManyRequestsException;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publicity (公示, Q2, R1) and complaints (R2), for any stage: a caller prepares a publicity with its
 * list of applicants, the publicity process runs it on the working-day calendar, anyone may complain
 * while it runs (the public form), and the owner (the committee office) decides each complaint. An
 * upheld complaint against an applicant removes the applicant from the list and ends their application
 * (message {@link ApplicationProcess#MESSAGE_REMOVED}).
 */
@Service
@EnableConfigurationProperties(PublicityProperties.class)
public class PublicityService {

	static final ZoneId BEIJING = WorkingDayCalendar.ZONE;

	/** Q2, R1: a publicity lasts at least 5 working days. */
	public static final int MINIMUM_WORKING_DAYS = 5;

	static final int CONTENT_MAX = 2000;

	static final int REASON_MAX = 1000;

	private static final int ATTEMPTS = 3;

	private static final Pattern MARKUP = Pattern.compile("[<>]");

	private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,32}");

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final Logger log = LoggerFactory.getLogger(PublicityService.class);

	private final PublicityMapper mapper;

	private final ApplicationService applications;

	private final OrganisationService organisations;

	private final WorkingDayCalendar calendar;

	private final RuntimeService runtimeService;

	private final PublicityProperties limits;

	private final TransactionTemplate transactions;

	private final RevocationMapper revocations;

	PublicityService(PublicityMapper mapper, ApplicationService applications, OrganisationService organisations,
			WorkingDayCalendar calendar, RuntimeService runtimeService, PublicityProperties limits,
			PlatformTransactionManager transactionManager, RevocationMapper revocations) {
		this.mapper = mapper;
		this.revocations = revocations;
		this.applications = applications;
		this.organisations = organisations;
		this.calendar = calendar;
		this.runtimeService = runtimeService;
		this.limits = limits;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Now in Beijing, on the engine's clock (which tests may move). */
	static LocalDateTime now() {
		return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), BEIJING);
	}

	// reads

	public Optional<Publicity> find(String id) {
		return Optional.ofNullable(id == null ? null : this.mapper.find(id));
	}

	public Publicity require(String id) {
		return find(id).orElseThrow(() -> new NotFoundException("publicityId", "公示不存在：" + id));
	}

	public List<PublicityEntry> entries(String publicityId) {
		return this.mapper.findEntries(publicityId);
	}

	public List<Complaint> complaints(String publicityId) {
		return this.mapper.findComplaints(publicityId);
	}

	public Complaint complaint(String complaintId) {
		Complaint complaint = this.mapper.findComplaint(complaintId);
		if (complaint == null) {
			throw new NotFoundException("complaintId", "投诉不存在：" + complaintId);
		}
		return complaint;
	}

	/** Publicities that have started, newest first (the public pages). */
	public List<Publicity> started() {
		return this.mapper.findStarted();
	}

	public int openComplaints(String publicityId) {
		return this.mapper.countOpenComplaints(publicityId);
	}

	// the caller's side

	/**
	 * Stores a publicity and its list (a masked snapshot of the applications), ready for the publicity
	 * process. {@code workingDays} is at least {@value #MINIMUM_WORKING_DAYS} (Q2, R1).
	 */
	@Transactional
	public Publicity prepare(PublicitySubject subject, String title, String cycleId, String committeeCode,
			int reviewYear, String ownerGroupId, List<String> applicationIds, int workingDays, String by) {
		RuleViolation.require(subject != null, "subject", "Q2", "公示类型不能为空");
		RuleViolation.require(workingDays >= MINIMUM_WORKING_DAYS, "workingDays", subject.rule(),
				subject.label() + "期不少于" + MINIMUM_WORKING_DAYS + "个工作日（" + subject.rule() + "）");
		RuleViolation.require(applicationIds != null && !applicationIds.isEmpty(), "applicationIds", subject.rule(),
				subject.label() + "名单不能为空");
		Publicity publicity = new Publicity(UUID.randomUUID().toString(), subject, title, cycleId, committeeCode,
				reviewYear, ownerGroupId, PublicityStatus.PREPARED, workingDays, null, null, null, null);
		this.mapper.insert(publicity, by);
		int number = 1;
		for (String applicationId : applicationIds) {
			Application a = this.applications.require(applicationId);
			RuleViolation.require(a.committeeCode().equals(committeeCode) && a.reviewYear() == reviewYear,
					"applicationIds", subject.rule(), "申报" + applicationId + "不属于本评委会本年度，不能列入" + subject.label());
			String unitName = this.organisations.organisation(a.unitCreditCode()).map(Organisation::name)
				.orElse(a.unitCreditCode());
			this.mapper.insertEntry(new PublicityEntry(publicity.id(), a.id(), number++, a.maskedName(),
					a.maskedIdNumber(), unitName, a.targetSeries(), a.targetSpecialty(), a.targetLevel(),
					EntryStatus.LISTED, null, null));
		}
		return publicity;
	}

	// the publicity process's side

	/**
	 * Task_OpenPublicity: the period starts now and ends at 23:59:59 on the n-th working day after today
	 * (以当日为限, so never shorter than n working days).
	 */
	@Transactional
	public Publicity open(String publicityId, String processInstanceId, String by) {
		Publicity publicity = require(publicityId);
		LocalDateTime startsAt = now();
		LocalDate lastDay = this.calendar.addWorkingDays(startsAt.toLocalDate(), publicity.workingDays());
		LocalDateTime endsAt = LocalDateTime.of(lastDay, WorkingDays.END_OF_DAY);
		RuleViolation.require(this.mapper.start(publicityId, startsAt, endsAt, processInstanceId, by) == 1,
				"publicityId", publicity.subject().rule(), "公示“" + publicity.title() + "”当前状态为" + publicity.status().label()
						+ "，不能再次开始");
		return require(publicityId);
	}

	static Date toDate(LocalDateTime time) {
		return Date.from(time.atZone(BEIJING).toInstant());
	}

	/** Task_EndPublicityPeriod: no more complaints; open ones are still decided. */
	@Transactional
	public void endPeriod(String publicityId, String by) {
		this.mapper.updateStatus(publicityId, PublicityStatus.PERIOD_OVER, by);
	}

	/** Task_ClosePublicity: the period is over and every complaint is decided. */
	@Transactional
	public void close(String publicityId, String by) {
		this.mapper.close(publicityId, now(), by);
	}

	/** What the office's investigation task shows of a complaint. */
	public String target(Complaint complaint) {
		if (complaint.applicationId() == null) {
			return "公示整体（未指明申报人）";
		}
		PublicityEntry entry = this.mapper.findEntryOf(complaint.publicityId(), complaint.applicationId());
		return entry == null ? complaint.applicationId() : entry.describe();
	}

	public static String format(LocalDateTime time) {
		return time == null ? "" : time.format(MINUTES);
	}

	/**
	 * Task_RecordComplaintOutcome (R2): the office's finding. An upheld complaint against an applicant
	 * removes the applicant from the list and ends their application; the reason is required either way.
	 * Returns the complaints still open.
	 */
	@Transactional
	public int decide(String complaintId, String decision, String reason, String by) {
		return decide(complaintId, decision, reason, false, by);
	}

	/** X1: a person found to have committed fraud stays in the integrity record for 3 years. */
	public static final int INTEGRITY_RECORD_YEARS = 3;

	/**
	 * As {@link #decide(String, String, String, String)}, with the finding whether the applicant committed
	 * fraud (M8, X1). During the result publicity an upheld complaint against an applicant revokes the
	 * result (R2): the entry is removed, the revocation stored and the application marked RESULT_REVOKED; its
	 * process learns it with the results after the publicity. Fraud (either publicity) also enters the
	 * person into the integrity record for {@value #INTEGRITY_RECORD_YEARS} years (X1), so that
	 * IntegrityRecordRule refuses their applications.
	 */
	@Transactional
	public int decide(String complaintId, String decision, String reason, boolean fraud, String by) {
		Complaint complaint = complaint(complaintId);
		Publicity publicity = require(complaint.publicityId());
		String rule = publicity.subject() == PublicitySubject.PRE_MEETING ? "Q2" : "R2";
		ComplaintStatus status;
		if ("UPHELD".equals(decision)) {
			status = ComplaintStatus.UPHELD;
		}
		else if ("DISMISSED".equals(decision)) {
			status = ComplaintStatus.DISMISSED;
		}
		else {
			throw new RuleViolation("complaintDecision", rule,
					"调查结论（complaintDecision）应为 UPHELD（投诉属实）或 DISMISSED（投诉不属实）（" + rule + "）");
		}
		String cleanReason = text(reason, "complaintReason", "调查结论及理由", REASON_MAX, rule);
		LocalDateTime at = now();
		RuleViolation.require(this.mapper.decideComplaint(complaintId, status, cleanReason, at, by) == 1,
				"complaintId", rule, "该投诉已办结，不能重复处理");
		RuleViolation.require(!fraud || status == ComplaintStatus.UPHELD, "complaintFraud", "X1",
				"只有经调查属实的投诉才能认定弄虚作假（X1）");
		RuleViolation.require(!fraud || complaint.applicationId() != null, "complaintFraud", "X1",
				"投诉未指明申报人，不能认定弄虚作假并记入诚信档案库（X1）");
		if (status == ComplaintStatus.UPHELD && complaint.applicationId() != null
				&& this.mapper.removeEntry(publicity.id(), complaint.applicationId(), cleanReason, at) == 1) {
			String integrityRecordId = fraud ? recordIntegrity(complaint.applicationId(), publicity, cleanReason, at, by)
					: null;
			if (publicity.subject() == PublicitySubject.RESULT) {
				this.revocations.insert(new Revocation(complaint.applicationId(), publicity.id(), complaintId, fraud,
						publicity.subject().label() + "期间收到投诉，经调查属实" + (fraud ? "，存在弄虚作假（X1）" : "") + "："
								+ cleanReason + "（R2）",
						integrityRecordId, at, by));
				this.applications.changeStatus(complaint.applicationId(), ApplicationStatus.RESULT_REVOKED);
			}
			else {
				removeApplication(complaint.applicationId(),
						publicity.subject().label() + "期间收到投诉，经调查属实：" + cleanReason + "（" + rule + "）");
			}
		}
		return this.mapper.countOpenComplaints(publicity.id());
	}

	/** X1: the applicant into the integrity record (诚信档案库) from today for 3 years. */
	private String recordIntegrity(String applicationId, Publicity publicity, String reason, LocalDateTime at,
			String by) {
		Application a = this.applications.require(applicationId);
		String id = UUID.randomUUID().toString();
		String text = publicity.reviewYear() + "年度" + publicity.subject().label() + "期间经查弄虚作假（X1）：" + reason;
		if (text.length() > 500) {
			text = text.substring(0, 499) + "…";
		}
		this.revocations.insertIntegrityRecord(id, a.idNumber(), a.name(), text, at.toLocalDate(),
				at.toLocalDate().plusYears(INTEGRITY_RECORD_YEARS), at, by);
		return id;
	}

	/** Results revoked during a result publicity (R2), in the order decided. */
	public List<Revocation> revocations(String publicityId) {
		return publicityId == null ? List.of() : this.revocations.findByPublicity(publicityId);
	}

	/** Ends the application at its wait for the review result; marks it directly if no process waits there. */
	private void removeApplication(String applicationId, String reason) {
		List<MessageCorrelationResult> results = this.runtimeService
			.createMessageCorrelation(ApplicationProcess.MESSAGE_REMOVED)
			.processInstanceVariableEquals(ApplicationProcess.APPLICATION_ID.name(), applicationId)
			.setVariable(ApplicationProcess.REMOVAL_REASON.name(), reason)
			.correlateAllWithResult();
		if (results.isEmpty()) {
			log.warn("申报 {} 没有等待评审结果的流程实例，直接登记为因投诉取消评审资格", applicationId);
			this.applications.changeStatus(applicationId, ApplicationStatus.REMOVED_BY_COMPLAINT);
		}
	}

	// the public's side

	/**
	 * A complaint from the public form, while the publicity runs: validated (plain text, bounded), limited
	 * per network address and hour and per publicity and hour (counted in the database, so on every node),
	 * stored and delivered to the running publicity as message {@value PublicityProcess#MESSAGE_COMPLAINT_RECEIVED}.
	 * Bad input changes nothing. Concurrent complaints to one publicity meet on the engine's optimistic
	 * locking; the losing one is retried.
	 */
	public Complaint submitComplaint(String publicityId, ComplaintForm form, String clientAddress) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute(status -> lodge(publicityId, form, clientAddress));
			}
			catch (OptimisticLockingException ex) {
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
				log.info("投诉提交与其他操作冲突，重试（第{}次）", attempt);
			}
		}
	}

	private Complaint lodge(String publicityId, ComplaintForm form, String clientAddress) {
		Publicity publicity = require(publicityId);
		LocalDateTime now = now();
		RuleViolation.require(publicity.status() != PublicityStatus.PREPARED, "publicityId", "R2",
				"公示“" + publicity.title() + "”尚未开始，暂不受理投诉");
		RuleViolation.require(publicity.acceptsComplaintsAt(now), "publicityId", "R2",
				"公示“" + publicity.title() + "”已于" + format(publicity.endsAt()) + "结束，不再受理投诉");
		RuleViolation.require(form != null, "content", "R2", "投诉内容不能为空");
		String name = text(form.complainantName(), "complainantName", "投诉人姓名", 64, "R2");
		String phone = text(form.complainantPhone(), "complainantPhone", "联系电话", 32, "R2");
		RuleViolation.require(PHONE.matcher(phone).matches(), "complainantPhone", "R2",
				"联系电话（complainantPhone）只能包含数字、空格、括号、+ 和 -");
		String content = text(form.content(), "content", "投诉内容", CONTENT_MAX, "R2");
		String applicationId = null;
		if (form.entryNumber() != null) {
			PublicityEntry entry = this.mapper.findEntry(publicityId, form.entryNumber());
			RuleViolation.require(entry != null, "entryNumber", "R2", "公示名单中没有序号为" + form.entryNumber() + "的人员");
			RuleViolation.require(entry.status() == EntryStatus.LISTED, "entryNumber", "R2",
					"序号" + form.entryNumber() + "的人员已因投诉查实取消评审资格，不在公示名单中");
			applicationId = entry.applicationId();
		}
		String clientKey = clientKey(clientAddress);
		LocalDateTime hourAgo = now.minusHours(1);
		if (this.mapper.countComplaintsFrom(publicityId, clientKey, hourAgo) >= this.limits
			.complaintsPerAddressPerHour()) {
			throw new TooManyRequestsException("同一网络地址每小时对同一公示最多提交" + this.limits.complaintsPerAddressPerHour()
					+ "件投诉，请稍后再试；如有更多情况，可在一件投诉中一并说明");
		}
		if (this.mapper.countComplaintsSince(publicityId, hourAgo) >= this.limits.complaintsPerHour()) {
			throw new TooManyRequestsException("该公示本小时收到的投诉已达上限（" + this.limits.complaintsPerHour()
					+ "件），请稍后再试，或按公示中的联系方式反映");
		}
		Complaint complaint = new Complaint(UUID.randomUUID().toString(), publicityId, applicationId, name, phone,
				content, clientKey, ComplaintStatus.RECEIVED, null, now, null, null);
		this.mapper.insertComplaint(complaint);
		try {
			this.runtimeService.createMessageCorrelation(PublicityProcess.MESSAGE_COMPLAINT_RECEIVED)
				.processInstanceId(publicity.processInstanceId())
				.setVariableLocal(PublicityProcess.COMPLAINT_ID.name(), complaint.id())
				.correlate();
		}
		catch (MismatchingMessageCorrelationException ex) {
			throw new RuleViolation("publicityId", "R2", "公示“" + publicity.title() + "”已结束，不再受理投诉");
		}
		return complaint;
	}

	/** SHA-256 of the network address: enough to count, nothing to read back. */
	static String clientKey(String clientAddress) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.valueOf(clientAddress).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String text(String value, String field, String label, int max, String rule) {
		RuleViolation.require(value != null && !value.isBlank(), field, rule, label + "（" + field + "）不能为空");
		String clean = value.strip();
		int length = clean.codePointCount(0, clean.length());
		RuleViolation.require(length <= max, field, rule,
				label + "（" + field + "）不能超过" + max + "个字符，实为" + length + "个");
		RuleViolation.require(!MARKUP.matcher(clean).find(), field, "输入安全", label + "（" + field + "）不能包含 < 或 > 等网页标记字符");
		RuleViolation.require(clean.codePoints()
			.noneMatch(cp -> Character.isISOControl(cp) && cp != '\n' && cp != '\r' && cp != '\t'), field, "输入安全",
				label + "（" + field + "）包含控制字符");
		return clean;
	}

	// the filing's side

	/**
	 * The publicity and its complaint handling in one paragraph, for a filing dossier (F1, PF1). Complainants
	 * are not named.
	 */
	public String summary(String publicityId) {
		Publicity p = require(publicityId);
		List<PublicityEntry> entries = entries(publicityId);
		List<Complaint> complaints = complaints(publicityId);
		long upheld = complaints.stream().filter(c -> c.status() == ComplaintStatus.UPHELD).count();
		long dismissed = complaints.stream().filter(c -> c.status() == ComplaintStatus.DISMISSED).count();
		long removed = entries.stream().filter(e -> e.status() == EntryStatus.REMOVED).count();
		StringBuilder text = new StringBuilder();
		text.append(p.subject().label())
			.append("于")
			.append(format(p.startsAt()))
			.append("至")
			.append(format(p.endsAt()))
			.append("在平台公开公示（")
			.append(p.workingDays())
			.append("个工作日），公示")
			.append(entries.size())
			.append("人；收到投诉")
			.append(complaints.size())
			.append("件，经调查属实")
			.append(upheld)
			.append("件、不属实")
			.append(dismissed)
			.append("件，取消评审资格")
			.append(removed)
			.append("人。");
		List<String> lines = new ArrayList<>();
		int i = 1;
		for (Complaint c : complaints) {
			lines.add(i++ + ". " + format(c.receivedAt()) + " 针对" + target(c) + "：" + c.status().label()
					+ (c.outcomeReason() == null ? "" : "。" + c.outcomeReason()));
		}
		if (!lines.isEmpty()) {
			text.append("\n").append(String.join("\n", lines));
		}
		return text.toString();
	}

}
