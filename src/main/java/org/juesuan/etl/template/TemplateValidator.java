package org.juesuan.etl.template;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks a loaded set as a whole: distinct table numbers, each canonical table at most
 * once and known to the canonical model, unique column names per panel.
 */
final class TemplateValidator {

	private TemplateValidator() {
	}

	static void validate(TemplateSet set) {
		if (set.tables().isEmpty()) {
			throw new ConfigException(set.name(), "t<NN>.yml", "the set defines no table");
		}
		Set<Integer> numbers = new HashSet<>();
		Set<Integer> canonical = new HashSet<>();
		for (TableTemplate table : set.tables()) {
			if (!numbers.add(table.number())) {
				throw new ConfigException(table.source(), "number", "table " + table.number() + " is defined twice");
			}
			if (!canonical.add(table.canonical())) {
				throw new ConfigException(table.source(), "canonical",
						"canonical table T" + table.canonical() + " is mapped twice");
			}
			table.panels().forEach(panel -> uniqueColumns(table, panel));
		}
	}

	static void validateCanonical(TemplateSet set, Map<Integer, String> canonicalTitles) {
		set.tables().stream().filter(t -> !canonicalTitles.containsKey(t.canonical())).findFirst().ifPresent(t -> {
			throw new ConfigException(t.source(), "canonical",
					"T" + t.canonical() + " is not a table of the canonical model " + canonicalTitles.keySet());
		});
	}

	private static void uniqueColumns(TableTemplate table, PanelSpec panel) {
		Set<String> names = new HashSet<>();
		panel.columns().forEach(c -> {
			String key = c.row() + "|" + c.name();
			if (!names.add(key)) {
				throw new ConfigException(table.source(), "panels." + panel.name() + ".columns",
						"column " + c.name() + " is defined twice");
			}
		});
	}

}
