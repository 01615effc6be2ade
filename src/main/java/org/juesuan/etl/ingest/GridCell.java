package org.juesuan.etl.ingest;

import java.math.BigDecimal;

/**
 * One cell of a sheet as the parser sees it.
 *
 * @param text the text shown (for numbers, the stored value in plain notation); never
 * null
 * @param number the stored numeric value (a formula's cached value), or null for text and
 * blanks
 * @param scale decimals the cell displays, from its number format, or -1 if unknown
 * @param error the cell holds an error value such as {@code #REF!}
 * @param mergedCopy the cell lies inside a merged region but is not its top-left cell;
 * its text is the region's
 */
record GridCell(String text, BigDecimal number, int scale, boolean error, boolean mergedCopy) {

	static final GridCell BLANK = new GridCell("", null, -1, false, false);

	boolean isBlank() {
		return number == null && !error && text.isBlank();
	}

	GridCell asMergedCopy() {
		return new GridCell(text, number, scale, error, true);
	}
}
