package org.juesuan.etl.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a department-year's figures in code, as published:
 * {@code put(3, "2080505", "基本支出", "16.44", "D12")} is 16.44 in the table's unit with two
 * decimals on sheet 公开03表.
 */
public final class IndexFixture {

	private final Map<Integer, String> units = new LinkedHashMap<>();

	private final Map<Integer, String> shapes = new LinkedHashMap<>();

	private final Map<Integer, String> statements = new LinkedHashMap<>();

	private final List<Figure> figures = new ArrayList<>();

	public IndexFixture unit(int table, String unit) {
		units.put(table, unit);
		return this;
	}

	public IndexFixture shape(int table, String shape) {
		shapes.put(table, shape);
		return this;
	}

	public IndexFixture statement(int table, String statement) {
		statements.put(table, statement);
		units.putIfAbsent(table, "万元");
		return this;
	}

	/**
	 * A figure; row is a code (digits) or a label; value as published, its decimals are
	 * its precision.
	 */
	public IndexFixture put(int table, String row, String column, String value, String cell) {
		String unit = units.computeIfAbsent(table, t -> "万元");
		BigDecimal published = value == null ? null : new BigDecimal(value);
		BigDecimal yuan = published == null ? null
				: published.multiply("万元".equals(unit) ? BigDecimal.valueOf(10_000) : BigDecimal.ONE);
		boolean code = row.matches("\\d+");
		figures.add(new Figure(table, figures.size() + 1, code ? row : null, code ? "科目" + row : row, column, yuan,
				published, published == null ? null : Math.max(published.scale(), 0), unit, "f.xlsx", sheet(table),
				cell));
		return this;
	}

	/** Gives every figure of a code row of a table another printed name. */
	public IndexFixture rename(int table, String code, String name) {
		figures.replaceAll(f -> f.tableNo() == table && code.equals(f.rowCode())
				? new Figure(f.tableNo(), f.rowNo(), code, name, f.columnName(), f.amountYuan(), f.publishedValue(),
						f.publishedScale(), f.publishedUnit(), f.sourceFile(), f.sheet(), f.cell())
				: f);
		return this;
	}

	public FigureIndex index() {
		return index("测试局", 2024);
	}

	public FigureIndex index(String department, int year) {
		List<StoredTable> tables = units.keySet()
			.stream()
			.map(t -> new StoredTable(t, "f.xlsx", sheet(t), units.get(t),
					RowShape.of(shapes.getOrDefault(t, "functional")), false, statements.get(t), "sichuan-2024", t,
					null))
			.toList();
		return new FigureIndex(department, year, tables, figures);
	}

	public static String sheet(int table) {
		return String.format("公开%02d表", table);
	}

}
