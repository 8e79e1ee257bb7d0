package cn.zhicheng.qualification;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the policy packs are: {@code zhicheng.policy-packs.directory}, default {@code ./config/policy-packs}
 * (relative to the working directory, like the other operator-editable configuration). Register with
 * {@code @EnableConfigurationProperties(PolicyPackProperties.class)} and load with
 * {@link PolicyPacks#load(Path)}.
 */
@ConfigurationProperties("zhicheng.policy-packs")
public record PolicyPackProperties(Path directory) {

	public static final Path DEFAULT_DIRECTORY = Path.of("config", "policy-packs");

	public PolicyPackProperties {
		directory = directory == null ? DEFAULT_DIRECTORY : directory;
	}

}
