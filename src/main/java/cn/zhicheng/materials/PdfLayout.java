package cn.zhicheng.materials;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A small flowing layout on A4 pages for forms: headings, paragraphs and bordered tables whose cells wrap
 * Chinese text (no line starts with closing punctuation), with rows that move to the next page, or split
 * across pages when taller than a page. Knows nothing about applications.
 */
final class PdfLayout {

	static final PDRectangle PAGE = PDRectangle.A4;

	static final float MARGIN_X = 54;

	static final float MARGIN_TOP = 64;

	static final float MARGIN_BOTTOM = 60;

	static final float TEXT_SIZE = 10;

	static final float LEADING = 1.5f;

	static final float PADDING = 4;

	/** Characters that may not begin a line (避头): they hang at the end of the previous one. */
	private static final String CLOSING = "，。、；：？！）》」』”’％,.;:?!)]}…·";

	/** Characters that may not end a line (避尾). */
	private static final String OPENING = "（《「『“‘([{";

	private final PDDocument document;

	private final FontSet fonts;

	private PDPage page;

	private PDPageContentStream content;

	private float y;

	PdfLayout(PDDocument document, FontSet fonts) {
		this.document = document;
		this.fonts = fonts;
	}

	FontSet fonts() {
		return this.fonts;
	}

	static float left() {
		return MARGIN_X;
	}

	static float width() {
		return PAGE.getWidth() - 2 * MARGIN_X;
	}

	float y() {
		return this.y;
	}

	void newPage() throws IOException {
		closePage();
		this.page = new PDPage(PAGE);
		this.document.addPage(this.page);
		this.content = new PDPageContentStream(this.document, this.page);
		this.y = PAGE.getHeight() - MARGIN_TOP;
	}

	/** Starts a new page unless {@code height} points fit below the cursor. */
	void ensure(float height) throws IOException {
		if (this.page == null || this.y - height < MARGIN_BOTTOM) {
			newPage();
		}
	}

	void gap(float height) {
		this.y -= height;
	}

	/** Moves the cursor to {@code fromTop} points below the top of the page (cover pages). */
	void moveTo(float fromTop) {
		this.y = PAGE.getHeight() - fromTop;
	}

	/** One line of text, centred. */
	void centered(String text, float size, boolean heavy) throws IOException {
		ensure(size * LEADING);
		float w = this.fonts.width(text, heavy, size);
		this.y -= size * LEADING;
		this.fonts.show(this.content, text, heavy, size, left() + (width() - w) / 2, this.y + size * 0.35f);
	}

	/** A table heading such as "表一：基本情况", kept together with at least {@code keep} points after it. */
	void heading(String text, float keep) throws IOException {
		ensure(16 * LEADING + 6 + keep);
		this.y -= 6;
		centered(text, 15, true);
		this.y -= 6;
	}

	/** Wrapped text across the full width, flowing onto new pages. */
	void paragraph(String text, float size, boolean heavy) throws IOException {
		for (String line : wrap(text, width(), size, heavy)) {
			ensure(size * LEADING);
			this.y -= size * LEADING;
			this.fonts.show(this.content, line, heavy, size, left(), this.y + size * 0.35f);
		}
	}

	/** Text at the right edge (signature lines under a table). */
	void right(String text, float size) throws IOException {
		ensure(size * LEADING);
		this.y -= size * LEADING;
		float w = this.fonts.width(text, false, size);
		this.fonts.show(this.content, text, false, size, left() + width() - w, this.y + size * 0.35f);
	}

	/** A label and an underlined value, centred as a block (cover page). */
	void underlined(String label, String value, float size, float labelWidth, float valueWidth) throws IOException {
		ensure(size * 2.4f);
		this.y -= size * 2.4f;
		float x = left() + (width() - labelWidth - valueWidth) / 2;
		this.fonts.show(this.content, label, false, size, x, this.y);
		String shown = fit(value, valueWidth, size);
		float w = this.fonts.width(shown, false, size);
		this.fonts.show(this.content, shown, false, size, x + labelWidth + (valueWidth - w) / 2, this.y);
		this.content.setLineWidth(0.6f);
		this.content.moveTo(x + labelWidth, this.y - 4);
		this.content.lineTo(x + labelWidth + valueWidth, this.y - 4);
		this.content.stroke();
	}

	/** A table whose columns have the given relative widths. */
	Table table(float... relativeWidths) {
		return new Table(relativeWidths);
	}

