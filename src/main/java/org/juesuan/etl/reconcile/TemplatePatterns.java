package org.juesuan.etl.reconcile;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.juesuan.etl.template.ConfigException;
import org.juesuan.etl.template.YamlNode;

/** Compiles a list of regular expressions of a configuration file, naming the file and key of a bad one. */
final class TemplatePatterns {

	private TemplatePatterns() {
	}

	static List<Pattern> compile(YamlNode node, String key) {
		return node.strings(key).stream().map(p -> {
			try {
				return Pattern.compile(p);
			} catch (PatternSyntaxException e) {
				throw new ConfigException(node.source(), node.key(key), "bad pattern " + p + ": " + e.getDescription());
			}
		}).toList();
	}
}
