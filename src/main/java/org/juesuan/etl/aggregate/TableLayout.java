package org.juesuan.etl.aggregate;

import java.util.List;

import org.juesuan.etl.template.ColumnSpec;
import org.juesuan.etl.template.PanelSpec;
import org.juesuan.etl.template.TableTemplate;

/**
 * How one table is laid out on its sheet below the title lines: coded rows, side-by-side
 * panels, or a single row. Only the columns the departments published are laid out (a
 * blank column would read back as zeros that break the table's own checks, e.g. T2's
 * 财政拨款收入 split); a table nobody published keeps all its columns.
 */
interface TableLayout {

	static TableLayout of(TableTemplate table, ConsolidatedTable data) {
		if (table.singleRow()) {
			return new SingleRowLayout(
					table.allColumns().stream().filter(c -> data.isEmpty() || data.has(c.row(), c.name())).toList());
		}
		List<PanelSpec> panels = table.panels().stream().map(p -> published(p, data)).toList();
		return panels.size() > 1 ? new PanelLayout(panels) : new CodedLayout(panels.get(0));
	}

	private static PanelSpec published(PanelSpec panel, ConsolidatedTable data) {
		List<ColumnSpec> columns = panel.columns()
			.stream()
			.filter(c -> data.isEmpty() || data.hasColumn(c.name()))
			.toList();
		return new PanelSpec(panel.name(), columns.isEmpty() ? panel.columns() : columns, panel.rows(),
				panel.functionalClasses());
	}

	/** Columns the layout takes. */
	int width();

	/**
	 * Writes the header from {@code row} and the rows below it; returns the first row
	 * below the grid.
	 */
	int write(SheetWriter sheet, int row, ConsolidatedTable data);

}
