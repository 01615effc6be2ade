package org.juesuan.etl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The few settings the analysts' commands need (the store's URL and the reader account),
 * read the way Spring Boot reads them but without starting it, so a {@code query} answers
 * in about a second: {@code --name=value} arguments, then environment variables
 * ({@code SPRING_DATASOURCE_URL}, {@code JUESUAN_QUERY_USERNAME} …), then
 * {@code ./config/application.yml}, {@code ./application.yml}, and the packaged
 * {@code application.yml}. Keys compare relaxed as Spring's do: case, dashes and the
 * underscores of environment variables aside. A settings record is bound by Spring's own
 * {@link Binder}, so its defaults and conversions ({@code 60s}, {@code 10000}) are those
 * of the application.
 */
final class AnalystSettings {

	private final Map<String, String> values = new HashMap<>();

	private AnalystSettings() {
	}

	static AnalystSettings load(String[] args, Map<String, String> environment) {
		AnalystSettings settings = new AnalystSettings();
		settings.packaged();
		settings.file(Path.of("application.yml"));
		settings.file(Path.of("config", "application.yml"));
		environment.forEach((k, v) -> settings.put(k.replace('_', '.'), v));
		for (String arg : args) {
			int eq = arg.indexOf('=');
			if (arg.startsWith("--") && eq > 2) {
				settings.put(arg.substring(2, eq), arg.substring(eq + 1));
			}
		}
		return settings;
	}

	String get(String key) {
		return values.get(relaxed(key));
	}

	/**
	 * The {@code @ConfigurationProperties} record under {@code prefix}, bound as the
	 * application binds it.
	 */
	<T> T bind(String prefix, Class<T> type) {
		MapConfigurationPropertySource source = new MapConfigurationPropertySource();
		values.forEach((key, value) -> {
			// Environment variables and Chinese group names are no property names; the
			// binder would refuse them.
			if (key.startsWith(prefix + ".") && ConfigurationPropertyName.isValid(key)) {
				source.put(key, value);
			}
		});
		try {
			return new Binder(source).bindOrCreate(prefix, type);
		}
		catch (BindException e) {
			Throwable cause = e;
			while (cause.getCause() != null) {
				cause = cause.getCause();
			}
			throw new IllegalArgumentException(e.getName() + ": " + cause.getMessage(), e);
		}
	}

	private void put(String key, String value) {
		values.put(relaxed(key), value);
	}

	private static String relaxed(String key) {
		return key.toLowerCase(Locale.ROOT).replace("-", "");
	}

	private void packaged() {
		try (InputStream in = AnalystSettings.class.getClassLoader().getResourceAsStream("application.yml")) {
			if (in != null) {
				flatten("", new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void file(Path path) {
		if (!Files.isRegularFile(path)) {
			return;
		}
		try (InputStream in = Files.newInputStream(path)) {
			flatten("", new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + path, e);
		}
	}

	private void flatten(String prefix, Object node) {
		if (node instanceof Map<?, ?> map) {
			map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v));
		}
		else if (node != null && !(node instanceof List<?>)) {
			put(prefix, String.valueOf(node));
		}
	}

}
