package cn.zhicheng.qualification;

import java.util.List;

import cn.zhicheng.common.TitleLevel;

/** What a rule may consult: the facts, the pack, the data port and the baseline decision table. */
record RuleContext(ApplicantFacts facts, PolicyPack pack, QualificationData data, BaselineConditions baseline) {

	/** The label of the level below, e.g. 中级 for 副高级; 无 for 初级. */
	static String lowerLabel(TitleLevel level) {
		return level.ordinal() == 0 ? "无" : TitleLevel.values()[level.ordinal() - 1].label();
	}

	boolean targetSeriesIn(List<String> series) {
		return series.contains(this.facts.targetSeries());
	}

	/** "工作地（530326）". */
	String regionLabel() {
		return "工作地（" + this.facts.regionCode() + "）";
	}

}
