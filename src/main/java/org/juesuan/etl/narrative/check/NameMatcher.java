package org.juesuan.etl.narrative.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.juesuan.etl.template.Text;

/**
 * Compares the names the narrative writes with the names the tables print: after
 * normalisation (width, spaces, quotes, a leading ordinal, the markers （类）（款）（项）),
 * through alias groups, and optionally ignoring a trailing 支出 (the narrative writes
 * 一般公共服务（类）, the table 一般公共服务支出).
 */
final class NameMatcher {

	private final Map<String, String> canonical = new HashMap<>();

	NameMatcher(List<List<String>> aliasGroups) {
		for (List<String> group : aliasGroups) {
			group.forEach(name -> canonical.put(key(name), key(group.get(0))));
		}
	}

	boolean same(String narrative, String table) {
		return canonical(narrative).equals(canonical(table));
	}

	/** Equal, or equal once a trailing 支出 is dropped from both. */
	boolean sameLoosely(String narrative, String table) {
		return same(narrative, table) || stripSpending(canonical(narrative)).equals(stripSpending(canonical(table)));
	}

	String canonical(String name) {
		String k = key(name);
		return canonical.getOrDefault(k, k);
	}

	private static String key(String name) {
		return Text.label(name).replaceAll("\\((类|款|项)\\)", "");
	}

	private static String stripSpending(String name) {
		return name.endsWith("支出") ? name.substring(0, name.length() - 2) : name;
	}

}
