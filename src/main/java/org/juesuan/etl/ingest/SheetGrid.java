package org.juesuan.etl.ingest;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellReference;
import org.juesuan.etl.template.Text;

/**
 * A sheet as a rectangular grid of {@link GridCell}s, merged regions resolved to their
 * top-left value.
 */
final class SheetGrid {

	private final String name;

	private final GridCell[][] cells;

	private final int width;

	private final boolean truncated;

	SheetGrid(String name, GridCell[][] cells, int width, boolean truncated) {
		this.name = name;
		this.cells = cells;
		this.width = width;
		this.truncated = truncated;
	}

	/** The sheet had more rows or columns than are read. */
	boolean truncated() {
		return truncated;
	}

	/** The first row holding any text, or 0. */
	int firstNonBlankRow() {
		for (int r = 0; r < cells.length; r++) {
			if (!rowTexts(r).isEmpty()) {
				return r;
			}
		}
		return 0;
	}

	String name() {
		return name;
	}

	int height() {
		return cells.length;
	}

	int width() {
		return width;
	}

	GridCell cell(int row, int col) {
		if (row < 0 || row >= cells.length || col < 0 || col >= cells[row].length || cells[row][col] == null) {
			return GridCell.BLANK;
		}
		return cells[row][col];
	}

	/** Normalised text of a cell ({@link Text#normalize}). */
	String norm(int row, int col) {
		return Text.normalize(cell(row, col).text());
	}

	/** The distinct non-empty normalised texts of a row, left to right. */
	List<String> rowTexts(int row) {
		List<String> texts = new ArrayList<>();
		for (int c = 0; c < width; c++) {
			String t = norm(row, c);
			if (!t.isEmpty() && !texts.contains(t)) {
				texts.add(t);
			}
		}
		return texts;
	}

	/** The first non-empty normalised text of a row, or "". */
	String firstText(int row) {
		for (int c = 0; c < width; c++) {
			String t = norm(row, c);
			if (!t.isEmpty()) {
				return t;
			}
		}
		return "";
	}

	/** The whole row's raw text joined by spaces, for statements and footnotes. */
	String rowLine(int row) {
		List<String> parts = new ArrayList<>();
		for (int c = 0; c < width; c++) {
			GridCell cell = cell(row, c);
			if (!cell.mergedCopy() && !cell.text().isBlank()) {
				parts.add(cell.text().strip());
			}
		}
		return String.join(" ", parts);
	}

	static String address(int row, int col) {
		return new CellReference(row, col).formatAsString(false);
	}

}
