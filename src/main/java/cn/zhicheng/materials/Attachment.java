package cn.zhicheng.materials;

import java.time.LocalDateTime;

/** One evidence file of an application (row of {@code zc_attachment}, without its content). */
record Attachment(String id, String applicationId, AttachmentKind kind, String fileName, String contentType,
		long sizeBytes, String sha256, LocalDateTime createdAt, String createdBy) {

	FileFormat format() {
		return FileFormat.ofMediaType(this.contentType);
	}

}
