package cn.zhicheng.supervision;

/**
 * The plugin's filters, all optional: review year, committee code, region code (the committee's region or
 * a region above it), track ({@code GENERAL}/{@code DIRECTED}, applications only) and process key.
 */
record BottleneckFilter(Integer year, String committee, String region, String track, String processKey) {

	static BottleneckFilter of(Integer year, String committee, String region, String track, String processKey) {
		return new BottleneckFilter(year, blankToNull(committee), blankToNull(region), blankToNull(track),
				blankToNull(processKey));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
