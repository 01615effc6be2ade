package org.juesuan.etl.narrative.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.juesuan.etl.template.Text;

/**
 * Compares the names the narrative writes with the names the tables print: after
 * normalisation (width, spaces, quotes, a leading ordinal, the markers （类）（款）（项）),
 * through alias groups, and optionally ignoring a trailing 支出 (the narrative writes
 * 一般公共服务（类）, the table 一般公共服务支出).
 */
final class NameMatcher {

	/**
	 * How many names' canonical forms are remembered; past it the memo starts afresh, so
	 * it does not grow with the number of departments checked.
	 */
	static final int REMEMBERED = 4096;

	private static final Pattern MARKERS = Pattern.compile("\\((类|款|项)\\)");

	private final Map<String, String> canonical = new HashMap<>();

	// every claim is compared with every row label of its table: the same few hundred
	// names are normalised again and again
	private final Map<String, String> remembered = new ConcurrentHashMap<>();

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
		if (name == null) {
			return computeCanonical(null);
		}
		String known = remembered.get(name);
		if (known == null) {
			known = computeCanonical(name);
			if (remembered.size() >= REMEMBERED) {
				remembered.clear();
			}
			remembered.put(name, known);
		}
		return known;
	}

	/** {@link #canonical} without the memo. */
	String computeCanonical(String name) {
		String k = key(name);
		return canonical.getOrDefault(k, k);
	}

	/** How many names are remembered now (at most {@link #REMEMBERED}). */
	int remembered() {
		return remembered.size();
	}

	private static String key(String name) {
		return MARKERS.matcher(Text.label(name)).replaceAll("");
	}

	private static String stripSpending(String name) {
		return name.endsWith("支出") ? name.substring(0, name.length() - 2) : name;
	}

}
