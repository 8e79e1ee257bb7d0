package cn.zhicheng.calendar;

/** Why a date is or is not a working day (工作日, domain.md "Working days"). */
public enum DayKind {

	/** Monday to Friday, not a statutory holiday. */
	WORKDAY("工作日", true),

	/** Saturday or Sunday, not a make-up day. */
	WEEKEND("周末", false),

	/** A statutory holiday or a day off shifted into the holiday (listed with isOffDay=true). */
	HOLIDAY("法定节假日", false),

	/** 调休上班: a weekend day the State Council made a working day (listed with isOffDay=false). */
	MAKE_UP_WORKDAY("调休上班", true);

	private final String label;

	private final boolean working;

	DayKind(String label, boolean working) {
		this.label = label;
		this.working = working;
	}

	public String label() {
		return this.label;
	}

	public boolean isWorking() {
		return this.working;
	}

}
