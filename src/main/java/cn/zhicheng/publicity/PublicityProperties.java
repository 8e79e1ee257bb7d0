package cn.zhicheng.publicity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Abuse limits of the public complaint form ({@code zhicheng.publicity.*}), counted in the database so
 * that they hold across nodes.
 *
 * @param complaintsPerAddressPerHour complaints one network address may lodge against one publicity
 * within an hour (default 3)
 * @param complaintsPerHour complaints one publicity accepts within an hour from everyone (default 200)
 */
@ConfigurationProperties("zhicheng.publicity")
public record PublicityProperties(Integer complaintsPerAddressPerHour, Integer complaintsPerHour) {

	public PublicityProperties {
		complaintsPerAddressPerHour = complaintsPerAddressPerHour == null ? 3 : complaintsPerAddressPerHour;
		complaintsPerHour = complaintsPerHour == null ? 200 : complaintsPerHour;
	}

}
