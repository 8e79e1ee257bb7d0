package cn.zhicheng.materials;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.web.multipart.MultipartFile;

/** Cell conversions and checks shared by the imports. */
final class ImportSupport {

	static final Set<String> YES = Set.of("是", "Y", "YES", "TRUE", "1", "√", "✓", "有");

	static final Set<String> NO = Set.of("否", "N", "NO", "FALSE", "0", "×", "无");

	private ImportSupport() {
	}

	/** The uploaded file's bytes, refusing an empty upload and anything but .xlsx by content. */
	static byte[] bytes(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw ImportRefused.file("文件格式", "请选择要导入的 .xlsx 文件（字段 file）");
		}
		try {
			byte[] content = file.getBytes();
			// .xlsx is a ZIP container: PK\3\4
			if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
				throw ImportRefused.file("文件格式", "文件“" + file.getOriginalFilename()
						+ "”不是 .xlsx 工作簿（旧版 .xls 请在 Excel 或 WPS 中另存为 .xlsx）");
			}
			return content;
		}
		catch (IOException ex) {
			throw ImportRefused.file("文件格式", "无法读取上传的文件");
		}
	}

	/** The code of an enum value given as its code or its Chinese label; anything else is returned unchanged. */
	static <E extends Enum<E>> String code(String value, Class<E> type, Function<E, String> label) {
		if (value == null) {
			return null;
		}
		String v = Spreadsheets.normalise(value);
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(v) || Spreadsheets.normalise(label.apply(constant)).equals(v)) {
				return constant.name();
			}
		}
		return value;
	}

	static <E extends Enum<E>> List<String> labels(Class<E> type, Function<E, String> label) {
		return Arrays.stream(type.getEnumConstants()).map(label).toList();
	}

	static <E extends Enum<E>> String table(Class<E> type, Function<E, String> label) {
		return Arrays.stream(type.getEnumConstants())
			.map(e -> label.apply(e) + "（" + e.name() + "）")
			.collect(Collectors.joining("、"));
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String newId() {
		return UUID.randomUUID().toString();
	}

}
