package org.juesuan.etl.aggregate;

import java.util.ArrayList;
import java.util.List;

import org.juesuan.etl.template.PanelSpec;
import org.juesuan.etl.template.RowSpec;

/**
 * Side-by-side panels (T1, T4: 收入 | 支出), each 项目 | its amount columns under the panel's
 * name. Each panel's rows before its first 合计 row (and, in a functional panel, the 类
 * rows) come first; the 合计 rows are aligned across panels and the last rows (收入总计 | 支出总计)
 * share the bottom line.
 */
record PanelLayout(List<PanelSpec> panels) implements TableLayout {

	private record Line(String printed, String key) {
	}

	@Override
	public int width() {
		return panels.stream().mapToInt(p -> 1 + p.columns().size()).sum();
	}

	@Override
	public int write(SheetWriter sheet, int row, ConsolidatedTable data) {
		int depth = 1 + panels.stream().mapToInt(p -> HeaderTree.of(p.columns()).depth()).max().orElse(1);
		List<List<Line>> pre = new ArrayList<>();
		List<List<Line>> post = new ArrayList<>();
		int col = 0;
		for (PanelSpec panel : panels) {
			int panelWidth = 1 + panel.columns().size();
			sheet.header(row, col, panel.name(), row, col + panelWidth - 1);
			sheet.header(row + 1, col, "项目", row + depth - 1, col);
			HeaderTree.of(panel.columns()).write(sheet, row + 1, col + 1, depth - 1);
			sheet.width(col, 34);
			split(panel, data, pre, post);
			col += panelWidth;
		}
		int first = row + depth;
		int preHeight = pre.stream().mapToInt(List::size).max().orElse(0);
		int postHeight = post.stream().mapToInt(List::size).max().orElse(0);
		col = 0;
		for (int p = 0; p < panels.size(); p++) {
			List<Line> before = pre.get(p);
			List<Line> after = post.get(p);
			for (int i = 0; i < before.size(); i++) {
				line(sheet, first + i, col, panels.get(p), before.get(i), data);
			}
			for (int i = 0; i < after.size(); i++) {
				int at = i == after.size() - 1 ? postHeight - 1 : i;
				line(sheet, first + preHeight + at, col, panels.get(p), after.get(i), data);
			}
			col += 1 + panels.get(p).columns().size();
		}
		return first + preHeight + postHeight;
	}

	private static void split(PanelSpec panel, ConsolidatedTable data, List<List<Line>> pre, List<List<Line>> post) {
		List<Line> before = new ArrayList<>();
		List<Line> after = new ArrayList<>();
		for (RowSpec spec : panel.rows()) {
			Line line = new Line(spec.after() == null ? spec.label() : spec.aliases().get(0), spec.label());
			(after.isEmpty() && !spec.label().contains(CodedLayout.TOTAL) ? before : after).add(line);
		}
		if (panel.functionalClasses()) {
			data.codes(3).forEach(code -> before.add(new Line(data.label(code), code)));
		}
		pre.add(before);
		post.add(after);
	}

	private static void line(SheetWriter sheet, int row, int col, PanelSpec panel, Line line, ConsolidatedTable data) {
		sheet.text(row, col, line.printed());
		for (int c = 0; c < panel.columns().size(); c++) {
			String column = panel.columns().get(c).name();
			sheet.amount(row, col + 1 + c, data.amount(line.key(), column), data.has(line.key(), column));
		}
	}
}
