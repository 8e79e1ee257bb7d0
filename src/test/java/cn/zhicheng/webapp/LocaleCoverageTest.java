package cn.zhicheng.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The zh locale of each webapp covers every key of the English locale that ships in the Camunda
 * 7.24 webjar on the classpath (so an upgrade that adds keys fails here), keeps every placeholder,
 * and is the default in the app's config.js.
 */
class LocaleCoverageTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String WEBJAR = "META-INF/resources/webjars/camunda/app/";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*\\}\\}|%[sd]|<[^>]+>");

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void zhCoversEveryEnglishKey(String app) throws IOException {
		JsonNode english = englishLocale(app);
		JsonNode chinese = read(new ClassPathResource(WEBJAR + app + "/locales/zh.json"));
		assertThat(keys(chinese.get("labels"))).isEqualTo(keys(english.get("labels")));
		if (english.has("dateLocales")) {
			assertThat(keys(chinese.get("dateLocales"))).containsAll(keys(english.get("dateLocales")));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void zhIsChineseAndKeepsEveryPlaceholder(String app) throws IOException {
		JsonNode english = englishLocale(app).get("labels");
		JsonNode chinese = read(new ClassPathResource(WEBJAR + app + "/locales/zh.json")).get("labels");
		int withHan = 0;
		for (Iterator<String> it = english.fieldNames(); it.hasNext();) {
			String key = it.next();
			String zh = chinese.get(key).asText();
			assertThat(placeholders(zh)).as("%s %s", app, key).isEqualTo(placeholders(english.get(key).asText()));
			if (zh.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
				withHan++;
			}
		}
		// all but product names, symbols and literal tokens are Chinese
		assertThat(withHan).isGreaterThan(english.size() * 95 / 100);
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void chineseIsTheDefaultAndEnglishStaysAvailable(String app) throws IOException {
		String config = new ClassPathResource(WEBJAR + app + "/scripts/config.js").getContentAsString(StandardCharsets.UTF_8);
		assertThat(config).contains("import { locales } from '../../zhicheng-language.js';").contains("  locales,");
		String language = new ClassPathResource(WEBJAR + "zhicheng-language.js").getContentAsString(StandardCharsets.UTF_8);
		assertThat(language).contains("availableLocales: [language]")
			.contains("fallbackLocale: language")
			.contains("=== 'en' ? 'en' : 'zh'")
			.contains("get('lang')");
	}

	private static JsonNode englishLocale(String app) throws IOException {
		// the English file comes from the Camunda webjar, not from this project
		Resource[] candidates = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:" + WEBJAR + app + "/locales/en.json");
		assertThat(candidates).as("en.json of %s in the Camunda webjar", app).hasSize(1);
		assertThat(candidates[0].getURL().toString()).contains("camunda-webapp-webjar-7.24");
		return read(candidates[0]);
	}

	private static JsonNode read(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			if (text.startsWith("\uFEFF")) {
				text = text.substring(1);
			}
			return JSON.readTree(text);
		}
	}

	private static Set<String> keys(JsonNode node) {
		Set<String> keys = new TreeSet<>();
		node.fieldNames().forEachRemaining(keys::add);
		return keys;
	}

	private static List<String> placeholders(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		found.sort(null);
		return found;
	}

}
