package org.juesuan.etl.ingest;

/**
 * The streaming .xlsx reader met something it does not reproduce exactly as POI's
 * usermodel reads it (a formula saved without its result, an array formula, a cell type
 * it does not know …): the workbook is read the usermodel way instead. Not an error in
 * the file.
 */
final class XlsxUnsupported extends RuntimeException {

	XlsxUnsupported(String why) {
		super(why, null, false, false);
	}

}
