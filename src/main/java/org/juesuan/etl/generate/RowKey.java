package org.juesuan.etl.generate;

/**
 * The canonical identity of a table row: classification code (null for uncoded rows) and
 * label.
 *
 * @param code full code or null
 * @param label canonical label
 */
record RowKey(String code, String label) {

	static RowKey label(String label) {
		return new RowKey(null, label);
	}
}
