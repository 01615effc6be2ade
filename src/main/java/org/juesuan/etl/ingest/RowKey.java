package org.juesuan.etl.ingest;

/**
 * The identity of a data row: its classification code (or null) and canonical label;
 * {@code known} if the template or code lists it.
 */
record RowKey(String code, String label, boolean known) {
}
