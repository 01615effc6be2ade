package org.juesuan.etl.ingest;

/**
 * Row numbers and plain cell references ({@code B12}) as a worksheet writes them; any
 * other form is left to POI's usermodel.
 */
final class XlsxRefs {

	private XlsxRefs() {
	}

	/** The 0-based index of a 1-based row number. */
	static int rowIndex(String r) {
		int number = digits(r, 0);
		if (number < 1) {
			throw new XlsxUnsupported("row number " + r);
		}
		return number - 1;
	}

	/** The 0-based column of a reference such as {@code AB7}. */
	static int columnIndex(String ref) {
		int column = 0;
		int i = 0;
		while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z' && i < 3) {
			column = column * 26 + (ref.charAt(i) - 'A' + 1);
			i++;
		}
		if (i == 0 || digits(ref, i) < 1) {
			throw new XlsxUnsupported("cell reference " + ref);
		}
		return column - 1;
	}

	/** The number written from {@code from} to the end, or -1 if it is not one. */
	private static int digits(String s, int from) {
		if (from == s.length() || s.length() - from > 9) {
			return -1;
		}
		int n = 0;
		for (int i = from; i < s.length(); i++) {
			char ch = s.charAt(i);
			if (ch < '0' || ch > '9') {
				return -1;
			}
			n = n * 10 + (ch - '0');
		}
		return n;
	}

}
