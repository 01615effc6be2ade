package org.juesuan.etl.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * How many department packages an {@code import} will read, counted by the launcher
 * before the child JVM starts, by the rules of {@code ingest/PackageDiscovery}
 * ({@code <input>/<yyyy>/<department>/}, no symbolic link for a year, no hidden
 * department, {@code --year} and {@code --department} applied), so that it can choose the
 * compiler for the run's size ({@link TunedJvm#compilerOptions}). Empty when the command
 * is no import, or when the input folder may be set where the launcher does not look (a
 * configuration file, the environment, a system property, an {@code @file} of arguments):
 * Spring decides that, and the launcher then keeps the compiler that suits a large run.
 * Never throws.
 */
final class ImportSize {

	/**
	 * Properties that set the input folder or bring in configuration that may, as
	 * Spring's relaxed binding reads them (lower case, without separators), matched as
	 * prefixes of {@code --name} arguments, {@code -Dname} options and environment
	 * variables alike.
	 */
	private static final List<String> MOVERS = List.of("juesuaninput", "springconfig", "springprofiles",
			"springapplicationjson");

	private ImportSize() {
	}

	/**
	 * The packages the import will read, counted up to {@code limit + 1} (a missing input
	 * folder has none).
	 * @param arguments the command line after the jar
	 * @param jvmOptions the JVM's own options
	 * @param environment the environment
	 * @param workingDirectory where relative folders and {@code config/} are
	 */
	static OptionalInt packages(List<String> arguments, List<String> jvmOptions, Map<String, String> environment,
			Path workingDirectory, int limit) {
		try {
			return count(arguments, jvmOptions, environment, workingDirectory, limit);
		}
		catch (IOException | RuntimeException e) {
			return OptionalInt.empty();
		}
	}

	private static OptionalInt count(List<String> arguments, List<String> jvmOptions, Map<String, String> environment,
			Path workingDirectory, int limit) throws IOException {
		if (arguments.isEmpty() || !arguments.get(0).equals("import")) {
			return OptionalInt.empty();
		}
		String input = null;
		String year = null;
		String department = null;
		boolean moved = false;
		for (int i = 1; i < arguments.size(); i++) {
			String a = arguments.get(i);
			String next = i + 1 < arguments.size() ? arguments.get(i + 1) : null;
			if (a.startsWith("@")) {
				return OptionalInt.empty(); // picocli reads arguments from that file
			}
			if (a.equals("--input") || a.equals("--year") || a.equals("--department")) {
				if (next == null) {
					return OptionalInt.empty();
				}
				i++;
			}
			String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : next;
			if (a.equals("--input") || a.startsWith("--input=")) {
				input = value;
			}
			else if (a.equals("--year") || a.startsWith("--year=")) {
				year = value;
			}
			else if (a.equals("--department") || a.startsWith("--department=")) {
				department = value;
			}
			else if (a.startsWith("--")) {
				moved |= moves(a.substring(2));
			}
		}
		if (input == null) {
			// the option wins over any property; without it, the property decides
			if (moved || jvmOptions.stream().anyMatch(o -> o.startsWith("-D") && moves(o.substring(2)))
					|| environment.keySet().stream().anyMatch(ImportSize::moves)
					|| configurationMayMoveIt(workingDirectory)) {
				return OptionalInt.empty();
			}
			input = "input";
		}
		return OptionalInt.of(packages(workingDirectory.resolve(input), year, department, limit));
	}

	/**
	 * Whether a property or variable name sets the input folder or loads more settings.
	 */
	private static boolean moves(String name) {
		String relaxed = name.toLowerCase(Locale.ROOT).replaceAll("[._\\-\\[\\]]", "");
		return MOVERS.stream().anyMatch(relaxed::startsWith);
	}

	/**
	 * An {@code application*} file where Spring Boot looks (the working directory,
	 * {@code config/} and each folder in it) with a line that names an input, or imports
	 * more configuration, outside a comment. A false alarm only costs a short run its C1.
	 */
	private static boolean configurationMayMoveIt(Path workingDirectory) throws IOException {
		Path config = workingDirectory.resolve("config");
		List<Path> folders = new ArrayList<>(List.of(workingDirectory, config));
		if (Files.isDirectory(config)) {
			try (DirectoryStream<Path> subfolders = Files.newDirectoryStream(config, Files::isDirectory)) {
				subfolders.forEach(folders::add);
			}
		}
		for (Path dir : folders) {
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (DirectoryStream<Path> files = Files.newDirectoryStream(dir,
					"application*.{yml,yaml,properties,xml}")) {
				for (Path file : files) {
					for (String line : Files.readAllLines(file)) {
						String text = line.strip().toLowerCase(Locale.ROOT);
						if (!text.startsWith("#") && !text.startsWith("!")
								&& (text.contains("input") || text.contains("import"))) {
							return true;
						}
					}
				}
			}
		}
		return false;
	}

	/** {@code PackageDiscovery}'s folders, up to {@code limit + 1}. */
	private static int packages(Path input, String year, String department, int limit) throws IOException {
		if (!Files.isDirectory(input)) {
			return 0;
		}
		int packages = 0;
		try (DirectoryStream<Path> years = Files.newDirectoryStream(input)) {
			for (Path yearDir : years) {
				String name = yearDir.getFileName().toString();
				if (!name.matches("\\d{4}") || year != null && !name.equals(year) || !Files.isDirectory(yearDir)
						|| Files.isSymbolicLink(yearDir)) {
					continue;
				}
				try (DirectoryStream<Path> departments = Files.newDirectoryStream(yearDir)) {
					for (Path deptDir : departments) {
						String dept = deptDir.getFileName().toString();
						if (Files.isDirectory(deptDir) && !dept.startsWith(".")
								&& (department == null || department.equals(dept)) && ++packages > limit) {
							return packages;
						}
					}
				}
			}
		}
		return packages;
	}

}
