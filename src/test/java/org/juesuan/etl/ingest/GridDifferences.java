package org.juesuan.etl.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.juesuan.etl.ingest.WorkbookReader.LoadedSheet;

/**
 * Where two readings of one workbook differ: sheet names and order, each grid's width,
 * height and truncation, and every cell up to {@link GridLoader#MAX_COLUMNS} (merged
 * copies may reach past a grid's width).
 */
final class GridDifferences {

	private GridDifferences() {
	}

	static List<String> between(List<LoadedSheet> expected, List<LoadedSheet> actual) {
		List<String> differences = new ArrayList<>();
		List<String> names = expected.stream().map(s -> s.grid().name()).toList();
		List<String> actualNames = actual.stream().map(s -> s.grid().name()).toList();
		if (!names.equals(actualNames)) {
			differences.add("sheets " + names + " != " + actualNames);
			return differences;
		}
		for (int i = 0; i < expected.size(); i++) {
			compare(expected.get(i).grid(), actual.get(i).grid(), differences);
		}
		return differences;
	}

	private static void compare(SheetGrid expected, SheetGrid actual, List<String> differences) {
		String sheet = expected.name() + ": ";
		if (expected.width() != actual.width() || expected.height() != actual.height()
				|| expected.truncated() != actual.truncated()) {
			differences.add(sheet + "shape " + shape(expected) + " != " + shape(actual));
			return;
		}
		for (int r = 0; r < expected.height(); r++) {
			for (int c = 0; c < GridLoader.MAX_COLUMNS; c++) {
				if (!Objects.equals(expected.cell(r, c), actual.cell(r, c))) {
					differences
						.add(sheet + SheetGrid.address(r, c) + " " + expected.cell(r, c) + " != " + actual.cell(r, c));
				}
			}
		}
	}

	private static String shape(SheetGrid grid) {
		return grid.width() + "x" + grid.height() + (grid.truncated() ? " truncated" : "");
	}

}
