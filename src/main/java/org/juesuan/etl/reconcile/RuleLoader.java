package org.juesuan.etl.reconcile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.juesuan.etl.model.Severity;
import org.juesuan.etl.template.ConfigException;
import org.juesuan.etl.template.ConfigFiles;
import org.juesuan.etl.template.YamlNode;
import org.springframework.core.io.Resource;

/**
 * Loads the rule catalogue: every {@code <family>.yml} found by {@link ConfigFiles} for a
 * template set (the working directory's {@code config/rules/<set>/} before the packaged
 * {@code rules/<set>/}, then the shared {@code config/rules/} before {@code rules/}),
 * file by file. Each rule is validated (id unique, severity, kind, expression) with the
 * file and key named on error.
 */
public final class RuleLoader {

	private RuleLoader() {
	}

	/** The shared catalogue. */
	public static List<Rule> load(RuleProperties properties) {
		return load(properties, null);
	}

	/**
	 * The catalogue of one template set: the shared files, a set's own file replacing the
	 * shared one of its name.
	 */
	public static List<Rule> load(RuleProperties properties, String set) {
		Map<String, Resource> files = ConfigFiles.resolve("rules", Path.of(properties.dir()), set);
		List<Rule> rules = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		files.values().forEach(resource -> {
			YamlNode file = ConfigFiles.read(resource);
			String family = file.string("family");
			for (YamlNode node : file.nodes("rules")) {
				Rule rule = rule(node, family);
				if (!ids.add(rule.id())) {
					throw new ConfigException(node.source(), node.key("id"), "rule " + rule.id() + " is defined twice");
				}
				rules.add(rule);
			}
		});
		return rules;
	}

	private static Rule rule(YamlNode node, String family) {
		Severity severity = Severity
			.valueOf(oneOf(node, "severity", Arrays.stream(Severity.values()).map(Severity::name).toList()));
		String kind = oneOf(node, "kind", Rule.KINDS);
		String text = node.string("check");
		String builtin = text.startsWith("builtin:") ? text.substring("builtin:".length()).strip() : null;
		if (builtin != null && !BuiltinChecks.NAMES.contains(builtin)) {
			throw new ConfigException(node.source(), node.key("check"),
					"unknown built-in " + builtin + ", known: " + BuiltinChecks.NAMES);
		}
		Comparison check;
		try {
			check = builtin == null ? ExpressionParser.parse(text) : null;
		}
		catch (IllegalArgumentException e) {
			throw new ConfigException(node.source(), node.key("check"), e.getMessage(), e);
		}
		String forEachRow = node.optionalString("for-each-row");
		if (forEachRow != null && !forEachRow.matches("T\\d{1,2}\\s+@\\S+(\\s*\\|\\s*T\\d{1,2}\\s+@\\S+)*")) {
			throw new ConfigException(node.source(), node.key("for-each-row"),
					"expected 'T<n> @selector [| T<n> @selector]'");
		}
		List<String> columns = node.map().containsKey("for-each-column") ? node.strings("for-each-column") : null;
		List<String> when = node.strings("when");
		when.stream()
			.filter(w -> !w.matches("T\\d{1,2}\\s+(functional|economic|mixed|labelled|single)"))
			.findFirst()
			.ifPresent(w -> {
				throw new ConfigException(node.source(), node.key("when"),
						"expected 'T<n> functional|economic|…', found " + w);
			});
		return new Rule(node.string("id"), family, node.string("description"), severity, kind, forEachRow, columns,
				when, check, builtin, node.source());
	}

	private static String oneOf(YamlNode node, String key, List<String> allowed) {
		String value = node.string(key);
		if (!allowed.contains(value)) {
			throw new ConfigException(node.source(), node.key(key), "must be one of " + allowed + ", found " + value);
		}
		return value;
	}

}
