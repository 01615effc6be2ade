package org.juesuan.etl.generate;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.assertj.core.api.SoftAssertions;

/**
 * Test helper: cross-checks on published figures, tolerating half a published cent per
 * figure involved.
 */
final class PublishedChecks {

	final SoftAssertions soft = new SoftAssertions();

	final FigureIndex figures;

	final BigDecimal halfCent;

	PublishedChecks(DepartmentPackage pkg) {
		figures = new FigureIndex(pkg.describe());
		halfCent = pkg.unit().toYuan(new BigDecimal("0.005"));
	}

	List<String> codes(int table, int length) {
		return figures.table(table)
			.stream()
			.map(ExpectedFigure::rowCode)
			.filter(code -> code != null && code.length() == length)
			.distinct()
			.toList();
	}

	void sum(int table, String row, String column, int partsTable, String... partRows) {
		BigDecimal parts = Arrays.stream(partRows)
			.map(r -> figures.get(partsTable, r, column))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		check(figures.get(table, row, column), parts, partRows.length, "T" + table + " " + row + "[" + column + "]");
	}

	void sumAcross(int table, String row, String column, int partsTable, String partColumn, String... partRows) {
		BigDecimal parts = Arrays.stream(partRows)
			.map(r -> figures.get(partsTable, r, partColumn))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		check(figures.get(table, row, column), parts, partRows.length, "T" + table + " " + row + "[" + column + "]");
	}

	void equal(int table, String row, String column, int otherTable, String otherRow, String otherColumn) {
		check(figures.get(table, row, column), figures.get(otherTable, otherRow, otherColumn), 1,
				"T" + table + " " + row + "[" + column + "] = T" + otherTable + " " + otherRow);
	}

	void rowSum(int table, String total, String... parts) {
		for (ExpectedFigure f : figures.table(table)) {
			if (f.columnName().equals(total)) {
				sumAcrossColumns(table, f.rowCode() == null ? f.rowLabel() : f.rowCode(), total, parts);
			}
		}
	}

	void hierarchy(int table) {
		for (ExpectedFigure f : figures.table(table)) {
			List<String> children = figures.table(table)
				.stream()
				.map(ExpectedFigure::rowCode)
				.filter(code -> code != null && isChild(f.rowCode(), code))
				.distinct()
				.toList();
			if (!children.isEmpty()) {
				sum(table, f.rowCode() == null ? "合计" : f.rowCode(), f.columnName(), table,
						children.toArray(String[]::new));
			}
		}
	}

	private static boolean isChild(String parent, String code) {
		return parent == null ? code.length() == 3 : code.length() == parent.length() + 2 && code.startsWith(parent);
	}

	private void sumAcrossColumns(int table, String row, String total, String... columns) {
		BigDecimal parts = Arrays.stream(columns)
			.map(col -> figures.get(table, row, col))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		check(figures.get(table, row, total), parts, columns.length, "T" + table + " row " + row);
	}

	private void check(BigDecimal actual, BigDecimal expected, int addends, String what) {
		BigDecimal tolerance = halfCent.multiply(BigDecimal.valueOf(addends + 1L));
		soft.assertThat(actual.subtract(expected).abs())
			.as(what + ": " + actual + " vs " + expected)
			.isLessThanOrEqualTo(tolerance);
	}

}
