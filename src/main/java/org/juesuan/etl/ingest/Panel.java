package org.juesuan.etl.ingest;

import java.util.List;

import org.juesuan.etl.template.PanelSpec;

/**
 * One panel of a table as found on the sheet: its template, its code columns (one
 * full-code column, or the 类/款/项 parts in order), its label column (-1 if none) and its
 * amount columns.
 */
record Panel(PanelSpec spec, List<Integer> codeColumns, int labelColumn, List<AmountColumn> amounts) {

	Panel {
		codeColumns = List.copyOf(codeColumns);
		amounts = List.copyOf(amounts);
	}
}
