package cn.zhicheng.materials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The fonts of one PDF: regular and bold Chinese faces and optional fallbacks for characters they lack.
 * Measures and draws text code point by code point, each in the first face that has its glyph; a
 * character no face has is drawn as □ (never an exception halfway through a document).
 */
public final class FontSet {

	static final int MISSING = '□';

	private final Face regular;

	private final Face bold;

	private final List<Face> fallbacks;

	private final Map<Long, Float> widths = new HashMap<>();

	FontSet(Face regular, Face bold, List<Face> fallbacks) {
		this.regular = regular;
		this.bold = bold;
		this.fallbacks = fallbacks;
	}

	/** A font and its Unicode cmap (to know whether it has a glyph). */
	record Face(PDFont font, CmapLookup cmap) {

		boolean has(int codePoint) {
			return this.cmap.getGlyphId(codePoint) != 0;
		}

	}

	/** Whether some face can draw the character. */
	public boolean canDraw(int codePoint) {
		return face(codePoint, false) != null;
	}

	/** The width of {@code text} in points. */
	public float width(String text, boolean heavy, float size) {
		float width = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			width += width(cp, heavy, size);
			i += Character.charCount(cp);
		}
		return width;
	}

	float width(int codePoint, boolean heavy, float size) {
		long key = ((long) codePoint << 1) | (heavy ? 1 : 0);
		Float perEm = this.widths.get(key);
		if (perEm == null) {
			int drawn = drawable(codePoint, heavy);
			Face face = face(drawn, heavy);
			try {
				perEm = face.font().getStringWidth(new String(Character.toChars(drawn))) / 1000f;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.widths.put(key, perEm);
		}
		return perEm * size;
	}

	/** Draws one line of text with its baseline at (x, y), switching faces where a glyph requires it. */
	public void show(PDPageContentStream content, String text, boolean heavy, float size, float x, float y)
			throws IOException {
		if (text.isEmpty()) {
			return;
		}
		content.beginText();
		content.newLineAtOffset(x, y);
		Face current = null;
		StringBuilder run = new StringBuilder();
		for (int i = 0; i < text.length();) {
			int cp = drawable(text.codePointAt(i), heavy);
			i += Character.charCount(text.codePointAt(i));
			Face face = face(cp, heavy);
			if (face != current && run.length() > 0) {
				content.setFont(current.font(), size);
				content.showText(run.toString());
				run.setLength(0);
			}
			current = face;
			run.appendCodePoint(cp);
		}
		content.setFont(current.font(), size);
		content.showText(run.toString());
		content.endText();
	}

	/** The character itself if some face has it, otherwise □. Tabs become spaces. */
	private int drawable(int codePoint, boolean heavy) {
		int cp = codePoint == '\t' ? ' ' : codePoint;
		return face(cp, heavy) != null ? cp : MISSING;
	}

	private Face face(int codePoint, boolean heavy) {
		Face preferred = heavy ? this.bold : this.regular;
		if (preferred.has(codePoint)) {
			return preferred;
		}
		if (this.regular.has(codePoint)) {
			return this.regular;
		}
		for (Face fallback : this.fallbacks) {
			if (fallback.has(codePoint)) {
				return fallback;
			}
		}
		return null;
	}

}
