package org.juesuan.etl.aggregate;

import java.util.List;

import org.juesuan.etl.template.ColumnSpec;
import org.juesuan.etl.template.PanelSpec;
import org.juesuan.etl.template.RowSpec;

/**
 * 科目编码 | 科目名称 | amount columns: the 合计 row, then every coded row in code order (类 › 款 ›
 * 项), then the panel's fixed rows (T8's 人员经费合计, 公用经费合计).
 */
record CodedLayout(PanelSpec panel) implements TableLayout {

	static final String TOTAL = "合计";

	@Override
	public int width() {
		return 2 + panel.columns().size();
	}

	@Override
	public int write(SheetWriter sheet, int row, ConsolidatedTable data) {
		HeaderTree tree = HeaderTree.of(panel.columns());
		int depth = tree.depth();
		sheet.header(row, 0, "科目编码", row + depth - 1, 0);
		sheet.header(row, 1, "科目名称", row + depth - 1, 1);
		tree.write(sheet, row, 2, depth);
		sheet.width(0, 12);
		sheet.width(1, 32);
		int r = row + depth;
		if (panel.rows().isEmpty()) {
			line(sheet, r++, null, TOTAL, TOTAL, data);
		}
		for (String code : data.codes()) {
			line(sheet, r++, code, data.label(code), code, data);
		}
		for (RowSpec fixed : panel.rows()) {
			line(sheet, r++, null, fixed.label(), fixed.label(), data);
		}
		return r;
	}

	private void line(SheetWriter sheet, int row, String code, String label, String key, ConsolidatedTable data) {
		sheet.text(row, 0, code);
		sheet.text(row, 1, label);
		List<ColumnSpec> columns = panel.columns();
		for (int c = 0; c < columns.size(); c++) {
			sheet.amount(row, 2 + c, data.amount(key, columns.get(c).name()), data.has(key, columns.get(c).name()));
		}
	}
}
