package org.juesuan.etl.generate;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.juesuan.etl.generate.LayoutOptions.AmountStyle;
import org.juesuan.etl.generate.LayoutOptions.EmptyStatement;
import org.juesuan.etl.generate.LayoutOptions.ZeroStyle;

/**
 * The sheet one table is written into: writes the title block and footer, and writes
 * every amount the way the layout asks while recording the {@link ExpectedFigure} a
 * parser must read from that cell.
 */
final class TableSheet {

	static final String TITLE_STATEMENT = "（本单位没有有关数据，故本表无数据）";

	private final SheetBuilder sheet;

	private final LayoutOptions options;

	private final AppendixTable table;

	private final DepartmentData department;

	private final List<PlacedFigure> placed = new ArrayList<>();

	private final TreeSet<String> auxiliary = new TreeSet<>();

	private final Map<String, BigDecimal> shownByCell = new HashMap<>();

	private String statement;

	TableSheet(SheetBuilder sheet, LayoutOptions options, AppendixTable table, DepartmentData department) {
		this.sheet = sheet;
		this.options = options;
		this.table = table;
		this.department = department;
	}

	SheetBuilder sheet() {
		return sheet;
	}

	LayoutOptions options() {
		return options;
	}

	String departmentName() {
		return department.name();
	}

	/**
	 * Marks the table empty; returns the title suffix to use ("" when the statement goes
	 * under the grid).
	 */
	String declareEmpty(String underGrid) {
		boolean inTitle = options.emptyStatement() == EmptyStatement.IN_TITLE;
		statement = inTitle ? TITLE_STATEMENT : underGrid;
		return inTitle ? TITLE_STATEMENT : "";
	}

	/**
	 * Writes title, label, department and unit lines over {@code width} columns; returns
	 * the next free row.
	 */
	int header(int width, String titleSuffix) {
		sheet.text(0, 0, TableWording.titlePrefix(options, department) + table.title() + titleSuffix)
			.merge(0, 0, 0, width - 1);
		int row = 1;
		String label = TableWording.label(options, table);
		if (label != null) {
			sheet.text(row++, width - 1, label);
		}
		sheet.text(row, 0, TableWording.departmentLine(options) + department.name()).merge(row, row, 0, width - 2);
		sheet.text(row, width - 1, TableWording.unitLine(options));
		return row + 1;
	}

	/**
	 * Writes the empty-table statement (if under the grid) and the footnote from
	 * {@code row}.
	 */
	void footer(int row) {
		if (statement != null && options.emptyStatement() == EmptyStatement.UNDER_GRID) {
			sheet.text(row++, 0, statement);
		}
		if (options.footnotes()) {
			sheet.text(row, 0, table.footnote());
		}
	}

	/** Writes an amount given in 元 as published, and records it. */
	void amount(int row, int col, RowKey key, String column, BigDecimal yuan) {
		BigDecimal shown = options.unit().publish(yuan);
		write(row, col, shown);
		record(row, col, key, column, shown);
	}

	/**
	 * Writes a total: a SUM formula over {@code parts} when the layout asks for formulas,
	 * else the amount.
	 */
	void total(int row, int col, RowKey key, String column, BigDecimal yuan, List<String> parts) {
		if (!options.writesFormulas() || parts.isEmpty()) {
			amount(row, col, key, column, yuan);
			return;
		}
		BigDecimal shown = parts.stream()
			.map(p -> shownByCell.getOrDefault(p, BigDecimal.ZERO))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		sheet.formula(row, col, "SUM(" + String.join(",", parts) + ")", numberFormat());
		record(row, col, key, column, shown);
	}

	/** Leaves an amount cell of a data row blank (an empty table's 合计 row): read as 0. */
	void blank(int row, int col, RowKey key, String column) {
		record(row, col, key, column, BigDecimal.ZERO.setScale(2));
	}

	/** Writes a placeholder such as "—": read as null. */
	void placeholder(int row, int col, RowKey key, String column, String text) {
		sheet.text(row, col, text);
		placed.add(new PlacedFigure(new ExpectedFigure(table.number(), key.code(), key.label(), column, null),
				sheet.name(), SheetBuilder.address(row, col)));
	}

	/** Writes a 栏次 or 行次 number. */
	void auxiliary(int row, int col, int number) {
		sheet.number(row, col, number, null);
		auxiliary.add(SheetBuilder.address(row, col));
	}

	RenderedTable finish() {
		return new RenderedTable(table, sheet.name(), placed, auxiliary, statement);
	}

	private void write(int row, int col, BigDecimal shown) {
		if (shown.signum() == 0 && options.zeroStyle() == ZeroStyle.BLANK) {
			return;
		}
		if (options.amountStyle() == AmountStyle.TEXT) {
			sheet.text(row, col, new DecimalFormat("#,##0.00").format(shown));
		}
		else {
			sheet.number(row, col, shown.doubleValue(), numberFormat());
		}
	}

	private String numberFormat() {
		return options.amountStyle() == AmountStyle.NUMBER ? "0.00" : "#,##0.00";
	}

	private void record(int row, int col, RowKey key, String column, BigDecimal shown) {
		String cell = SheetBuilder.address(row, col);
		shownByCell.put(cell, shown);
		BigDecimal yuan = options.unit().toYuan(shown);
		placed.add(new PlacedFigure(new ExpectedFigure(table.number(), key.code(), key.label(), column, yuan),
				sheet.name(), cell));
	}

}
