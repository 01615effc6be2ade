package org.juesuan.etl.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;

import org.juesuan.etl.generate.LayoutOptions.CodeColumns;
import org.juesuan.etl.generate.LayoutOptions.TotalRow;

/**
 * A coded table: 项目 (科目编码, 科目名称) then amount columns; a 合计 row and the 类/款/项 rows of the
 * given leaf codes. Used by T2, T3, T5, T6, T7, T9, T10, T11 and T12.
 */
final class CodedGrid {

	private static final RowKey TOTAL = RowKey.label("合计");

	private final TableSheet out;

	private final CodeKind kind;

	private final List<ColumnSpec> columns;

	private final int codeCols;

	CodedGrid(TableSheet out, CodeKind kind, List<ColumnSpec> columns) {
		this.out = out;
		this.kind = kind;
		this.columns = List.copyOf(columns);
		this.codeCols = out.options().codeColumns() == CodeColumns.SPLIT ? kind.lengths().size() : 1;
	}

	/** Total number of columns. */
	int width() {
		return codeCols + 1 + columns.size();
	}

	/** The candidate leaves with a non-zero amount in some column, sorted. */
	List<String> nonZero(Collection<String> candidates) {
		return new TreeSet<>(candidates).stream()
			.filter(c -> columns.stream().anyMatch(col -> col.value().apply(c).signum() != 0))
			.toList();
	}

	/**
	 * Writes header, 栏次, 合计 and hierarchy rows of {@code leaves} from {@code row};
	 * returns the next free row.
	 */
	int render(int row, Collection<String> leaves) {
		row = new CodedHeader(out, kind, columns, codeCols).write(row);
		List<String> codes = hierarchy(leaves);
		boolean totalFirst = out.options().totalRow() == TotalRow.FIRST;
		int first = totalFirst ? row + 1 : row;
		List<String> classCells = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			writeCodeRow(first + i, codes.get(i));
		}
		for (int c = 0; c < columns.size(); c++) {
			classCells.clear();
			for (int i = 0; i < codes.size(); i++) {
				if (kind.level(codes.get(i)) == 0) {
					classCells.add(SheetBuilder.address(first + i, amountCol(c)));
				}
			}
			writeTotal(totalFirst ? row : row + codes.size(), c, leaves.isEmpty(), classCells);
		}
		return row + codes.size() + 1;
	}

	private List<String> hierarchy(Collection<String> leaves) {
		LinkedHashSet<String> codes = new LinkedHashSet<>();
		for (String leaf : new TreeSet<>(leaves)) {
			kind.lengths().stream().filter(n -> n <= leaf.length()).forEach(n -> codes.add(leaf.substring(0, n)));
		}
		return List.copyOf(codes);
	}

	private void writeCodeRow(int row, String code) {
		SheetBuilder sheet = out.sheet();
		if (codeCols == 1) {
			sheet.text(row, 0, code);
		}
		else {
			for (int p = 0; p < codeCols; p++) {
				sheet.text(row, p, kind.part(code, p));
			}
		}
		String name = kind.name(code);
		sheet.indented(row, codeCols, name, out.options().indentNames() ? kind.level(code) : 0);
		RowKey key = new RowKey(code, name);
		for (int c = 0; c < columns.size(); c++) {
			out.amount(row, amountCol(c), key, columns.get(c).canonical(), columns.get(c).value().apply(code));
		}
	}

	private void writeTotal(int row, int c, boolean empty, List<String> classCells) {
		if (c == 0) {
			out.sheet().text(row, 0, "合计").merge(row, row, 0, codeCols);
		}
		ColumnSpec column = columns.get(c);
		if (empty) {
			out.blank(row, amountCol(c), TOTAL, column.canonical());
		}
		else {
			BigDecimal yuan = column.value().apply("");
			out.total(row, amountCol(c), TOTAL, column.canonical(), yuan, classCells);
		}
	}

	private int amountCol(int c) {
		return codeCols + 1 + c;
	}

}
