package org.juesuan.etl.aggregate;

import java.util.List;

import org.juesuan.etl.template.ColumnSpec;

/**
 * T13: every column stands for a (row, column) pair, under a header of row names over 预算数
 * / 决算数; one data row.
 */
record SingleRowLayout(List<ColumnSpec> columns) implements TableLayout {

	@Override
	public int width() {
		return columns.size();
	}

	@Override
	public int write(SheetWriter sheet, int row, ConsolidatedTable data) {
		HeaderTree tree = HeaderTree.of(columns);
		tree.write(sheet, row, 0, tree.depth());
		int r = row + tree.depth();
		for (int c = 0; c < columns.size(); c++) {
			ColumnSpec column = columns.get(c);
			sheet.amount(r, c, data.amount(column.row(), column.name()), data.has(column.row(), column.name()));
			sheet.width(c, 14);
		}
		return r + 1;
	}
}
