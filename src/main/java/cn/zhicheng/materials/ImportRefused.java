package cn.zhicheng.materials;

import java.util.List;

/**
 * A spreadsheet import that imported nothing (all rows or none), with every problem found. Becomes HTTP
 * 400 with the problems per row and field ({@link MaterialsExceptionHandler}).
 */
class ImportRefused extends RuntimeException {

	private final String rule;

	private final int rows;

	private final List<ImportProblem> problems;

	ImportRefused(String rule, int rows, List<ImportProblem> problems) {
		super(summary(rows, problems));
		this.rule = rule;
		this.rows = rows;
		this.problems = List.copyOf(problems);
	}

	/** A problem with the file as a whole (not a spreadsheet, no data, too many rows…). */
	static ImportRefused file(String rule, String message) {
		return new ImportRefused(rule, 0, List.of(new ImportProblem("文件", 0, null, null, "file", rule, message)));
	}

	String rule() {
		return this.rule;
	}

	int rows() {
		return this.rows;
	}

	List<ImportProblem> problems() {
		return this.problems;
	}

	private static String summary(int rows, List<ImportProblem> problems) {
		String first = problems.isEmpty() ? "" : problems.get(0).describe();
		if (rows == 0) {
			return "未导入任何数据：" + first;
		}
		return "未导入任何数据：" + rows + " 行中有 " + problems.stream().map(p -> p.sheet() + p.row()).distinct().count()
				+ " 行有误（共 " + problems.size() + " 处），请改正后重新导入整个文件。第一处：" + first;
	}

}
