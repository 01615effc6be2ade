package org.juesuan.etl;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.juesuan.etl.pipeline.FolderProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The README's configuration table is true to the code: every component of every
 * {@code @ConfigurationProperties} record is a row, every {@code juesuan.*} row is a
 * component (or a listed exception), and a default written in backquotes binds to the
 * record's own default.
 */
class ConfigurationTableTests {

	/** Rows that are no record component: a condition on the command runner. */
	private static final Set<String> NOT_RECORDS = Set.of("juesuan.cli.enabled");

	private static final Pattern ROW = Pattern.compile("^\\| (`[^|]+) \\| ([^|]+) \\|");

	@Test
	void everyRecordComponentIsARowAndEveryRowAComponent() throws Exception {
		Map<String, String> table = table();
		Map<String, Class<?>> records = settings();

		assertThat(table.keySet()).as("README rows").containsAll(records.keySet());
		Set<String> rows = new TreeSet<>(table.keySet());
		rows.removeIf(r -> !r.startsWith("juesuan.") || NOT_RECORDS.contains(r));
		assertThat(records.keySet()).as("record components").containsAll(rows);
	}

	@Test
	void theDefaultsWrittenInTheTableAreTheRecordsDefaults() throws Exception {
		Map<String, String> table = table();
		SoftAssertions softly = new SoftAssertions();
		settings().forEach((property, type) -> {
			String written = table.get(property);
			if (written == null) {
				return;
			}
			int dot = property.lastIndexOf('.');
			String prefix = property.substring(0, dot);
			Object byDefault = component(bind(type, prefix, Map.of()), property.substring(dot + 1));
			Object asWritten = component(bind(type, prefix, Map.of(property, written)), property.substring(dot + 1));
			softly.assertThat(asWritten).as(property + " = " + written).isEqualTo(byDefault);
		});
		softly.assertAll();
	}

	@Test
	void theLogFilesFallbackIsTheOutputDefault() throws Exception {
		// Logging starts before binding, so application.yml repeats this one default;
		// keep the two equal.
		assertThat(Files.readString(Path.of("src/main/resources/application.yml")))
			.contains("${juesuan.output:" + FolderProperties.DEFAULT_OUTPUT + "}/logs/");
	}

	/**
	 * Property → its default as the README writes it in backquotes (null when it says it
	 * in words).
	 */
	private static Map<String, String> table() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		String section = readme.substring(readme.indexOf("## Configuration"));
		section = section.substring(0, section.indexOf("\n## ", 1));
		Map<String, String> rows = new LinkedHashMap<>();
		for (String line : section.lines().toList()) {
			Matcher m = ROW.matcher(line);
			if (!m.find()) {
				continue;
			}
			List<String> names = new ArrayList<>();
			for (String cell : m.group(1).split(" / ")) {
				String name = cell.strip().replace("`", "");
				names.add(names.isEmpty() ? name : names.get(0).substring(0, names.get(0).lastIndexOf('.') + 1) + name);
			}
			String[] defaults = m.group(2).strip().split(" / ");
			for (int i = 0; i < names.size(); i++) {
				String value = i < defaults.length ? defaults[i].strip() : null;
				rows.put(names.get(i),
						value != null && value.startsWith("`") ? value.substring(1, value.indexOf('`', 1)) : null);
			}
		}
		return rows;
	}

	/**
	 * {@code prefix.component-name} → record type, for every
	 * {@code @ConfigurationProperties} record of the application.
	 */
	private static Map<String, Class<?>> settings() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		Map<String, Class<?>> settings = new LinkedHashMap<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.juesuan.etl")) {
			Class<?> type = Class.forName(candidate.getBeanClassName());
			ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
			String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
			assertThat(type.isRecord()).as(type + " is a record").isTrue();
			for (RecordComponent c : type.getRecordComponents()) {
				settings.put(prefix + "." + c.getName().replaceAll("([A-Z])", "-$1").toLowerCase(), type);
			}
		}
		assertThat(settings).isNotEmpty();
		return settings;
	}

	private static Object bind(Class<?> type, String prefix, Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate(prefix, type);
	}

	private static Object component(Object record, String name) {
		try {
			for (RecordComponent c : record.getClass().getRecordComponents()) {
				if (c.getName().replaceAll("([A-Z])", "-$1").toLowerCase().equals(name)) {
					return c.getAccessor().invoke(record);
				}
			}
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
		throw new IllegalArgumentException(name);
	}

}
