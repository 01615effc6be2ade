package org.juesuan.etl.aggregate;

/**
 * Text as it may go into a CSV or XLSX cell: a value that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return would be taken by a spreadsheet
 * as a formula (CSV/formula injection), so it gets a leading {@code '} and stays text.
 * Department names, messages and quotes are data from the packages, never formulas.
 */
public final class CellText {

	private CellText() {
	}

	public static String safe(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + text : text;
	}

}
