package org.juesuan.etl.narrative.check;

import java.util.List;
import java.util.Map;

import org.juesuan.etl.model.Severity;
import org.juesuan.etl.model.Term;

/**
 * Where the narrative's subjects are found in the tables
 * ({@code config/narrative/mapping.yml}): figure lines tried in order, default share
 * denominators by section, name aliases, what the narrative must describe, and the
 * severity of each kind of narrative finding.
 */
record NarrativeMapping(List<Line> lines, Map<String, String> denominators, NameMatcher names, List<Line> mustDescribe,
		Map<String, Severity> severities, List<java.util.regex.Pattern> templateText, List<ItemList> itemLists,
		Map<String, String> itemNames) {

	/**
	 * A list of items the narrative gives under a total ("人员经费 … 主要包括：…"): the rows of
	 * {@code table} whose economic codes start with one of {@code codes}, their amounts
	 * in {@code column}.
	 */
	record ItemList(String subject, int table, List<String> codes, String column) {
	}

	/**
	 * One mapping: in {@code section} (a numeral, or null for any), {@code subject} (or
	 * {@code *} for any, or a 类/款/项 path when {@code path}) is {@code figure};
	 * {@code budget} is what a completion rate divides by.
	 */
	record Line(String section, String subject, boolean path, Term figure, Term budget, Severity severity) {
	}

	NarrativeMapping {
		lines = List.copyOf(lines);
		denominators = Map.copyOf(denominators);
		mustDescribe = List.copyOf(mustDescribe);
		severities = Map.copyOf(severities);
		templateText = List.copyOf(templateText);
		itemLists = List.copyOf(itemLists);
		itemNames = Map.copyOf(itemNames);
	}

	Severity severity(String kind) {
		return severities.getOrDefault(kind, Severity.WARNING);
	}
}
