package cn.zhicheng.draw;

/**
 * What the caller of the draw gives (the call activity's in variables), plus where it runs.
 *
 * @param drawnBy the user who triggered the draw, or "system"
 */
public record DrawRequest(String cycleId, String committeeCode, Integer reviewYear, String officeGroupId,
		String supervisionGroupId, String processInstanceId, String drawnBy) {
}
