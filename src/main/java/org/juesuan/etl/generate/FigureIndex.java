package org.juesuan.etl.generate;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper: expected figures of a rendered package by table, row (code or label) and
 * column.
 */
final class FigureIndex {

	private final Map<String, BigDecimal> amounts = new HashMap<>();

	private final Map<Integer, List<ExpectedFigure>> byTable = new HashMap<>();

	FigureIndex(RenderedPackage rendered) {
		for (int table = 1; table <= 13; table++) {
			List<ExpectedFigure> figures = rendered.figures(table);
			byTable.put(table, figures);
			for (ExpectedFigure f : figures) {
				if (amounts.put(table + "|" + f.key(), f.amountYuan()) != null) {
					throw new IllegalStateException("duplicate figure " + f);
				}
			}
		}
	}

	/** The amount of a figure; fails if the table has no such figure. */
	BigDecimal get(int table, String row, String column) {
		String key = table + "|" + row + "|" + column;
		if (!amounts.containsKey(key)) {
			throw new IllegalArgumentException("no figure " + key);
		}
		BigDecimal amount = amounts.get(key);
		return amount == null ? BigDecimal.ZERO.setScale(2) : amount;
	}

	/** The figures of one table. */
	List<ExpectedFigure> table(int table) {
		return byTable.get(table);
	}

}
