package org.juesuan.etl.ingest;

import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Spreads each merged region's top-left cell over the region (as
 * {@link GridCell#asMergedCopy() merged copies}), in the sheet's order of regions. A
 * region whose top-left cell lies outside the rows and columns read is left alone.
 */
final class MergedRegions {

	private MergedRegions() {
	}

	static void spread(List<CellRangeAddress> regions, GridCell[][] cells) {
		for (CellRangeAddress region : regions) {
			int top = region.getFirstRow();
			int left = region.getFirstColumn();
			if (top >= cells.length || left >= cells[top].length || cells[top][left] == null) {
				continue;
			}
			GridCell origin = cells[top][left];
			for (int r = top; r <= Math.min(region.getLastRow(), cells.length - 1); r++) {
				int right = Math.min(region.getLastColumn(), GridLoader.MAX_COLUMNS - 1);
				if (cells[r].length <= right) {
					cells[r] = Arrays.copyOf(cells[r], right + 1);
				}
				for (int c = left; c <= right; c++) {
					if (r != top || c != left) {
						cells[r][c] = origin.asMergedCopy();
					}
				}
			}
		}
	}

}
