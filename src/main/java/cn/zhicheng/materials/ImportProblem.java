package cn.zhicheng.materials;

/**
 * One reason a spreadsheet import was refused: where (sheet, row number as Excel shows it, column letter
 * and heading), which field and rule, and a Chinese message.
 */
record ImportProblem(String sheet, int row, String column, String heading, String field, String rule,
		String message) {

	/** "第 57 行 C 列（身份证号码）：…" for logs and the summary message. */
	String describe() {
		StringBuilder where = new StringBuilder("“").append(this.sheet).append("”");
		if (this.row > 0) {
			where.append("第 ").append(this.row).append(" 行");
		}
		if (this.column != null) {
			where.append(" ").append(this.column).append(" 列");
		}
		if (this.heading != null) {
			where.append("（").append(this.heading).append("）");
		}
		return where + "：" + this.message;
	}

}
