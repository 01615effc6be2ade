package org.juesuan.etl.ingest;

import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;

/**
 * An .xlsx's shared strings as cells show them (rich-text runs joined, phonetic runs left
 * out, {@code _xHHHH_} escapes decoded, as POI's usermodel gives them), each decoded once
 * however many cells use it.
 */
final class SharedText {

	private final ReadOnlySharedStringsTable table;

	private final String[] decoded;

	SharedText(ReadOnlySharedStringsTable table) {
		this.table = table;
		this.decoded = new String[table.getUniqueCount() < 0 ? 0 : Math.min(table.getUniqueCount(), 1 << 20)];
	}

	/**
	 * The string a shared-string cell's {@code <v>} points at; "" when there is none or
	 * it points nowhere, as POI's usermodel reads it.
	 */
	String text(String v) {
		if (v == null) {
			return "";
		}
		try {
			int index = Integer.parseInt(v);
			if (index < decoded.length) {
				if (decoded[index] == null) {
					decoded[index] = table.getItemAt(index).getString();
				}
				return decoded[index];
			}
			return table.getItemAt(index).getString();
		}
		catch (RuntimeException e) {
			return "";
		}
	}

}
