package org.juesuan.etl.generate;

import java.util.List;
import java.util.Objects;

/** The merged multi-row header of a coded table, and its optional 栏次 row. */
final class CodedHeader {

	private final TableSheet out;

	private final CodeKind kind;

	private final List<ColumnSpec> columns;

	private final int codeCols;

	CodedHeader(TableSheet out, CodeKind kind, List<ColumnSpec> columns, int codeCols) {
		this.out = out;
		this.kind = kind;
		this.columns = columns;
		this.codeCols = codeCols;
	}

	/**
	 * Writes the header from {@code top}; returns the first row after it (and after the
	 * 栏次 row).
	 */
	int write(int top) {
		SheetBuilder sheet = out.sheet();
		int last = top + (codeCols > 1 ? 2 : 1);
		sheet.text(top, 0, "项目").merge(top, top, 0, codeCols);
		sheet.text(top + 1, 0, kind.header(out.options()))
			.merge(top + 1, codeCols > 1 ? last - 1 : last, 0, codeCols - 1);
		sheet.text(top + 1, codeCols, "科目名称").merge(top + 1, last, codeCols, codeCols);
		for (int p = 0; codeCols > 1 && p < codeCols; p++) {
			sheet.text(last, p, kind.partHeaders().get(p));
		}
		for (int c = 0; c < columns.size(); c++) {
			writeColumn(top, last, c);
		}
		widths();
		return out.options().columnNumbers() ? columnNumbers(last + 1) : last + 1;
	}

	private void writeColumn(int top, int last, int c) {
		SheetBuilder sheet = out.sheet();
		int col = codeCols + 1 + c;
		ColumnSpec column = columns.get(c);
		if (column.group() == null) {
			sheet.text(top, col, column.header()).merge(top, last, col, col);
			return;
		}
		if (c == 0 || !Objects.equals(columns.get(c - 1).group(), column.group())) {
			int span = (int) columns.subList(c, columns.size())
				.stream()
				.takeWhile(s -> column.group().equals(s.group()))
				.count();
			sheet.text(top, col, column.group()).merge(top, top, col, col + span - 1);
		}
		sheet.text(top + 1, col, column.header()).merge(top + 1, last, col, col);
	}

	private int columnNumbers(int row) {
		out.sheet().text(row, codeCols, "栏次");
		for (int c = 0; c < columns.size(); c++) {
			out.auxiliary(row, codeCols + 1 + c, c + 1);
		}
		return row + 1;
	}

	private void widths() {
		for (int p = 0; p < codeCols; p++) {
			out.sheet().width(p, codeCols > 1 ? 6 : 12);
		}
		out.sheet().width(codeCols, 36);
		for (int c = 0; c < columns.size(); c++) {
			out.sheet().width(codeCols + 1 + c, 16);
		}
	}

}
