package org.juesuan.etl.template;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a set's {@code _set.yml} and {@code functional-classes.yml} into a
 * {@link Vocabulary}.
 */
final class VocabularyParser {

	private VocabularyParser() {
	}

	static Vocabulary parse(YamlNode set, YamlNode classes) {
		YamlNode structure = new YamlNode(set.source(), "structure", set.mapping("structure"));
		return new Vocabulary(normalized(structure.strings("code-headers")),
				normalized(structure.strings("code-parts")), normalized(structure.strings("label-headers")),
				normalized(structure.strings("row-number-headers")),
				normalized(structure.strings("column-number-labels")), normalized(structure.strings("total-labels")),
				set.strings("footnote-prefixes").stream().map(Text::normalize).toList(),
				normalized(set.strings("placeholders")), set.strings("department-prefixes"),
				set.patterns("unit-patterns"), unknownUnit(set), normalized(set.strings("ignored-headers")),
				set.string("default-unit"), classCodes(classes));
	}

	private static java.util.regex.Pattern unknownUnit(YamlNode set) {
		String pattern = set.optionalString("unknown-unit-pattern");
		try {
			return java.util.regex.Pattern.compile(pattern == null ? "(?!)" : pattern);
		}
		catch (java.util.regex.PatternSyntaxException e) {
			throw new ConfigException(set.source(), "unknown-unit-pattern", e.getDescription(), e);
		}
	}

	private static Map<String, String> classCodes(YamlNode classes) {
		Map<String, String> byName = new HashMap<>();
		classes.mapping("classes").forEach((code, names) -> {
			if (!(names instanceof List<?> list) || !String.valueOf(code).matches("2\\d{2}")) {
				throw new ConfigException(classes.source(), "classes." + code,
						"must map a 3-digit 类 code to a list of names");
			}
			list.forEach(n -> byName.put(Text.label(String.valueOf(n)), String.valueOf(code)));
		});
		return byName;
	}

	private static Set<String> normalized(List<String> texts) {
		Set<String> result = new HashSet<>();
		texts.forEach(t -> result.add(Text.normalize(t)));
		return result;
	}

}
