package cn.zhicheng.draw;

import java.util.List;

/** An import refused as a whole, with every problem found, row by row (rows count from 1). */
class ImportRejected extends RuntimeException {

	private final List<RowError> errors;

	ImportRejected(String message, List<RowError> errors) {
		super(message);
		this.errors = List.copyOf(errors);
	}

	List<RowError> errors() {
		return this.errors;
	}

	record RowError(int row, String userId, String field, String rule, String message) {
	}

}
