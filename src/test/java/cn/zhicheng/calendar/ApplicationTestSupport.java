package cn.zhicheng.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application as it runs with the demo profile (demo/demo is an administrator), on a private
 * in-memory H2 database, with the job executor off (tests execute jobs themselves) and the calendar
 * directory a copy of config/calendar that tests may add files to. Every test class that extends this
 * shares one application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:zhicheng-calendar-test;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false", "zhicheng.calendar.refresh-interval=100ms" })
@ActiveProfiles("demo")
abstract class ApplicationTestSupport {

	static final Path CALENDAR_DIRECTORY = copyOfShippedCalendar();

	@DynamicPropertySource
	static void calendarDirectory(DynamicPropertyRegistry registry) {
		registry.add("zhicheng.calendar.directory", CALENDAR_DIRECTORY::toString);
	}

	private static Path copyOfShippedCalendar() {
		try {
			Path directory = Files.createTempDirectory("zhicheng-calendar-");
			directory.toFile().deleteOnExit();
			try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("config/calendar"), "*.json")) {
				for (Path file : files) {
					Path copy = Files.copy(file, directory.resolve(file.getFileName()));
					copy.toFile().deleteOnExit();
				}
			}
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
