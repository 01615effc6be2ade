package org.juesuan.etl.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads a template set: the files packaged in the jar under {@code templates/<set>/}, then those of the
 * working directory's {@code config/templates/<set>/}, a file of the same name replacing the packaged one.
 */
public final class TemplateLoader {

	private static final String SET_FILE = "_set.yml";
	private static final String CLASSES_FILE = "functional-classes.yml";

	private TemplateLoader() {
	}

	public static TemplateSet load(TemplateProperties properties) {
		Map<String, Resource> files = new TreeMap<>();
		packaged(properties.set()).forEach(r -> files.put(r.getFilename(), r));
		local(Path.of(properties.dir(), properties.set())).forEach(r -> files.put(r.getFilename(), r));
		if (!files.containsKey(SET_FILE)) {
			throw new TemplateException(properties.dir() + "/" + properties.set(), SET_FILE, "template set not found");
		}
		Vocabulary vocabulary = VocabularyParser.parse(read(files.get(SET_FILE)), read(files.get(CLASSES_FILE)));
		List<TableTemplate> tables = new ArrayList<>();
		files.forEach((name, resource) -> {
			if (name.matches("t\\d+\\.ya?ml")) {
				tables.add(TableTemplateParser.parse(read(resource)));
			}
		});
		TemplateSet set = new TemplateSet(properties.set(), vocabulary, tables);
		TemplateValidator.validate(set);
		return set;
	}

	private static List<Resource> packaged(String set) {
		try {
			return List.of(new PathMatchingResourcePatternResolver().getResources("classpath*:templates/" + set + "/*.yml"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<Resource> local(Path dir) {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.list(dir)) {
			return paths.filter(p -> p.toString().endsWith(".yml")).sorted().map(p -> (Resource) new FileSystemResource(p)).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static YamlNode read(Resource resource) {
		String source = describe(resource);
		if (resource == null) {
			throw new TemplateException("template set", CLASSES_FILE, "file missing");
		}
		try (InputStream in = resource.getInputStream()) {
			Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			if (!(root instanceof Map<?, ?> map)) {
				throw new TemplateException(source, "(root)", "must be a mapping");
			}
			return new YamlNode(source, "", map);
		} catch (IOException e) {
			throw new TemplateException(source, "(file)", e.getMessage());
		} catch (org.yaml.snakeyaml.error.YAMLException e) {
			throw new TemplateException(source, "(syntax)", e.getMessage());
		}
	}

	private static String describe(Resource resource) {
		if (resource == null) {
			return "?";
		}
		return resource instanceof FileSystemResource f ? f.getPath() : "classpath:templates/…/" + resource.getFilename();
	}
}
