package cn.zhicheng.materials;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.zhicheng.application.Application;
import cn.zhicheng.application.ApplicationService;
import cn.zhicheng.application.ApplicationStatus;
import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.materials.AttachmentMapper.StoredContent;
import cn.zhicheng.materials.MaterialsProperties.KindLimits;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.system.ForbiddenException;
import cn.zhicheng.system.NotFoundException;

import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence attachments of an application (A18, A19, A21), stored in the database so that every node
 * serves them. Who may see them follows the application ({@link ApplicationService#mayRead}: the unit,
 * its competent department, the committee office, the HR bureau, administrators); others are told it
 * does not exist. Only the unit's staff (or an administrator) add evidence, while the application is
 * with the unit and the competent department or in the committee office's manual review (Q1), and
 * remove it only before the qualification check. Every file is checked by content
 * ({@link ContentInspector}) against its kind's formats and size limit.
 */
@Service
class AttachmentService {

	private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);

	/** Evidence may be added until the qualification check, and while the office reviews by hand (Q1). */
	static final Set<ApplicationStatus> UPLOAD_STATUSES = EnumSet.of(ApplicationStatus.SUBMITTED,
			ApplicationStatus.IN_QUALIFICATION_REVIEW);

	/** Evidence the competent department or the office may already have relied on stays after that. */
	static final Set<ApplicationStatus> DELETE_STATUSES = EnumSet.of(ApplicationStatus.SUBMITTED);

	private static final int FILE_NAME_MAX = 200;

	private final AttachmentMapper mapper;

	private final ApplicationService applications;

	private final MaterialsProperties properties;

	AttachmentService(AttachmentMapper mapper, ApplicationService applications, MaterialsProperties properties) {
		this.mapper = mapper;
		this.applications = applications;
		this.properties = properties;
	}

	/** The application if {@code user} may read it; otherwise "not found", so that nobody learns it exists. */
	Application readable(String applicationId, String user, List<String> groups) {
		return this.applications.find(applicationId)
			.filter(a -> this.applications.mayRead(a, user, groups))
			.orElseThrow(() -> new NotFoundException("applicationId", "申报不存在或无权查看：" + applicationId));
	}

	List<Attachment> list(String applicationId, String user, List<String> groups) {
		readable(applicationId, user, groups);
		return this.mapper.findByApplication(applicationId);
	}

	/** Staff of the application's unit, or an administrator. */
	static boolean isUnitStaff(Application application, List<String> groups) {
		return groups.contains(Groups.CAMUNDA_ADMIN)
				|| groups.contains(Organisation.groupIdOf(application.unitCreditCode()));
	}

	static boolean mayUpload(Application application, List<String> groups) {
		return isUnitStaff(application, groups) && UPLOAD_STATUSES.contains(application.status());
	}

	static boolean mayDelete(Application application, List<String> groups) {
		return isUnitStaff(application, groups) && DELETE_STATUSES.contains(application.status());
	}

	@Transactional
	Attachment upload(String applicationId, String kindCode, String originalName, byte[] content, String user,
			List<String> groups) {
		Application application = readable(applicationId, user, groups);
		if (!isUnitStaff(application, groups)) {
			throw new ForbiddenException("只有申报单位的工作人员可以上传证明材料");
		}
		RuleViolation.require(UPLOAD_STATUSES.contains(application.status()), "status", "Q1",
				"申报当前状态为“" + application.status().label() + "”，此时不能补充证明材料（资格审查开始前，或评委会办公室复核期间可以补充）");
		AttachmentKind kind = kind(kindCode);
		String fileName = cleanFileName(originalName);
		KindLimits limits = this.properties.limits(kind);
		RuleViolation.require(content != null && content.length > 0, ContentInspector.FIELD, ContentInspector.RULE,
				"请选择要上传的文件");
		RuleViolation.require(content.length <= limits.maxSize().toBytes(), ContentInspector.FIELD, "材料大小",
				"“" + kind.label() + "”类材料单个文件不能超过 " + size(limits.maxSize().toBytes()) + "，“" + fileName
						+ "”为 " + size(content.length));
		FileFormat format = ContentInspector.inspect(content, fileName);
		RuleViolation.require(limits.formats().contains(format), ContentInspector.FIELD, ContentInspector.RULE,
				"“" + kind.label() + "”类材料只接受 " + labels(limits.formats()) + "，“" + fileName + "”为 " + format.label());
		RuleViolation.require(this.mapper.count(applicationId) < this.properties.maxPerApplication(),
				ContentInspector.FIELD, "材料数量",
				"每份申报最多上传 " + this.properties.maxPerApplication() + " 个证明材料，请合并或删除后再上传");
		long total = this.mapper.totalSize(applicationId) + content.length;
		RuleViolation.require(total <= this.properties.maxTotalPerApplication().toBytes(), ContentInspector.FIELD,
				"材料大小", "每份申报的证明材料合计不能超过 " + size(this.properties.maxTotalPerApplication().toBytes()));
		Attachment attachment = new Attachment(UUID.randomUUID().toString(), applicationId, kind, fileName,
				format.mediaType(), content.length, sha256(content), null, user);
		this.mapper.insert(attachment, content);
		log.info("证明材料已上传：申报 {}，{}，{}（{}），{}", applicationId, kind.label(), attachment.id(), size(content.length),
				user);
		return this.mapper.find(attachment.id());
	}

	/** The attachment and its bytes, for those who may read its application. */
	StoredFile content(String attachmentId, String user, List<String> groups) {
		Attachment attachment = readableAttachment(attachmentId, user, groups);
		StoredContent stored = this.mapper.findContent(attachmentId);
		return new StoredFile(attachment, stored.content());
	}

	@Transactional
	void delete(String attachmentId, String user, List<String> groups) {
		Attachment attachment = readableAttachment(attachmentId, user, groups);
		Application application = this.applications.require(attachment.applicationId());
		if (!isUnitStaff(application, groups)) {
			throw new ForbiddenException("只有申报单位的工作人员可以删除证明材料");
		}
		RuleViolation.require(DELETE_STATUSES.contains(application.status()), "status", "A16",
				"申报当前状态为“" + application.status().label() + "”，主管部门审核后材料不能删除，如有错误请补充说明材料");
		this.mapper.markDeleted(attachmentId, user);
		log.info("证明材料已删除（保留原件备查）：申报 {}，{}，{}", application.id(), attachmentId, user);
	}

	private Attachment readableAttachment(String attachmentId, String user, List<String> groups) {
		Attachment attachment = this.mapper.find(attachmentId);
		if (attachment == null) {
			throw new NotFoundException("attachmentId", "证明材料不存在或无权查看：" + attachmentId);
		}
		try {
			readable(attachment.applicationId(), user, groups);
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("attachmentId", "证明材料不存在或无权查看：" + attachmentId);
		}
		return attachment;
	}

	KindLimits limits(AttachmentKind kind) {
		return this.properties.limits(kind);
	}

	static AttachmentKind kind(String code) {
		String allowed = Arrays.stream(AttachmentKind.values())
			.map(k -> k.name() + "（" + k.label() + "）")
			.collect(Collectors.joining("、"));
		RuleViolation.require(code != null && !code.isBlank(), "kind", "材料类型", "请选择材料类型（kind），可选：" + allowed);
		try {
			return AttachmentKind.valueOf(code.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation("kind", "材料类型", "材料类型（kind）“" + code.strip() + "”无效，可选：" + allowed);
		}
	}

	/** The name without folders or control characters, and without characters file systems refuse. */
	static String cleanFileName(String name) {
		String base = name == null ? "" : name;
		base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
		StringBuilder clean = new StringBuilder();
		base.codePoints()
			.filter(cp -> !Character.isISOControl(cp))
			.map(cp -> "<>:\"|?*".indexOf(cp) >= 0 ? '_' : cp)
			.limit(FILE_NAME_MAX)
			.forEach(clean::appendCodePoint);
		String result = clean.toString().strip();
		return result.isEmpty() ? "未命名" : result;
	}

	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " 字节";
		}
		if (bytes < 1024 * 1024) {
			return String.format("%.1f KB", bytes / 1024.0);
		}
		return String.format("%.1f MB", bytes / (1024.0 * 1024.0)).replace(".0 MB", " MB");
	}

	private static String labels(Set<FileFormat> formats) {
		return formats.stream().sorted().map(FileFormat::label).collect(Collectors.joining("、"));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An attachment with its bytes. */
	record StoredFile(Attachment attachment, byte[] content) {
	}

}
