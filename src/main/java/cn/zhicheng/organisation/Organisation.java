package cn.zhicheng.organisation;

/**
 * An organisation of the procedure, identified by its 统一社会信用代码. Its staff share one inbox: the
 * Camunda group {@code groupId}, derived from the credit code.
 *
 * @param parentCreditCode the supervising organisation, e.g. a unit's competent department
 * @param unitLevel only for employer units
 */
public record Organisation(String creditCode, String name, OrganisationKind kind, String regionCode,
		String parentCreditCode, UnitLevel unitLevel, String groupId) {

	/** The Camunda group id of an organisation: its credit code, which fits Camunda's id whitelist. */
	public static String groupIdOf(String creditCode) {
		return creditCode;
	}

}
