package cn.zhicheng.materials;

/** The file formats evidence may have, recognised by content ({@link ContentInspector}), never by name. */
enum FileFormat {

	PDF("PDF", "application/pdf"), JPEG("JPEG 图片", "image/jpeg"), PNG("PNG 图片", "image/png");

	private final String label;

	private final String mediaType;

	FileFormat(String label, String mediaType) {
		this.label = label;
		this.mediaType = mediaType;
	}

	String label() {
		return this.label;
	}

	String mediaType() {
		return this.mediaType;
	}

	static FileFormat ofMediaType(String mediaType) {
		for (FileFormat format : values()) {
			if (format.mediaType.equals(mediaType)) {
				return format;
			}
		}
		throw new IllegalArgumentException("未知的文件格式：" + mediaType);
	}

}