	/**
	 * The text wrapped to {@code maxWidth}; a line break in the text starts a new line. Lines break between
	 * Chinese characters or at spaces, never inside a Latin word or number, never before closing
	 * punctuation (避头) nor after opening punctuation (避尾).
	 */
	List<String> wrap(String text, float maxWidth, float size, boolean heavy) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			int lastAllowed = -1;
			int previous = -1;
			for (int i = 0; i < paragraph.length();) {
				int cp = paragraph.codePointAt(i);
				i += Character.charCount(cp);
				boolean allowed = previous >= 0 && mayBreak(previous, cp);
				if (allowed) {
					lastAllowed = line.length();
				}
				float width = this.fonts.width(line.toString(), heavy, size) + this.fonts.width(cp, heavy, size);
				if (width > maxWidth && line.length() > 0) {
					int at = allowed ? line.length() : lastAllowed > 0 ? lastAllowed : line.length();
					lines.add(line.substring(0, at).stripTrailing());
					line = new StringBuilder(line.substring(at).stripLeading());
					lastAllowed = -1;
				}
				if (!(cp == ' ' && line.length() == 0)) {
					line.appendCodePoint(cp);
				}
				previous = cp;
			}
			lines.add(line.toString());
		}
		return lines;
	}

	/** Whether a line may end after {@code before} and the next begin with {@code after}. */
	static boolean mayBreak(int before, int after) {
		if (CLOSING.indexOf(after) >= 0 || OPENING.indexOf(before) >= 0) {
			return false;
		}
		return !(latin(before) && latin(after));
	}

	private static boolean latin(int cp) {
		return cp < 0x2E80 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '.' || cp == '/' || cp == '@'
				|| cp == '_' || cp == '%');
	}

	/** The text shortened with … to fit one line. */
	String fit(String text, float maxWidth, float size) {
		if (this.fonts.width(text, false, size) <= maxWidth) {
			return text;
		}
		StringBuilder shown = new StringBuilder();
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			if (this.fonts.width(shown + new String(Character.toChars(cp)) + "…", false, size) > maxWidth) {
				break;
			}
			shown.appendCodePoint(cp);
		}
		return shown + "…";
	}

	/**
	 * Ends the document: a running header (not on the first page) and "第 n 页 共 N 页" on every page,
	 * then the PDF bytes.
	 */
	byte[] finish(String header) throws IOException {
		closePage();
		int total = this.document.getNumberOfPages();
		for (int i = 0; i < total; i++) {
			PDPage p = this.document.getPage(i);
			try (PDPageContentStream stream = new PDPageContentStream(this.document, p, AppendMode.APPEND, true, true)) {
				stream.setNonStrokingColor(0.35f);
				String footer = "第 " + (i + 1) + " 页　共 " + total + " 页";
				float fw = this.fonts.width(footer, false, 9);
				this.fonts.show(stream, footer, false, 9, (PAGE.getWidth() - fw) / 2, MARGIN_BOTTOM - 28);
				if (i > 0) {
					String shown = fit(header, width(), 8);
					this.fonts.show(stream, shown, false, 8, left(), PAGE.getHeight() - MARGIN_TOP + 22);
					stream.setStrokingColor(0.6f);
					stream.setLineWidth(0.4f);
					stream.moveTo(left(), PAGE.getHeight() - MARGIN_TOP + 17);
					stream.lineTo(left() + width(), PAGE.getHeight() - MARGIN_TOP + 17);
					stream.stroke();
				}
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.document.save(out);
		return out.toByteArray();
	}

	private void closePage() throws IOException {
		if (this.content != null) {
			this.content.close();
			this.content = null;
		}
	}

	/** How a cell's text sits horizontally. */
	enum Align {

		LEFT, CENTER, RIGHT

	}

	/**
	 * One cell: text, the number of columns it spans, whether it is a label (shaded, centred), its
	 * minimum height, and open top or bottom borders (to draw a cell that visually spans rows).
	 */
	record Cell(String text, int span, boolean label, Align align, float minHeight, boolean openTop,
			boolean openBottom) {

		static Cell label(String text) {
			return new Cell(text, 1, true, Align.CENTER, 0, false, false);
		}

		static Cell value(String text) {
			return new Cell(text, 1, false, Align.LEFT, 0, false, false);
		}

		static Cell centered(String text) {
			return new Cell(text, 1, false, Align.CENTER, 0, false, false);
		}

		Cell span(int columns) {
			return new Cell(this.text, columns, this.label, this.align, this.minHeight, this.openTop, this.openBottom);
		}

		Cell minHeight(float height) {
			return new Cell(this.text, this.span, this.label, this.align, height, this.openTop, this.openBottom);
		}

		Cell align(Align alignment) {
			return new Cell(this.text, this.span, this.label, alignment, this.minHeight, this.openTop, this.openBottom);
		}

		Cell open(boolean top, boolean bottom) {
			return new Cell(this.text, this.span, this.label, this.align, this.minHeight, top, bottom);
		}

	}

	/** A bordered table, drawn row by row at the cursor. */
	final class Table {

		private final float[] columns;

		private Table(float[] relativeWidths) {
			float sum = 0;
			for (float w : relativeWidths) {
				sum += w;
			}
			this.columns = new float[relativeWidths.length];
			for (int i = 0; i < relativeWidths.length; i++) {
				this.columns[i] = width() * relativeWidths[i] / sum;
			}
		}

		/** Draws one row; its cells' spans must add up to the number of columns. */
		Table row(Cell... cells) throws IOException {
			int spanned = 0;
			for (Cell cell : cells) {
				spanned += cell.span();
			}
			if (spanned != this.columns.length) {
				throw new IllegalArgumentException("单元格跨列之和 " + spanned + " 与列数 " + this.columns.length + " 不符");
			}
			float size = TEXT_SIZE;
			float leading = size * LEADING;
			float[] x = new float[cells.length];
			float[] w = new float[cells.length];
			List<List<String>> lines = new ArrayList<>();
			float minHeight = 0;
			int column = 0;
			for (int i = 0; i < cells.length; i++) {
				x[i] = left();
				for (int c = 0; c < column; c++) {
					x[i] += this.columns[c];
				}
				for (int c = column; c < column + cells[i].span(); c++) {
					w[i] += this.columns[c];
				}
				column += cells[i].span();
				lines.add(wrap(cells[i].text() == null ? "" : cells[i].text(), w[i] - 2 * PADDING, size, false));
				minHeight = Math.max(minHeight, cells[i].minHeight());
			}
			int[] next = new int[cells.length];
			boolean first = true;
			float pageRoom = PAGE.getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
			while (true) {
				int remaining = 0;
				for (int i = 0; i < cells.length; i++) {
					remaining = Math.max(remaining, lines.get(i).size() - next[i]);
				}
				float needed = Math.max(remaining * leading + 2 * PADDING, first ? minHeight : 0);
				if (page == null) {
					newPage();
				}
				float room = PdfLayout.this.y - MARGIN_BOTTOM;
				if (needed <= room) {
					drawSegment(cells, x, w, lines, next, remaining, needed, leading, size, !first, false);
					PdfLayout.this.y -= needed;
					return this;
				}
				int fit = (int) Math.floor((room - 2 * PADDING) / leading);
				if ((first && needed <= pageRoom) || fit < 3) {
					newPage();
					continue;
				}
				drawSegment(cells, x, w, lines, next, fit, room, leading, size, !first, true);
				for (int i = 0; i < cells.length; i++) {
					next[i] = Math.min(lines.get(i).size(), next[i] + fit);
				}
				newPage();
				first = false;
			}
		}

		private void drawSegment(Cell[] cells, float[] x, float[] w, List<List<String>> lines, int[] next, int count,
				float height, float leading, float size, boolean continued, boolean continues) throws IOException {
			float top = PdfLayout.this.y;
			float bottom = top - height;
			for (int i = 0; i < cells.length; i++) {
				if (cells[i].label()) {
					content.setNonStrokingColor(0.93f);
					content.addRect(x[i], bottom, w[i], height);
					content.fill();
				}
			}
			content.setNonStrokingColor(0f);
			content.setStrokingColor(0f);
			content.setLineWidth(0.6f);
			for (int i = 0; i < cells.length; i++) {
				content.moveTo(x[i], top);
				content.lineTo(x[i], bottom);
				content.moveTo(x[i] + w[i], top);
				content.lineTo(x[i] + w[i], bottom);
				if (!cells[i].openTop() || continued) {
					content.moveTo(x[i], top);
					content.lineTo(x[i] + w[i], top);
				}
				if (!cells[i].openBottom() || continues) {
					content.moveTo(x[i], bottom);
					content.lineTo(x[i] + w[i], bottom);
				}
				content.stroke();
			}
			for (int i = 0; i < cells.length; i++) {
				List<String> cellLines = lines.get(i);
				int from = next[i];
				int to = Math.min(cellLines.size(), from + count);
				int shown = Math.max(0, to - from);
				// a box with a set height (a summary, an opinion) and a split row start at the top; else centred
				float offset = continued || continues || (cells[i].minHeight() > 0 && !cells[i].label()) ? PADDING
						: (height - shown * leading) / 2;
				for (int l = from; l < to; l++) {
					String line = cellLines.get(l);
					float lineWidth = fonts.width(line, false, size);
					float lx = switch (cells[i].align()) {
						case LEFT -> x[i] + PADDING;
						case CENTER -> x[i] + (w[i] - lineWidth) / 2;
						case RIGHT -> x[i] + w[i] - PADDING - lineWidth;
					};
					float baseline = top - offset - (l - from) * leading - leading / 2 - 0.36f * size;
					fonts.show(content, line, false, size, lx, baseline);
				}
			}
		}

	}

}
