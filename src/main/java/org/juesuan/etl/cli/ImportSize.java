package org.juesuan.etl.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * How many department packages an {@code import} is given, counted by the launcher before
 * the child JVM starts ({@code <input>/<year>/<department>/}), so that it can choose the
 * compiler for the run's size ({@link TunedJvm#compilerOptions}). Empty when the command
 * is no import, or when the input folder may be set where the launcher does not look (a
 * configuration file, the environment, a system property): Spring decides that, and a
 * wrong guess would only cost speed.
 */
final class ImportSize {

	/** A key {@code input} in a properties or YAML file (uncommented). */
	private static final Pattern INPUT_KEY = Pattern.compile("^[^#]*(^|[\\s.])input\\s*[:=]");

	/**
	 * Where Spring Boot looks for application files, from the working directory (and in
	 * each folder inside {@code config/}).
	 */
	private static final List<String> CONFIG_FOLDERS = List.of(".", "config");

	/**
	 * The properties that set the input folder or bring in configuration that may: as
	 * {@code --name} arguments or {@code -Dname} options.
	 */
	private static final List<String> MOVERS = List.of("juesuan.input", "spring.config.", "spring.profiles.",
			"spring.application.json");

	private static final List<String> SETTINGS_ENVIRONMENT = List.of("JUESUAN_INPUT", "SPRING_APPLICATION_JSON",
			"SPRING_CONFIG_LOCATION", "SPRING_CONFIG_ADDITIONAL_LOCATION", "SPRING_CONFIG_IMPORT",
			"SPRING_PROFILES_ACTIVE", "SPRING_PROFILES_INCLUDE");

	private ImportSize() {
	}

	/**
	 * The packages under the import's input folder, counted up to {@code limit + 1} (a
	 * missing folder has none).
	 * @param arguments the command line after the jar
	 * @param jvmOptions the JVM's own options ({@code -Djuesuan.input=…} moves the input)
	 * @param environment the environment
	 * @param workingDirectory where relative folders and {@code config/} are
	 */
	static OptionalInt packages(List<String> arguments, List<String> jvmOptions, Map<String, String> environment,
			Path workingDirectory, int limit) {
		if (arguments.isEmpty() || !arguments.get(0).equals("import")) {
			return OptionalInt.empty();
		}
		String input = null;
		boolean moved = false;
		for (int i = 1; i < arguments.size(); i++) {
			String a = arguments.get(i);
			if (a.equals("--input") && i + 1 < arguments.size()) {
				input = arguments.get(i + 1);
			}
			else if (a.startsWith("--input=")) {
				input = a.substring("--input=".length());
			}
			else if (a.startsWith("--")) {
				moved |= MOVERS.stream().anyMatch(m -> a.startsWith("--" + m));
			}
		}
		if (input == null) {
			// the option wins over any property; without it, the property decides
			if (moved || !defaultInputIsKnown(jvmOptions, environment, workingDirectory)) {
				return OptionalInt.empty();
			}
			input = "input";
		}
		try {
			return OptionalInt.of(count(workingDirectory.resolve(input), limit));
		}
		catch (IOException | RuntimeException e) {
			return OptionalInt.empty();
		}
	}

	/** Nothing but the built-in default can have moved the input folder. */
	private static boolean defaultInputIsKnown(List<String> jvmOptions, Map<String, String> environment,
			Path workingDirectory) {
		if (jvmOptions.stream().anyMatch(o -> MOVERS.stream().anyMatch(m -> o.startsWith("-D" + m)))
				|| SETTINGS_ENVIRONMENT.stream().anyMatch(environment::containsKey)) {
			return false;
		}
		List<Path> folders = new ArrayList<>();
		CONFIG_FOLDERS.forEach(f -> folders.add(workingDirectory.resolve(f)));
		Path config = workingDirectory.resolve("config");
		if (Files.isDirectory(config)) {
			try (DirectoryStream<Path> subfolders = Files.newDirectoryStream(config, Files::isDirectory)) {
				subfolders.forEach(folders::add);
			}
			catch (IOException e) {
				return false;
			}
		}
		for (Path dir : folders) {
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "application*.{yml,yaml,properties}")) {
				for (Path file : files) {
					if (Files.readAllLines(file).stream().anyMatch(l -> INPUT_KEY.matcher(l).find())) {
						return false;
					}
				}
			}
			catch (IOException | RuntimeException e) {
				return false;
			}
		}
		return true;
	}

	/** The {@code <year>/<department>} folders, up to {@code limit + 1}. */
	private static int count(Path input, int limit) throws IOException {
		if (!Files.isDirectory(input)) {
			return 0;
		}
		int packages = 0;
		try (DirectoryStream<Path> years = Files.newDirectoryStream(input, Files::isDirectory)) {
			for (Path year : years) {
				try (DirectoryStream<Path> departments = Files.newDirectoryStream(year, Files::isDirectory)) {
					for (Path ignored : departments) {
						if (++packages > limit) {
							return packages;
						}
					}
				}
			}
		}
		return packages;
	}

}
