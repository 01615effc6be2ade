package org.juesuan.etl.generate;

/**
 * The header of T8: optional 人员经费 | 公用经费 group row, then 科目编码 (类|款) | 科目名称 | 决算数 per
 * panel.
 */
final class BasicSpendingHeader {

	private final TableSheet out;

	private final int codeCols;

	private final boolean three;

	BasicSpendingHeader(TableSheet out, int codeCols, boolean three) {
		this.out = out;
		this.codeCols = codeCols;
		this.three = three;
	}

	/**
	 * Writes the header for {@code panels} panels from {@code row}; returns the first
	 * data row.
	 */
	int write(int row, int panels) {
		SheetBuilder sheet = out.sheet();
		int panelWidth = codeCols + 2;
		if (three) {
			sheet.text(row, 0, "人员经费").merge(row, row, 0, panelWidth - 1);
			sheet.text(row, panelWidth, "公用经费").merge(row, row, panelWidth, panels * panelWidth - 1);
			row++;
		}
		int last = codeCols == 2 ? row + 1 : row;
		String codeHeader = three ? "科目编码" : "经济分类科目编码";
		for (int p = 0; p < panels; p++) {
			int start = p * panelWidth;
			sheet.text(row, start, codeHeader).merge(row, row, start, start + codeCols - 1);
			if (codeCols == 2) {
				sheet.text(last, start, "类").text(last, start + 1, "款");
			}
			sheet.text(row, start + codeCols, "科目名称").merge(row, last, start + codeCols, start + codeCols);
			sheet.text(row, start + codeCols + 1, "决算数").merge(row, last, start + codeCols + 1, start + codeCols + 1);
			sheet.width(start + codeCols, 30).width(start + codeCols + 1, 14);
		}
		return last + 1;
	}

}
