package org.juesuan.etl.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;

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
		Map<String, Resource> files = ConfigFiles.list("templates/" + properties.set(), Path.of(properties.dir(), properties.set()));
		if (!files.containsKey(SET_FILE) || !files.containsKey(CLASSES_FILE)) {
			throw new ConfigException(properties.dir() + "/" + properties.set(), SET_FILE, "template set not found (or "
					+ CLASSES_FILE + " missing)");
		}
		Vocabulary vocabulary = VocabularyParser.parse(ConfigFiles.read(files.get(SET_FILE)), ConfigFiles.read(files.get(CLASSES_FILE)));
		List<TableTemplate> tables = new ArrayList<>();
		files.forEach((name, resource) -> {
			if (name.matches("t\\d+\\.ya?ml")) {
				tables.add(TableTemplateParser.parse(ConfigFiles.read(resource)));
			}
		});
		TemplateSet set = new TemplateSet(properties.set(), vocabulary, tables);
		TemplateValidator.validate(set);
		return set;
	}
}
