package org.juesuan.etl.narrative;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.juesuan.etl.model.Direction;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a {@link SubjectVocabulary} from YAML; a missing or malformed key is reported
 * with file and key.
 */
final class VocabularyParser {

	private final String source;

	private final Map<?, ?> root;

	private VocabularyParser(String source, Map<?, ?> root) {
		this.source = source;
		this.root = root;
	}

	static SubjectVocabulary parse(String yaml, String source) {
		Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		if (!(root instanceof Map<?, ?> map)) {
			throw new IllegalArgumentException(source + ": expected a mapping at the top");
		}
		return new VocabularyParser(source, map).vocabulary();
	}

	private SubjectVocabulary vocabulary() {
		Map<?, ?> units = map(root, "units");
		Map<String, BigDecimal> amount = new LinkedHashMap<>();
		map(units, "units.amount")
			.forEach((unit, factor) -> amount.put(unit.toString(), new BigDecimal(factor.toString())));
		Map<String, NumberToken.UnitKind> other = new LinkedHashMap<>();
		strings(units, "percent").forEach(u -> other.put(u, NumberToken.UnitKind.PERCENT));
		strings(units, "score").forEach(u -> other.put(u, NumberToken.UnitKind.SCORE));
		strings(units, "count").forEach(u -> other.put(u, NumberToken.UnitKind.COUNT));
		return new SubjectVocabulary(amount, other, strings(root, "notUnits"), cues(), phrases(), subjects());
	}

	private SubjectVocabulary.Cues cues() {
		Map<?, ?> cues = map(root, "cues");
		Map<String, Direction> directions = new LinkedHashMap<>();
		map(root, "directions").forEach((d, words) -> strings(root, "directions." + d, words)
			.forEach(w -> directions.put(w, Direction.valueOf(d.toString()))));
		List<String> changeWords = directions.entrySet()
			.stream()
			.filter(e -> e.getValue() != Direction.FLAT)
			.map(Map.Entry::getKey)
			.sorted(Comparator.comparing(String::length).reversed())
			.toList();
		List<String> flatWords = directions.entrySet()
			.stream()
			.filter(e -> e.getValue() == Direction.FLAT)
			.map(Map.Entry::getKey)
			.toList();
		Pattern change = Pattern.compile("(?<verb>" + String.join("|", changeWords) + ")(了)?(为|达)?[/／]?$");
		Map<String, Direction> comparisonWords = new LinkedHashMap<>();
		map(root, "budgetComparisonWords").forEach((d, words) -> strings(root, "budgetComparisonWords." + d, words)
			.forEach(w -> comparisonWords.put(w, Direction.valueOf(d.toString()))));
		return new SubjectVocabulary.Cues(pattern(cues, "share"), pattern(cues, "completion"), pattern(cues, "budget"),
				change, directions, Pattern.compile(flatWords.isEmpty() ? "\uFFFF" : String.join("|", flatWords)),
				pattern(root, "comparison"), pattern(root, "budgetComparison"), comparisonWords);
	}

	private SubjectVocabulary.Phrases phrases() {
		List<String> fillers = strings(root, "fillers").stream()
			.sorted(Comparator.comparing(String::length).reversed())
			.toList();
		return new SubjectVocabulary.Phrases(strings(root, "listIntros"), strings(root, "inlineIntros"),
				strings(root, "distributive"), strings(root, "parallelWords"), strings(root, "sharedSuffixes"), fillers,
				strings(root, "leadingNoise").stream().map(Pattern::compile).toList(),
				strings(root, "trailingNoise").stream().map(Pattern::compile).toList());
	}

	private Map<String, String> subjects() {
		Map<String, String> canonical = new LinkedHashMap<>();
		Object list = root.get("subjects");
		if (!(list instanceof List<?> items)) {
			throw new IllegalArgumentException(source + ": subjects must be a list");
		}
		for (int i = 0; i < items.size(); i++) {
			if (!(items.get(i) instanceof Map<?, ?> item) || item.get("name") == null) {
				throw new IllegalArgumentException(source + ": subjects[" + i + "] needs a name");
			}
			String name = item.get("name").toString();
			canonical.put(name, name);
			strings(item, "subjects[" + i + "].aliases", item.get("aliases")).forEach(a -> canonical.put(a, name));
		}
		return canonical;
	}

	private Map<?, ?> map(Map<?, ?> parent, String key) {
		Object value = parent.get(key.contains(".") ? key.substring(key.lastIndexOf('.') + 1) : key);
		if (!(value instanceof Map<?, ?> m)) {
			throw new IllegalArgumentException(source + ": " + key + " must be a mapping");
		}
		return m;
	}

	private List<String> strings(Map<?, ?> parent, String key) {
		return strings(parent, key, parent.get(key));
	}

	private List<String> strings(Map<?, ?> parent, String key, Object value) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new IllegalArgumentException(source + ": " + key + " must be a list");
		}
		return list.stream().map(String::valueOf).toList();
	}

	private Pattern pattern(Map<?, ?> parent, String key) {
		Object value = parent.get(key);
		if (value == null) {
			throw new IllegalArgumentException(source + ": " + key + " is required");
		}
		try {
			return Pattern.compile(String.valueOf(value));
		}
		catch (PatternSyntaxException e) {
			throw new IllegalArgumentException(source + ": " + key + " is not a valid pattern: " + e.getMessage(), e);
		}
	}

}
