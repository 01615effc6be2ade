package org.juesuan.etl.ingest;

/**
 * Where a table's header sits: rows {@code top..bottom} (0-based, inclusive) hold the
 * column headers, {@code columnNumberRow} the optional 栏次 row (or -1), and data starts at
 * {@code dataStart}.
 */
record HeaderBand(int top, int bottom, int columnNumberRow, int dataStart) {
}
