package cn.zhicheng.materials;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import cn.zhicheng.application.Application;
import cn.zhicheng.materials.AttachmentService.StoredFile;
import cn.zhicheng.materials.MaterialsProperties.KindLimits;
import cn.zhicheng.system.CurrentUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence attachments of an application and its printable 申报评审表 (A21). Reached from the Tasklist
 * forms through the page {@code /materials/{applicationId}}, or directly with HTTP basic authentication.
 */
@RestController
@RequestMapping("/api")
class AttachmentController {

	private final AttachmentService attachments;

	private final ApplicationFormPdf formPdf;

	private final CurrentUser currentUser;

	AttachmentController(AttachmentService attachments, ApplicationFormPdf formPdf, CurrentUser currentUser) {
		this.attachments = attachments;
		this.formPdf = formPdf;
		this.currentUser = currentUser;
	}

	/** The application's attachments, what the user may do, and the kinds with their limits. */
	@GetMapping("/applications/{applicationId}/attachments")
	Materials list(@PathVariable String applicationId) {
		List<String> groups = this.currentUser.groupIds();
		Application application = this.attachments.readable(applicationId, this.currentUser.userId(), groups);
		List<AttachmentView> items = this.attachments.list(applicationId, this.currentUser.userId(), groups)
			.stream()
			.map(AttachmentView::of)
			.toList();
		List<KindView> kinds = Arrays.stream(AttachmentKind.values()).map(k -> {
			KindLimits limits = this.attachments.limits(k);
			return new KindView(k.name(), k.label(), k.rule(), limits.maxSize().toBytes(),
					AttachmentService.size(limits.maxSize().toBytes()),
					limits.formats().stream().sorted().map(FileFormat::name).toList());
		}).toList();
		return new Materials(application.id(), application.maskedName(), application.reviewYear(),
				application.targetSeries() + application.targetLevel().label(), application.status().name(),
				application.status().label(), AttachmentService.mayUpload(application, groups),
				AttachmentService.mayDelete(application, groups), kinds, items);
	}

	/** Uploads one file (multipart: {@code kind}, {@code file}). */
	@PostMapping(path = "/applications/{applicationId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	AttachmentView upload(@PathVariable String applicationId, @RequestParam(name = "kind", required = false) String kind,
			@RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
		byte[] content = file == null ? new byte[0] : file.getBytes();
		String name = file == null ? null : file.getOriginalFilename();
		return AttachmentView.of(this.attachments.upload(applicationId, kind, name, content,
				this.currentUser.userId(), this.currentUser.groupIds()));
	}

	/**
	 * The file, shown in the browser (or downloaded with {@code download=true}), with the type its content
	 * was recognised as, never the uploader's claim.
	 */
	@GetMapping("/attachments/{attachmentId}/content")
	ResponseEntity<byte[]> content(@PathVariable String attachmentId,
			@RequestParam(name = "download", defaultValue = "false") boolean download) {
		StoredFile file = this.attachments.content(attachmentId, this.currentUser.userId(), this.currentUser.groupIds());
		ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(file.attachment().fileName(), StandardCharsets.UTF_8)
			.build();
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType(file.attachment().contentType()));
		headers.setContentDisposition(disposition);
		headers.set("X-Content-Type-Options", "nosniff");
		headers.setCacheControl("private, no-store");
		if (file.attachment().format() != FileFormat.PDF) {
			headers.set("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
		}
		return new ResponseEntity<>(file.content(), headers, HttpStatus.OK);
	}

	@DeleteMapping("/attachments/{attachmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String attachmentId) {
		this.attachments.delete(attachmentId, this.currentUser.userId(), this.currentUser.groupIds());
	}

	/** The printable 申报评审表 (A21) as PDF, for whoever may read the application. */
	@GetMapping(path = "/applications/{applicationId}/form.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> formPdf(@PathVariable String applicationId,
			@RequestParam(name = "download", defaultValue = "false") boolean download) {
		Application application = this.attachments.readable(applicationId, this.currentUser.userId(),
				this.currentUser.groupIds());
		byte[] pdf = this.formPdf.render(application);
		String name = "申报评审表-" + application.name() + "-" + application.reviewYear() + ".pdf";
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_PDF);
		headers.setContentDisposition((download ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(name, StandardCharsets.UTF_8)
			.build());
		headers.setCacheControl("private, no-store");
		return new ResponseEntity<>(pdf, headers, HttpStatus.OK);
	}

	/** The materials page's data. */
	record Materials(String applicationId, String applicant, int reviewYear, String target, String status,
			String statusLabel, boolean mayUpload, boolean mayDelete, List<KindView> kinds,
			List<AttachmentView> attachments) {
	}

	record KindView(String kind, String label, String rule, long maxBytes, String maxSize, List<String> formats) {
	}

	record AttachmentView(String id, String kind, String kindLabel, String fileName, String contentType, long size,
			String sizeLabel, String sha256, String uploadedBy, String uploadedAt) {

		static AttachmentView of(Attachment a) {
			return new AttachmentView(a.id(), a.kind().name(), a.kind().label(), a.fileName(), a.contentType(),
					a.sizeBytes(), AttachmentService.size(a.sizeBytes()), a.sha256(), a.createdBy(),
					a.createdAt() == null ? null : a.createdAt().withNano(0).toString().replace('T', ' '));
		}

	}

}
