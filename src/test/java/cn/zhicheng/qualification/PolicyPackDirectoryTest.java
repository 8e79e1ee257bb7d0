package cn.zhicheng.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * config/policy-packs re-read without restart (issue 9, "policy as data"): an administrator adds a county
 * to the DY1 scope and the next check follows it; a broken edit keeps the previous packs in force.
 */
class PolicyPackDirectoryTest {

	static final String DIRECTED = "yunnan-2020-directed.yaml";

	/** 大理州洱源县: in Yunnan (the pack applies) but not in the DY1 scope as shipped. */
	static final String ERYUAN = "532930";

	@TempDir
	Path directory;

	final HandClock clock = new HandClock();

	PolicyPackDirectory packs;

	@BeforeEach
	void copyTheShippedPacks() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("config", "policy-packs"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
				Files.copy(file, this.directory.resolve(file.getFileName()));
			}
		}
		this.packs = new PolicyPackDirectory(this.directory, Duration.ofSeconds(5), this.clock);
	}

	@Test
	void aCountyAddedToTheDirectedScopeAppliesAfterTheRefreshInterval() throws IOException {
		assertThat(scopeCodes()).doesNotContain(ERYUAN);
		edit(DIRECTED, "    - {code: \"532627\", name: 文山州广南县}\n",
				"    - {code: \"532627\", name: 文山州广南县}\n    - {code: \"532930\", name: 大理州洱源县}\n");

		this.clock.advance(Duration.ofSeconds(4));
		assertThat(scopeCodes()).as("not looked at again within the interval").doesNotContain(ERYUAN);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(scopeCodes()).contains(ERYUAN);
		assertThat(this.packs.problem()).isNull();
	}

	@Test
	void aBrokenEditKeepsThePreviousPacksUntilItIsFixed() throws IOException {
		String shipped = Files.readString(this.directory.resolve(DIRECTED));
		edit(DIRECTED, "track: DIRECTED", "track: SOMETIMES");
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(this.packs.get().byId("YUNNAN-2020-DIRECTED")).isPresent();
		assertThat(this.packs.problem()).contains(DIRECTED);

		Files.writeString(this.directory.resolve(DIRECTED), shipped.replace("    - {code: \"532627\", name: 文山州广南县}\n",
				"    - {code: \"532627\", name: 文山州广南县}\n    - {code: \"532930\", name: 大理州洱源县}\n"));
		touch(DIRECTED);
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(scopeCodes()).contains(ERYUAN);
		assertThat(this.packs.problem()).isNull();
	}

	@Test
	void aNewPackFileIsPickedUpAndABrokenDirectoryFailsAtStartUp() throws IOException {
		String general = Files.readString(this.directory.resolve("yunnan-general.yaml"));
		Files.writeString(this.directory.resolve("test-2030.yaml"), general.replace("id: YUNNAN-GENERAL", "id: TEST-2030"));
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(this.packs.get().byId("TEST-2030")).isPresent();

		Files.writeString(this.directory.resolve("broken.yaml"), "id: [");
		assertThatThrownBy(() -> new PolicyPackDirectory(this.directory, Duration.ofSeconds(5), this.clock))
			.hasMessageContaining("broken.yaml");
	}

	private java.util.List<String> scopeCodes() {
		return this.packs.get()
			.byId("YUNNAN-2020-DIRECTED")
			.orElseThrow()
			.scope()
			.regions()
			.stream()
			.map(PolicyPack.Region::code)
			.toList();
	}

	private void edit(String file, String from, String to) throws IOException {
		Path path = this.directory.resolve(file);
		String text = Files.readString(path);
		assertThat(text).contains(from);
		Files.writeString(path, text.replace(from, to));
		touch(file);
	}

	/** A file system may keep the modification time within its resolution; make the change visible. */
	private void touch(String file) throws IOException {
		Path path = this.directory.resolve(file);
		Files.setLastModifiedTime(path, FileTime.fromMillis(Files.getLastModifiedTime(path).toMillis() + 2000));
	}

	static final class HandClock extends Clock {

		private Instant now = Instant.parse("2025-06-01T02:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Asia/Shanghai");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
