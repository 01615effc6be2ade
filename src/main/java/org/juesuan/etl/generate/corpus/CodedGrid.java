package org.juesuan.etl.generate.corpus;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;

import org.juesuan.etl.generate.FunctionalClassification;
import org.juesuan.etl.generate.Ledger;

/**
 * A national table with 功能分类 rows (T2, T3, T5, T8, T9): 项目 header over the code and name
 * columns, amount columns (optionally grouped), the 合计 row where the layout puts it, then
 * 类/款/项 rows in code order.
 */
final class CodedGrid {

	private final NationalSheet s;

	private final List<Column> columns;

	private final int codeCols;

	CodedGrid(NationalSheet s, List<Column> columns) {
		this.s = s;
		this.columns = List.copyOf(columns);
		this.codeCols = s.layout().splitCodes() ? 3 : 1;
	}

	/**
	 * Writes the grid from row {@code r}; {@code items} are the 7-digit codes to show.
	 * Returns the next free row.
	 */
	int write(int r, List<String> items) {
		NationalLayout.TotalAt at = s.layout().effectiveTotalAt();
		int top = r + (s.layout().splitCodes() ? 3 : 2);
		head(r, at);
		int row = top;
		if (at == NationalLayout.TotalAt.SUBHEADER) {
			total(top - 1, codeCols);
		}
		else if (at == NationalLayout.TotalAt.TOP) {
			total(row++, 0);
		}
		for (String code : withParents(items)) {
			row(row++, code);
		}
		if (at == NationalLayout.TotalAt.BOTTOM) {
			total(row++, 0);
		}
		return row;
	}

	private void head(int r, NationalLayout.TotalAt at) {
		boolean split = s.layout().splitCodes();
		int last = r + (split ? 2 : 1) - (at == NationalLayout.TotalAt.SUBHEADER ? 1 : 0);
		s.head(r, r, 0, codeCols, "项目");
		s.head(r + 1, r + 1, 0, codeCols - 1, "功能分类科目编码");
		s.head(r + 1, split && at != NationalLayout.TotalAt.SUBHEADER ? r + 2 : r + 1, codeCols, codeCols, "科目名称");
		if (split) {
			s.text(r + 2, 0, "类").text(r + 2, 1, "款").text(r + 2, 2, "项");
		}
		for (int c = 0; c < columns.size(); c++) {
			Column column = columns.get(c);
			int col = codeCols + 1 + c;
			if (column.group() == null) {
				s.head(r, last, col, col, column.name());
			}
			else {
				if (c == 0 || !column.group().equals(columns.get(c - 1).group())) {
					s.head(r, r, col,
							col + (int) columns.stream().filter(x -> column.group().equals(x.group())).count() - 1,
							column.group());
				}
				s.head(r + 1, last, col, col, column.name());
			}
		}
	}

	private void total(int row, int labelCol) {
		s.text(row, labelCol, "合计");
		if (labelCol == 0) {
			s.merge(row, row, 0, codeCols);
		}
		amounts(row, "");
	}

	private void row(int row, String code) {
		if (s.layout().splitCodes()) {
			s.text(row, 0, code.substring(0, 3));
			if (code.length() >= 5) {
				s.text(row, 1, code.substring(3, 5));
			}
			if (code.length() == 7) {
				s.text(row, 2, code.substring(5, 7));
			}
		}
		else {
			s.text(row, 0, code);
		}
		s.text(row, codeCols, FunctionalClassification.name(code));
		amounts(row, code);
	}

	private void amounts(int row, String code) {
		for (int c = 0; c < columns.size(); c++) {
			s.amount(row, codeCols + 1 + c, columns.get(c).value().apply(code));
		}
	}

	private static TreeSet<String> withParents(List<String> items) {
		TreeSet<String> codes = new TreeSet<>();
		for (String item : items) {
			codes.add(item.substring(0, 3));
			codes.add(item.substring(0, 5));
			codes.add(item);
		}
		return codes;
	}

	/** The 7-digit codes of a ledger with a non-zero value in any column. */
	static List<String> items(Ledger l, List<Column> columns) {
		return l.functionCodes()
			.stream()
			.filter(c -> columns.stream()
				.anyMatch(col -> Figures.wan(col.value().apply(c)).signum() != 0 || col.value().apply(c).signum() != 0))
			.toList();
	}

	static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(2);
	}

}
