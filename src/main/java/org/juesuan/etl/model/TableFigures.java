package org.juesuan.etl.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stored figures of one table of a department-year, by row key (the code, else the
 * canonical label) and column, with the table's facts (shape, unit, empty statement) and
 * its most common published scale.
 */
public final class TableFigures {

	/** The row whose children are the 3-digit (类) codes. */
	static final String TOTAL = "合计";

	private final int number;

	private final StoredTable facts;

	private final Map<String, Map<String, Figure>> rows = new LinkedHashMap<>();

	private final Set<String> columns = new LinkedHashSet<>();

	private final Map<Integer, Integer> scales = new HashMap<>();

	/**
	 * The code rows by parent code (and 合计's 3-digit rows), built when first asked for.
	 */
	private volatile Map<String, List<String>> children;

	/**
	 * The row keys in row order, and the typical scale, made when first asked for: the
	 * audit's rules and the narrative's claims ask for them thousands of times per
	 * department-year.
	 */
	private volatile List<String> keys;

	private volatile Integer typicalScale;

	TableFigures(int number, StoredTable facts) {
		this.number = number;
		this.facts = facts;
	}

	public void add(Figure f) {
		rows.computeIfAbsent(key(f), k -> new LinkedHashMap<>()).put(f.columnName(), f);
		columns.add(f.columnName());
		if (f.publishedScale() != null) {
			scales.merge(f.publishedScale(), 1, Integer::sum);
		}
		children = null;
		keys = null;
		typicalScale = null;
	}

	public static String key(Figure f) {
		return f.rowCode() != null ? f.rowCode() : f.rowLabel();
	}

	public int number() {
		return number;
	}

	public StoredTable facts() {
		return facts;
	}

	public Optional<Figure> figure(String row, String column) {
		return Optional.ofNullable(cell(row, column));
	}

	/** The figure at a row and column, or null. */
	Figure cell(String row, String column) {
		Map<String, Figure> cells = rows.get(row);
		return cells == null ? null : cells.get(column);
	}

	public boolean hasColumn(String column) {
		return columns.contains(column);
	}

	public List<String> columns() {
		return List.copyOf(columns);
	}

	/** The row keys in row order (unmodifiable). */
	public List<String> rowKeys() {
		List<String> k = keys;
		if (k == null) {
			k = Collections.unmodifiableList(new ArrayList<>(rows.keySet()));
			keys = k;
		}
		return k;
	}

	public boolean hasRow(String row) {
		return rows.containsKey(row);
	}

	/**
	 * The code rows one level below {@code parent} (a code two digits longer that starts
	 * with it; for {@code 合计} the 3-digit codes), in row order.
	 */
	public List<String> children(String parent) {
		Map<String, List<String>> byParent = children;
		if (byParent == null) {
			byParent = childrenByParent();
			children = byParent;
		}
		return byParent.getOrDefault(parent, List.of());
	}

	private Map<String, List<String>> childrenByParent() {
		Map<String, List<String>> byParent = new HashMap<>();
		for (String k : rows.keySet()) {
			if (k.length() > 2 && isCode(k)) {
				byParent.computeIfAbsent(k.substring(0, k.length() - 2), p -> new ArrayList<>()).add(k);
			}
			if (k.length() == 3 && isCode(k)) {
				byParent.computeIfAbsent(TOTAL, p -> new ArrayList<>()).add(k);
			}
		}
		byParent.replaceAll((p, keys) -> List.copyOf(keys));
		return Map.copyOf(byParent);
	}

	/** True when the key is a code: ASCII digits only, as {@code \d+} matches. */
	public static boolean isCode(String key) {
		if (key.isEmpty()) {
			return false;
		}
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	/**
	 * The scale most figures of this table were published with; a blank cell is taken to
	 * have it.
	 */
	public int typicalScale() {
		Integer scale = typicalScale;
		if (scale == null) {
			scale = scales.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(2);
			typicalScale = scale;
		}
		return scale;
	}

	/** The first figure of a row, for its label when the key is a code. */
	public String label(String row) {
		Map<String, Figure> cells = rows.get(row);
		if (cells == null || cells.isEmpty()) {
			return row;
		}
		String label = cells.values().iterator().next().rowLabel();
		return label != null ? label : row;
	}

}
