package org.juesuan.etl.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet's rows as a streaming reader meets them, in ascending order, made into the
 * {@link SheetGrid} {@link GridLoader} makes of the same sheet in POI's usermodel: as
 * many rows as the last row's number (at most {@link GridLoader#MAX_ROWS}), each as wide
 * as its last cell (at most {@link GridLoader#MAX_COLUMNS}), missing cells blank, merged
 * regions spread.
 */
final class GridRows {

	private static final GridCell[] NO_CELLS = new GridCell[0];

	private final List<GridCell[]> rows = new ArrayList<>();

	private final GridCell[] open = new GridCell[GridLoader.MAX_COLUMNS];

	private int row = -1;

	private int lastCellNum;

	private boolean truncated;

	/**
	 * Opens the row with a 1-based number ({@code r}), or the one after the previous row
	 * when null; rows must ascend.
	 */
	void startRow(String r) {
		int index = r == null ? row + 1 : XlsxRefs.rowIndex(r);
		if (index <= row) {
			throw new XlsxUnsupported("row " + r + " out of order");
		}
		row = index;
		lastCellNum = 0;
	}

	/**
	 * The column of the next cell: its reference's ({@code r}), or the one after the
	 * previous cell when null; cells must ascend.
	 */
	int nextColumn(String r) {
		int column = r == null ? lastCellNum : XlsxRefs.columnIndex(r);
		if (column < lastCellNum) {
			throw new XlsxUnsupported("cell " + r + " out of order");
		}
		lastCellNum = column + 1;
		return column;
	}

	/** Whether the grid keeps a cell of the open row at this column. */
	boolean keeps(int column) {
		return row < GridLoader.MAX_ROWS && column < GridLoader.MAX_COLUMNS;
	}

	void put(int column, GridCell cell) {
		open[column] = cell;
	}

	void endRow() {
		if (row >= GridLoader.MAX_ROWS) {
			return;
		}
		int width = Math.min(lastCellNum, GridLoader.MAX_COLUMNS);
		truncated |= lastCellNum > GridLoader.MAX_COLUMNS;
		while (rows.size() < row) {
			rows.add(NO_CELLS);
		}
		GridCell[] cells = new GridCell[width];
		for (int c = 0; c < width; c++) {
			cells[c] = open[c] == null ? GridCell.BLANK : open[c];
		}
		Arrays.fill(open, 0, width, null);
		rows.add(cells);
	}

	SheetGrid toGrid(String name, List<CellRangeAddress> merges) {
		int height = Math.min(row + 1, GridLoader.MAX_ROWS);
		while (rows.size() < height) {
			rows.add(NO_CELLS);
		}
		GridCell[][] cells = rows.toArray(GridCell[][]::new);
		int width = 0;
		for (GridCell[] r : cells) {
			width = Math.max(width, r.length);
		}
		MergedRegions.spread(merges, cells);
		return new SheetGrid(name, cells, width, truncated || row + 1 > GridLoader.MAX_ROWS);
	}

}
