package cn.zhicheng.common;

/**
 * Read-only texts shown in a task form (lists of names, summaries) are String process variables, which
 * Camunda stores in a 4000-character column (ACT_RU_VARIABLE.TEXT_, ACT_HI_VARINST, ACT_HI_DETAIL; on
 * MySQL and H2 a longer value fails the whole transaction). A cycle with a few hundred applicants produces
 * longer lists; the form shows the beginning and says where the whole list is. The records (tables,
 * exports, archive) always hold everything.
 */
public final class FormText {

	/** Below Camunda's 4000 characters, with room for the note. */
	public static final int MAX_LENGTH = 3800;

	private FormText() {
	}

	/**
	 * The text if it fits, otherwise its first lines up to {@link #MAX_LENGTH} characters and a note
	 * "……（共 n 字，以下从略；{@code whereInFull}）".
	 */
	public static String fit(String text, String whereInFull) {
		if (text == null || text.length() <= MAX_LENGTH) {
			return text;
		}
		String note = "\n……（共" + text.length() + "字，以下从略；" + whereInFull + "）";
		int cut = MAX_LENGTH - note.length();
		int lineEnd = text.lastIndexOf('\n', cut);
		String head = lineEnd > cut / 2 ? text.substring(0, lineEnd) : text.substring(0, cut);
		return head + note;
	}

}
