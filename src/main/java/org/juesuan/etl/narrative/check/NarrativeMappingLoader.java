package org.juesuan.etl.narrative.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.juesuan.etl.model.Severity;
import org.juesuan.etl.model.Term;
import org.juesuan.etl.template.ConfigException;
import org.juesuan.etl.template.ConfigFiles;
import org.juesuan.etl.template.YamlNode;

/**
 * Reads {@code mapping.yml}: the set's own ({@code narrative/<set>/mapping.yml}, packaged
 * or in the working directory's {@code config/narrative/<set>/}) when it has one, else
 * the shared one of {@code narrative/}.
 */
final class NarrativeMappingLoader {

	static final String FILE = "mapping.yml";

	private NarrativeMappingLoader() {
	}

	static NarrativeMapping load(Path localFolder, String set) {
		YamlNode root = ConfigFiles.read(NarrativeFiles.require(localFolder, set, FILE));
		List<List<String>> aliases = new ArrayList<>();
		Object groups = root.map().get("aliases");
		if (groups instanceof List<?> list) {
			list.forEach(g -> aliases.add(((List<?>) g).stream().map(String::valueOf).toList()));
		}
		Map<String, String> denominators = new LinkedHashMap<>();
		root.mapping("denominators").forEach((k, v) -> denominators.put(String.valueOf(k), String.valueOf(v)));
		Map<String, Severity> severities = new LinkedHashMap<>();
		root.mapping("severities").forEach((k, v) -> severities.put(String.valueOf(k), Severity.of(String.valueOf(v))));
		List<java.util.regex.Pattern> templateText = root.patterns("template-text");
		List<NarrativeMapping.ItemList> lists = root.nodes("item-lists")
			.stream()
			.map(n -> new NarrativeMapping.ItemList(n.string("subject"), Term.parse(n.string("figures"), false).table(),
					n.strings("codes"), Term.parse(n.string("figures"), false).column()))
			.toList();
		Map<String, String> itemNames = new LinkedHashMap<>();
		if (root.map().containsKey("item-names")) {
			root.mapping("item-names").forEach((k, v) -> itemNames.put(String.valueOf(k), String.valueOf(v)));
		}
		return new NarrativeMapping(root.nodes("figures").stream().map(NarrativeMappingLoader::line).toList(),
				denominators, new NameMatcher(aliases),
				root.nodes("must-describe").stream().map(NarrativeMappingLoader::line).toList(), severities,
				templateText, lists, itemNames);
	}

	private static NarrativeMapping.Line line(YamlNode node) {
		boolean path = node.flag("path");
		String subject = path ? null : node.string("subject");
		return new NarrativeMapping.Line(node.optionalString("section"), subject, path, term(node, "figure"),
				node.optionalString("budget") == null ? null : term(node, "budget"),
				node.optionalString("severity") == null ? null : Severity.of(node.optionalString("severity")));
	}

	private static Term term(YamlNode node, String key) {
		try {
			return Term.parse(node.string(key), false);
		}
		catch (IllegalArgumentException e) {
			throw new ConfigException(node.source(), node.key(key), e.getMessage(), e);
		}
	}

}
