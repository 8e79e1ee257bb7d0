package cn.zhicheng.common;

/** 职称 levels (domain.md glossary). */
public enum TitleLevel {

	JUNIOR("初级"), INTERMEDIATE("中级"), ASSOCIATE_SENIOR("副高级"), SENIOR("正高级");

	private final String label;

	TitleLevel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
