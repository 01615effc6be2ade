package org.juesuan.etl.model;

import java.util.ArrayList;
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

	private final int number;

	private final StoredTable facts;

	private final Map<String, Map<String, Figure>> rows = new LinkedHashMap<>();

	private final Set<String> columns = new LinkedHashSet<>();

	private final Map<Integer, Integer> scales = new HashMap<>();

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
		return Optional.ofNullable(rows.getOrDefault(row, Map.of()).get(column));
	}

	public boolean hasColumn(String column) {
		return columns.contains(column);
	}

	public List<String> columns() {
		return List.copyOf(columns);
	}

	public List<String> rowKeys() {
		return new ArrayList<>(rows.keySet());
	}

	/**
	 * The scale most figures of this table were published with; a blank cell is taken to
	 * have it.
	 */
	public int typicalScale() {
		return scales.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(2);
	}

	/** The first figure of a row, for its label when the key is a code. */
	public String label(String row) {
		return rows.getOrDefault(row, Map.of()).values().stream().findFirst().map(Figure::rowLabel).orElse(row);
	}

}
