package org.juesuan.etl.aggregate;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The consolidated figures of one canonical table, by row key (code or fixed label) and
 * column.
 */
final class ConsolidatedTable {

	private final Map<String, Map<String, BigDecimal>> amounts = new HashMap<>();

	private final TreeMap<String, String> codeLabels = new TreeMap<>();

	ConsolidatedTable(List<ConsolidatedFigure> figures) {
		for (ConsolidatedFigure f : figures) {
			amounts.computeIfAbsent(f.rowKey(), k -> new HashMap<>()).put(f.columnName(), f.amountYuan());
			if (f.rowCode() != null) {
				codeLabels.put(f.rowCode(), f.rowLabel());
			}
		}
	}

	boolean isEmpty() {
		return amounts.isEmpty();
	}

	/**
	 * No figure of the table has an amount other than zero: the table states that it is
	 * empty.
	 */
	boolean allZero() {
		return amounts.values()
			.stream()
			.flatMap(row -> row.values().stream())
			.allMatch(a -> a == null || a.signum() == 0);
	}

	/** Some row has a figure in {@code column}. */
	boolean hasColumn(String column) {
		return amounts.values().stream().anyMatch(row -> row.containsKey(column));
	}

	/** Coded rows in code order, which is also the 类 › 款 › 项 order. */
	List<String> codes() {
		return List.copyOf(codeLabels.keySet());
	}

	/** Codes of {@code length} digits. */
	List<String> codes(int length) {
		return codeLabels.keySet().stream().filter(c -> c.length() == length).toList();
	}

	String label(String code) {
		return codeLabels.get(code);
	}

	boolean has(String key, String column) {
		return amounts.containsKey(key) && amounts.get(key).containsKey(column);
	}

	BigDecimal amount(String key, String column) {
		return has(key, column) ? amounts.get(key).get(column) : null;
	}

}
