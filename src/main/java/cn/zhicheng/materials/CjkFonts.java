package cn.zhicheng.materials;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The Chinese fonts of generated PDFs: Noto Sans SC (SIL Open Font License 1.1) as TrueType from the
 * Maven Central artifact {@code com.helger.font:ph-fonts-noto-sans-sc}, so that a fresh machine needs
 * nothing installed. Embedded as subsets (only the glyphs used). Characters the font lacks (rare
 * characters of CJK Extension B and beyond, e.g. 𠀀) are looked up in the optional fallback TrueType
 * files {@code zhicheng.materials.pdf-fallback-fonts}; without one they print as □.
 *
 * <p>
 * The font files are read once (about 10 MB each) and parsed per document: fontbox's parsed fonts are
 * not thread-safe.
 */
@Component
public class CjkFonts {

	static final String REGULAR = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

	static final String BOLD = "fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";

	private final List<Path> fallbackFiles;

	private volatile byte[] regular;

	private volatile byte[] bold;

	private volatile List<byte[]> fallbacks;

	CjkFonts(MaterialsProperties properties) {
		this.fallbackFiles = properties.pdfFallbackFonts();
	}

	/** The fonts for one document, embedded as subsets when the document is saved. */
	public FontSet open(PDDocument document) throws IOException {
		load();
		List<FontSet.Face> fallbackFaces = new ArrayList<>();
		for (byte[] file : this.fallbacks) {
			fallbackFaces.add(face(document, file));
		}
		return new FontSet(face(document, this.regular), face(document, this.bold), fallbackFaces);
	}

	private static FontSet.Face face(PDDocument document, byte[] file) throws IOException {
		TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(file));
		return new FontSet.Face(PDType0Font.load(document, ttf, true), ttf.getUnicodeCmapLookup());
	}

	private void load() {
		if (this.fallbacks != null) {
			return;
		}
		synchronized (this) {
			if (this.fallbacks != null) {
				return;
			}
			this.regular = classpath(REGULAR);
			this.bold = classpath(BOLD);
			List<byte[]> files = new ArrayList<>();
			for (Path path : this.fallbackFiles) {
				try {
					files.add(Files.readAllBytes(path));
				}
				catch (IOException ex) {
					throw new UncheckedIOException("无法读取备用字体 " + path + "（zhicheng.materials.pdf-fallback-fonts）", ex);
				}
			}
			this.fallbacks = List.copyOf(files);
		}
	}

	private static byte[] classpath(String resource) {
		try (InputStream in = CjkFonts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("缺少中文字体 " + resource + "（依赖 com.helger.font:ph-fonts-noto-sans-sc）");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
