package cn.zhicheng.application;

import org.camunda.bpm.engine.exception.NotValidException;

/** Signed opinions (意见) of the people in the procedure: required, at most 1000 characters, no markup. */
final class Opinions {

	static final int MAX = 1000;

	private Opinions() {
	}

	static String require(String opinion, String label, String rule) {
		if (opinion == null || opinion.isBlank()) {
			throw new NotValidException(label + "不能为空（" + rule + "）");
		}
		String clean = opinion.strip();
		if (clean.codePointCount(0, clean.length()) > MAX) {
			throw new NotValidException(label + "不能超过" + MAX + "字（" + rule + "）");
		}
		if (clean.contains("<") || clean.contains(">")) {
			throw new NotValidException(label + "不能包含 < 或 > 等网页标记字符");
		}
		return clean;
	}

}
