package org.juesuan.etl.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads template sets: each file of a set found by {@link ConfigFiles} (the working
 * directory's {@code config/templates/<set>/} before the packaged
 * {@code templates/<set>/}, then the shared level {@code config/templates/} before
 * {@code templates/}), file by file. A folder with a {@code _set.yml} is a set, so a new
 * set is a new folder.
 */
public final class TemplateLoader {

	private static final String KIND = "templates";

	private static final String SET_FILE = "_set.yml";

	private static final String CLASSES_FILE = "functional-classes.yml";

	private static final String CANONICAL_FILE = "canonical.yml";

	private TemplateLoader() {
	}

	/**
	 * The sets a run uses: the configured one, or every set found when the configuration
	 * says {@code auto}.
	 */
	public static TemplateSets loadAll(TemplateProperties properties) {
		List<String> names = properties.auto() ? setNames(properties.dir()) : List.of(properties.set());
		Map<Integer, String> canonical = canonicalTitles(properties.dir());
		List<TemplateSet> sets = names.stream().map(n -> load(n, properties.dir())).toList();
		sets.forEach(s -> TemplateValidator.validateCanonical(s, canonical));
		return new TemplateSets(sets, !properties.auto(), canonical);
	}

	/** One set by name. */
	public static TemplateSet load(String set, String dir) {
		Path local = Path.of(dir);
		Map<String, Resource> files = ConfigFiles.resolve(KIND, local, set);
		YamlNode setFile = ConfigFiles.read(ConfigFiles.require(KIND, local, set, SET_FILE));
		Vocabulary vocabulary = VocabularyParser.parse(setFile,
				ConfigFiles.read(ConfigFiles.require(KIND, local, set, CLASSES_FILE)));
		List<TableTemplate> tables = new ArrayList<>();
		files.forEach((name, resource) -> {
			if (name.matches("t\\d+\\.ya?ml")) {
				tables.add(TableTemplateParser.parse(ConfigFiles.read(resource)));
			}
		});
		List<String> part = setFile.strings("narrative-part");
		if (part.isEmpty()) {
			throw new ConfigException(setFile.source(), "narrative-part",
					"must name the heading words of the 情况说明 part");
		}
		TemplateSet result = new TemplateSet(set, setFile.optionalString("description"), part, vocabulary, tables);
		TemplateValidator.validate(result);
		return result;
	}

	/**
	 * Every folder holding a {@code _set.yml}, packaged or in the working directory, in
	 * name order.
	 */
	static List<String> setNames(String dir) {
		TreeSet<String> names = new TreeSet<>();
		try {
			for (Resource r : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:templates/*/" + SET_FILE)) {
				String url = r.getURL().toString();
				String folder = url.substring(0, url.length() - SET_FILE.length() - 1);
				names.add(folder.substring(folder.lastIndexOf('/') + 1));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Path local = Path.of(dir);
		if (Files.isDirectory(local)) {
			try (Stream<Path> folders = Files.list(local)) {
				folders.filter(f -> Files.isRegularFile(f.resolve(SET_FILE)))
					.forEach(f -> names.add(f.getFileName().toString()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		if (names.isEmpty()) {
			throw new ConfigException(dir, SET_FILE, "no template set found");
		}
		return List.copyOf(names);
	}

	private static Map<Integer, String> canonicalTitles(String dir) {
		YamlNode root = ConfigFiles.read(ConfigFiles.require(KIND, Path.of(dir), null, CANONICAL_FILE));
		Map<Integer, String> titles = new TreeMap<>();
		root.mapping("tables").forEach((k, v) -> {
			if (!(k instanceof Integer n) || n < 1 || v == null) {
				throw new ConfigException(root.source(), "tables." + k, "must map a table number to its title");
			}
			titles.put(n, String.valueOf(v));
		});
		return titles;
	}

}
