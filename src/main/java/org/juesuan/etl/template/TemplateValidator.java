package org.juesuan.etl.template;

import java.util.HashSet;
import java.util.Set;

/** Checks a loaded set as a whole: 13 distinct table numbers, unique column names per panel. */
final class TemplateValidator {

	private TemplateValidator() {
	}

	static void validate(TemplateSet set) {
		Set<Integer> numbers = new HashSet<>();
		for (TableTemplate table : set.tables()) {
			if (!numbers.add(table.number())) {
				throw new ConfigException(table.source(), "number", "table " + table.number() + " is defined twice");
			}
			table.panels().forEach(panel -> uniqueColumns(table, panel));
		}
		for (int n = 1; n <= 13; n++) {
			if (!numbers.contains(n)) {
				throw new ConfigException(set.name(), "t" + String.format("%02d", n) + ".yml", "table " + n + " is missing");
			}
		}
	}

	private static void uniqueColumns(TableTemplate table, PanelSpec panel) {
		Set<String> names = new HashSet<>();
		panel.columns().forEach(c -> {
			String key = c.row() + "|" + c.name();
			if (!names.add(key)) {
				throw new ConfigException(table.source(), "panels." + panel.name() + ".columns", "column " + c.name() + " is defined twice");
			}
		});
	}
}
